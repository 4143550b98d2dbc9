import {
  DECISION_KINDS,
  DECISION_OUTCOMES,
  DecisionKind,
  DecisionOutcome,
  MajorityBase,
  OUTCOME_METHODS,
  OutcomeMethod,
  PollResult,
} from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';

/** What an outcome's reader (an agreement's wording) uses of the poll it came from. */
export interface OutcomePoll {
  base: MajorityBase;
  result: PollResult | null;
}

/**
 * The outcome of an agenda item: what the room decided on it, whatever the method (a poll's close writes it, the
 * secretary records a show of hands or a decision without a count). One per item and question (see `questionOf`):
 * the unique keys make a second recording
 * of the same outcome, and a second outcome of one poll, impossible.
 */
@Entity('decisions')
@Index('decisions_meeting_idx', ['meetingId'])
@Index('decisions_item_question_key', ['agendaItemId', 'question'], { unique: true })
@Index('decisions_poll_key', ['pollId'], { unique: true, where: 'poll_id IS NOT NULL' })
@Check('decisions_method_check', `method IN (${OUTCOME_METHODS.map((k) => `'${k}'`).join(', ')})`)
@Check('decisions_kind_check', `kind IN (${DECISION_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Check('decisions_outcome_check', `outcome IN (${DECISION_OUTCOMES.map((k) => `'${k}'`).join(', ')})`)
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'decisions_meeting_fk' })
  meeting!: MeetingEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'decisions_agenda_item_fk' })
  agendaItem!: AgendaItemEntity;

  @Column({ type: 'varchar', length: 30 })
  kind!: DecisionKind;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  @Column({ type: 'varchar', length: 20 })
  outcome!: DecisionOutcome;

  @Column({ type: 'integer', nullable: true })
  yes!: number | null;

  @Column({ type: 'integer', nullable: true })
  no!: number | null;

  @Column({ type: 'integer', nullable: true })
  abstain!: number | null;

  @Column({ type: 'varchar', length: 20, default: 'without_count' })
  method!: OutcomeMethod;

  /** Which question of the item it answers (see `questionOf`): a kind, a poll's `subjectRef`, or `asunto:<subject>`. */
  @Column({ type: 'varchar', length: 520 })
  question!: string;

  @Column({ name: 'poll_id', type: 'uuid', nullable: true })
  pollId!: string | null;

  /**
   * The poll that closed into this outcome, when loaded. The vote sits above the room, so the relation names voting's
   * entity by its class name instead of importing it, and types only what a reader of an outcome uses.
   */
  @ManyToOne('PollEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'decisions_poll_fk' })
  poll!: OutcomePoll | null;

  @Column({ name: 'legal_basis', type: 'varchar', length: 500, nullable: true })
  legalBasis!: string | null;

  /** A passed minutes-approval outcome: the session whose minutes it approved. */
  @Column({ name: 'approved_minutes_of_id', type: 'uuid', nullable: true })
  approvedMinutesOfId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_minutes_of_id', foreignKeyConstraintName: 'decisions_approved_minutes_of_fk' })
  approvedMinutesOf!: MeetingEntity | null;

  /** The declared time of the decision (a poll's close). */
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
