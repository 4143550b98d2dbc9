import { DeliverableStatus } from '@cocrea/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';
import { PersonEntity } from '../people/person.entity';
import { DeliverableEntity } from './deliverable.entity';

/** Who moved a deliverable from which status to which, and when; `from` is null for its creation. */
@Entity('deliverable_status_changes')
@Index('deliverable_status_changes_deliverable_idx', ['deliverableId', 'createdAt'])
export class DeliverableStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'deliverable_id', type: 'uuid' })
  deliverableId!: string;

  @ManyToOne(() => DeliverableEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deliverable_id', foreignKeyConstraintName: 'deliverable_status_changes_deliverable_fk' })
  deliverable!: DeliverableEntity;

  @Column({ name: 'from_status', type: 'varchar', length: 12, nullable: true })
  fromStatus!: DeliverableStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 12 })
  toStatus!: DeliverableStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'changed_by', foreignKeyConstraintName: 'deliverable_status_changes_changed_by_fk' })
  changedBy!: PersonEntity | null;

  @CreatedAt()
  createdAt!: Date;
}
