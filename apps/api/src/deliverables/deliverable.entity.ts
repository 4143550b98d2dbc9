import { DELIVERABLE_KINDS, DELIVERABLE_STATUSES, DeliverableKind, DeliverableStatus } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';
import { sqlList, WorkingGroupEntity } from '../groups/working-group.entity';
import { PersonEntity } from '../people/person.entity';

@Entity('deliverables')
@Check('deliverables_kind_check', `kind IN (${sqlList(DELIVERABLE_KINDS)})`)
@Check('deliverables_status_check', `status IN (${sqlList(DELIVERABLE_STATUSES)})`)
@Check('deliverables_progress_percent_check', 'progress_percent BETWEEN 0 AND 100')
export class DeliverableEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('deliverables_group_idx')
  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'deliverables_group_fk' })
  group!: WorkingGroupEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: DeliverableKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'deliverables_owner_fk' })
  owner!: PersonEntity | null;

  /** People credited besides the owner; checked against `people` when written. */
  @Column({ name: 'contributor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  contributorIds!: string[];

  /** Files in `attachments`, checked to exist when written. */
  @Column({ name: 'attachment_ids', type: 'uuid', array: true, default: () => "'{}'" })
  attachmentIds!: string[];

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'planned' })
  status!: DeliverableStatus;

  /** The progress the coordination set (0–100); null when the status measures it (`deliverableProgress`). */
  @Column({ name: 'progress_percent', type: 'smallint', nullable: true })
  progressPercent!: number | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
