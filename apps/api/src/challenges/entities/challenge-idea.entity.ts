import { DECLINE_REASONS, DeclineReason, IDEA_STATUSES, IdeaStatus } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns';
import { sqlList } from '../../groups/working-group.entity';
import { PersonEntity } from '../../people/person.entity';
import { ChallengeProblemEntity } from './challenge-problem.entity';

/**
 * A citizen's idea for a problem, and filtering's reasoned answer: admitted, or declined as incomplete, out of scope
 * or a duplicate (linking the idea it repeats). The answer is public, to its author and to everyone.
 */
@Entity('challenge_ideas')
@Index('challenge_ideas_problem_idx', ['problemId', 'createdAt'])
@Check('challenge_ideas_status_check', `status IN (${sqlList(IDEA_STATUSES)})`)
@Check('challenge_ideas_reason_check', `(status = 'declined') = (decline_reason IS NOT NULL)`)
@Check('challenge_ideas_decline_reason_check', `decline_reason IN (${sqlList(DECLINE_REASONS)})`)
@Check('challenge_ideas_duplicate_check', `(decline_reason = 'duplicate') = (duplicate_of_id IS NOT NULL)`)
export class ChallengeIdeaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId!: string;

  @ManyToOne(() => ChallengeProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id', foreignKeyConstraintName: 'challenge_ideas_problem_fk' })
  problem!: ChallengeProblemEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'challenge_ideas_author_fk' })
  author!: PersonEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', default: '' })
  beneficiaries!: string;

  @Column({ type: 'text', default: '' })
  team!: string;

  @Column({ type: 'varchar', length: 10, default: 'submitted' })
  status!: IdeaStatus;

  @Column({ name: 'decline_reason', type: 'varchar', length: 14, nullable: true })
  declineReason!: DeclineReason | null;

  @Column({ name: 'duplicate_of_id', type: 'uuid', nullable: true })
  duplicateOfId!: string | null;

  @ManyToOne(() => ChallengeIdeaEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'duplicate_of_id', foreignKeyConstraintName: 'challenge_ideas_duplicate_of_fk' })
  duplicateOf!: ChallengeIdeaEntity | null;

  @Column({ name: 'decision_note', type: 'text', default: '' })
  decisionNote!: string;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'challenge_ideas_decided_by_fk' })
  decidedBy!: PersonEntity | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
