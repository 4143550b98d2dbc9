import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommissionEntity } from '../commissions/commission.entity';
import { CreatedAt, UpdatedAt } from '../database/columns';
import { WorkingGroupEntity } from './working-group.entity';

/** A dated step of the roadmap: a group's own, or one of a commitment's (Commitment 13) with no group. */
@Entity('milestones')
@Index('milestones_commission_due_idx', ['commissionId', 'dueOn'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commission_id', type: 'uuid' })
  commissionId!: string;

  @ManyToOne(() => CommissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commission_id', foreignKeyConstraintName: 'milestones_commission_fk' })
  commission!: CommissionEntity;

  @Index('milestones_group_idx')
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'milestones_group_fk' })
  group!: WorkingGroupEntity | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  commitment!: string | null;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
