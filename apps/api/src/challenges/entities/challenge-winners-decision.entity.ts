import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../people/person.entity';
import { ChallengeProblemEntity } from './challenge-problem.entity';

/**
 * The institution's final decision on a problem's winners, with its reason (required when it departs from the
 * ranking or settles a tie). One per problem; the winning ideas are listed on it.
 */
@Entity('challenge_winners_decisions')
@Index('challenge_winners_decisions_problem_key', ['problemId'], { unique: true })
export class ChallengeWinnersDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId!: string;

  @ManyToOne(() => ChallengeProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id', foreignKeyConstraintName: 'challenge_winners_decisions_problem_fk' })
  problem!: ChallengeProblemEntity;

  @Column({ name: 'idea_ids', type: 'uuid', array: true })
  ideaIds!: string[];

  @Column({ type: 'text', default: '' })
  reason!: string;

  @Column({ name: 'decided_by_id', type: 'uuid' })
  decidedById!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'challenge_winners_decisions_decided_by_fk' })
  decidedBy!: PersonEntity;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
