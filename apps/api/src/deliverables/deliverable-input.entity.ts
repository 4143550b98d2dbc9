import { INPUT_STATUSES, InputStatus } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';
import { sqlList } from '../groups/working-group.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { DeliverableEntity } from './deliverable.entity';

/** A contribution to a deliverable (insumo), answered by a coordinator with a reason. */
@Entity('deliverable_inputs')
@Index('deliverable_inputs_deliverable_idx', ['deliverableId', 'createdAt'])
@Check('deliverable_inputs_status_check', `status IN (${sqlList(INPUT_STATUSES)})`)
@Check('deliverable_inputs_reason_check', `status IN ('pending') OR reason IS NOT NULL`)
export class DeliverableInputEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'deliverable_id', type: 'uuid' })
  deliverableId!: string;

  @ManyToOne(() => DeliverableEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deliverable_id', foreignKeyConstraintName: 'deliverable_inputs_deliverable_fk' })
  deliverable!: DeliverableEntity;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'deliverable_inputs_author_fk' })
  author!: PersonEntity;

  /** The author's organization when submitting: it stays even if they later change organization. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'deliverable_inputs_organization_fk' })
  organization!: OrganizationEntity | null;

  @Column({ name: 'attachment_ids', type: 'uuid', array: true, default: () => "'{}'" })
  attachmentIds!: string[];

  @Column({ type: 'varchar', length: 14, default: 'pending' })
  status!: InputStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'reviewed_by', foreignKeyConstraintName: 'deliverable_inputs_reviewed_by_fk' })
  reviewedBy!: PersonEntity | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
