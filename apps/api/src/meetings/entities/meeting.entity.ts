import { MEETING_KINDS, MEETING_STATUSES, MeetingKind, MeetingStatus } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommissionEntity } from '../../commissions/commission.entity';
import { CreatedAt, UpdatedAt } from '../../database/columns';

export interface OpeningQuorum {
  votingMembers: number;
  present: number;
  represented: number;
  required: number;
}

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

@Entity('meetings')
@Check('meetings_kind_check', `kind IN (${inList(MEETING_KINDS)})`)
@Check('meetings_status_check', `status IN (${inList(MEETING_STATUSES)})`)
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('meetings_commission_idx')
  @Column({ name: 'commission_id', type: 'uuid' })
  commissionId!: string;

  @ManyToOne(() => CommissionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commission_id', foreignKeyConstraintName: 'meetings_commission_fk' })
  commission!: CommissionEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: MeetingKind;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: MeetingStatus;

  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place!: string | null;

  @Column({ name: 'video_url', type: 'varchar', length: 500, nullable: true })
  videoUrl!: string | null;

  /** Attachment ids of the documents circulated with the call. */
  @Column({ name: 'document_ids', type: 'uuid', array: true, default: () => "'{}'" })
  documentIds!: string[];

  @Column({ name: 'convened_at', type: 'timestamptz', nullable: true })
  convenedAt!: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  /** Told to every member with the notice of cancellation. */
  @Column({ name: 'cancellation_reason', type: 'varchar', length: 500, nullable: true })
  cancellationReason!: string | null;

  /** While true, members mark themselves present from their own view. */
  @Column({ name: 'self_check_in_open', type: 'boolean', default: false })
  selfCheckInOpen!: boolean;

  @Column({ name: 'current_item_id', type: 'uuid', nullable: true })
  currentItemId!: string | null;

  /** The quorum as declared at the opening; the minutes state it (later arrivals do not change it). */
  @Column({ name: 'opening_quorum', type: 'jsonb', nullable: true })
  openingQuorum!: OpeningQuorum | null;

  /** The secretary's edited minutes; null while the generated draft stands. */
  @Column({ name: 'minutes_markdown', type: 'text', nullable: true })
  minutesMarkdown!: string | null;

  @Column({ name: 'minutes_updated_at', type: 'timestamptz', nullable: true })
  minutesUpdatedAt!: Date | null;

  /** The later session whose "lectura y aprobación del acta" approved these minutes. */
  @Column({ name: 'minutes_approved_in_id', type: 'uuid', nullable: true })
  minutesApprovedInId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'minutes_approved_in_id', foreignKeyConstraintName: 'meetings_minutes_approved_in_fk' })
  minutesApprovedIn!: MeetingEntity | null;

  /** Bumped on every change, so live clients can drop a stale state. */
  @Column({ type: 'integer', default: 0 })
  version!: number;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
