import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';
import { ChallengeIdeaEntity } from './challenge-idea.entity';
import { ChallengeProblemEntity } from './challenge-problem.entity';

/**
 * A verified person's support for an idea: one per person per idea (unique key). The problem is kept on the row so
 * the per-problem limit is counted (under a per-person-per-problem lock) without a join.
 */
@Entity('challenge_supports')
@Index('challenge_supports_idea_person_key', ['ideaId', 'personId'], { unique: true })
@Index('challenge_supports_problem_person_idx', ['problemId', 'personId'])
export class ChallengeSupportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => ChallengeIdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id', foreignKeyConstraintName: 'challenge_supports_idea_fk' })
  idea!: ChallengeIdeaEntity;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId!: string;

  @ManyToOne(() => ChallengeProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id', foreignKeyConstraintName: 'challenge_supports_problem_fk' })
  problem!: ChallengeProblemEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'challenge_supports_person_fk' })
  person!: PersonEntity;

  @CreatedAt()
  createdAt!: Date;
}
