import { GROUP_STATUSES, GroupStatus } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommissionEntity } from '../commissions/commission.entity';
import { CreatedAt, UpdatedAt } from '../database/columns';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

@Entity('working_groups')
@Index('working_groups_commission_name_key', ['commissionId', 'name'], { unique: true })
@Check('working_groups_status_check', `status IN (${list(GROUP_STATUSES)})`)
export class WorkingGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commission_id', type: 'uuid' })
  commissionId!: string;

  @ManyToOne(() => CommissionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commission_id', foreignKeyConstraintName: 'working_groups_commission_fk' })
  commission!: CommissionEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  status!: GroupStatus;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}

export { list as sqlList };
