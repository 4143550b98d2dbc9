import {
  DecisionKind,
  MAJORITY_BASES,
  MAJORITY_RULES,
  MajorityBase,
  MajorityRule,
  POLL_METHODS,
  POLL_STATUSES,
  PollMethod,
  PollResult,
  PollStatus,
} from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { AgendaItemEntity } from '../../meetings/entities/agenda-item.entity';
import { MeetingEntity } from '../../meetings/entities/meeting.entity';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A vote on an agenda item of a session. A trigger of the migration keeps a secret poll from ever becoming named. */
@Entity('polls')
@Index('polls_meeting_idx', ['meetingId'])
@Check('polls_method_check', `method IN (${inList(POLL_METHODS)})`)
@Check('polls_status_check', `status IN (${inList(POLL_STATUSES)})`)
@Check('polls_rule_check', `rule IN (${inList(MAJORITY_RULES)})`)
@Check('polls_base_check', `base IN (${inList(MAJORITY_BASES)})`)
@Check('polls_secret_change_check', `method <> 'secret' OR NOT allow_change`)
export class PollEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'polls_meeting_fk' })
  meeting!: MeetingEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'polls_agenda_item_fk' })
  agendaItem!: AgendaItemEntity;

  @Column({ type: 'varchar', length: 500 })
  subject!: string;

  @Column({ type: 'varchar', length: 20 })
  method!: PollMethod;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: PollStatus;

  @Column({ type: 'varchar', length: 12 })
  rule!: MajorityRule;

  @Column({ type: 'varchar', length: 20 })
  base!: MajorityBase;

  @Column({ name: 'hide_results', type: 'boolean', default: false })
  hideResultsUntilClose!: boolean;

  @Column({ name: 'allow_change', type: 'boolean', default: false })
  allowChange!: boolean;

  @Column({ name: 'ask_reason', type: 'boolean', default: false })
  askReason!: boolean;

  @Column({ name: 'chair_casting_vote', type: 'boolean', default: false })
  chairCastingVote!: boolean;

  @Column({ name: 'legal_article', type: 'varchar', length: 300, nullable: true })
  legalArticle!: string | null;

  /** What the poll decides elsewhere (e.g. `document-amendment:<id>`), for the module that created it. */
  @Column({ name: 'subject_ref', type: 'varchar', length: 200, nullable: true })
  subjectRef!: string | null;

  /** Which of its item's questions the poll decides (`other`: the item's own); its close is that question's outcome. */
  @Column({ name: 'decision_kind', type: 'varchar', length: 30, default: 'other' })
  decisionKind!: DecisionKind;

  /** Stored at the close: rule, base, quorum at the vote, recusals, counts and legal basis. */
  @Column({ type: 'jsonb', nullable: true })
  result!: PollResult | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  version!: number;

  /**
   * The audit chain's last hash and its length, written in the same transaction as each append: a chain cut off at
   * its end (last events deleted with their rows) no longer matches them.
   */
  @Column({ name: 'chain_head', type: 'varchar', length: 64, nullable: true })
  chainHead!: string | null;

  @Column({ name: 'chain_length', type: 'integer', default: 0 })
  chainLength!: number;

  /** Random per poll, never published: receipts are derived from it, so nobody can compute one from a guessed key. */
  @Column({ name: 'receipt_salt', type: 'varchar', length: 64, nullable: true })
  receiptSalt!: string | null;

  @CreatedAt()
  createdAt!: Date;
}
