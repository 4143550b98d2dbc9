import { COMMISSION_ROLES, CommissionRole } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';
import { PersonEntity } from '../people/person.entity';
import { CommissionEntity } from './commission.entity';

@Entity('commission_members')
@Index('commission_members_commission_person_key', ['commissionId', 'personId'], { unique: true })
@Check('commission_members_role_check', `role IN (${COMMISSION_ROLES.map((r) => `'${r}'`).join(', ')})`)
@Check('commission_members_dates_check', `until IS NULL OR since IS NULL OR until >= since`)
export class CommissionMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commission_id', type: 'uuid' })
  commissionId!: string;

  @ManyToOne(() => CommissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commission_id', foreignKeyConstraintName: 'commission_members_commission_fk' })
  commission!: CommissionEntity;

  @Index('commission_members_person_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'commission_members_person_fk' })
  person!: PersonEntity;

  @Column({ type: 'varchar', length: 20 })
  role!: CommissionRole;

  @Column({ type: 'boolean', default: true })
  votes!: boolean;

  @Column({ type: 'date', nullable: true })
  since!: string | null;

  /** Last day of membership; null while the person is still a member. */
  @Column({ type: 'date', nullable: true })
  until!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
