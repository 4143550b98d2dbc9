import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommissionEntity } from '../../commissions/commission.entity';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { DeliverableEntity } from '../../deliverables/deliverable.entity';
import { WorkingGroupEntity } from '../../groups/working-group.entity';
import { MeetingEntity } from '../../meetings/entities/meeting.entity';
import { PersonEntity } from '../../people/person.entity';

/**
 * A co-created document. It belongs to exactly one of a group, a deliverable (whose group is kept too, so access
 * checks need no join) or a session. `state` is the merged Yjs state; updates since the last merge are in
 * `document_updates`.
 */
@Entity('documents')
@Check('documents_one_owner_check', '(deliverable_id IS NULL OR group_id IS NOT NULL) AND ((group_id IS NULL) <> (meeting_id IS NULL))')
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ name: 'commission_id', type: 'uuid' })
  commissionId!: string;

  @ManyToOne(() => CommissionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commission_id', foreignKeyConstraintName: 'documents_commission_fk' })
  commission!: CommissionEntity;

  @Index('documents_group_idx')
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'documents_group_fk' })
  group!: WorkingGroupEntity | null;

  @Index('documents_deliverable_idx')
  @Column({ name: 'deliverable_id', type: 'uuid', nullable: true })
  deliverableId!: string | null;

  @ManyToOne(() => DeliverableEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'deliverable_id', foreignKeyConstraintName: 'documents_deliverable_fk' })
  deliverable!: DeliverableEntity | null;

  @Index('documents_meeting_idx')
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'documents_meeting_fk' })
  meeting!: MeetingEntity | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'documents_created_by_fk' })
  createdBy!: PersonEntity;

  /** Merged Yjs state (`Y.encodeStateAsUpdate`) as of the last compaction. */
  @Column({ type: 'bytea', nullable: true })
  state!: Buffer | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
