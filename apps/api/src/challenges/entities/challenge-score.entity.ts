import { CHALLENGE_SCORE_MAX } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';
import { ChallengeIdeaEntity } from './challenge-idea.entity';

export type ScoreKind = 'feasibility' | 'jury';

/** A feasibility (institution's team) or jury score of an idea, always with its written justification. */
@Entity('challenge_scores')
@Index('challenge_scores_key', ['ideaId', 'scorerId', 'kind'], { unique: true })
@Check('challenge_scores_kind_check', `kind IN ('feasibility', 'jury')`)
@Check('challenge_scores_score_check', `score BETWEEN 0 AND ${CHALLENGE_SCORE_MAX}`)
export class ChallengeScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => ChallengeIdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id', foreignKeyConstraintName: 'challenge_scores_idea_fk' })
  idea!: ChallengeIdeaEntity;

  @Column({ name: 'scorer_id', type: 'uuid' })
  scorerId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scorer_id', foreignKeyConstraintName: 'challenge_scores_scorer_fk' })
  scorer!: PersonEntity;

  @Column({ type: 'varchar', length: 12 })
  kind!: ScoreKind;

  @Column({ type: 'smallint' })
  score!: number;

  @Column({ type: 'text' })
  justification!: string;

  @CreatedAt()
  createdAt!: Date;
}
