import { DECISION_KINDS, DECISION_OUTCOMES, DecisionKind, DecisionOutcome } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';

/** A show-of-hands outcome the secretary records (the voting issue adds ballots). */
@Entity('decisions')
@Index('decisions_meeting_idx', ['meetingId'])
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

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
