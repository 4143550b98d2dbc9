import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';

/** An open challenge (reto abierto): its rules (support limit, winners per problem) and the ranking's weights. */
@Entity('challenges')
@Check('challenges_weights_check', `weight_support + weight_feasibility + weight_jury = 100`)
@Check('challenges_support_limit_check', `support_limit >= 1`)
@Check('challenges_winners_check', `winners_per_problem >= 1`)
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ name: 'support_limit', type: 'smallint' })
  supportLimit!: number;

  @Column({ name: 'winners_per_problem', type: 'smallint' })
  winnersPerProblem!: number;

  @Column({ name: 'weight_support', type: 'smallint' })
  weightSupport!: number;

  @Column({ name: 'weight_feasibility', type: 'smallint' })
  weightFeasibility!: number;

  @Column({ name: 'weight_jury', type: 'smallint' })
  weightJury!: number;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'challenges_created_by_fk' })
  createdBy!: PersonEntity;

  @CreatedAt()
  createdAt!: Date;
}
