import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';
import { ChallengeIdeaEntity } from './challenge-idea.entity';

/**
 * A comment on an idea by a signed-in person. Moderation never deletes it: a manager hides it, and the row keeps who
 * hid it, when and why (the portal shows the reason in the comment's place).
 */
@Entity('challenge_idea_comments')
@Index('challenge_idea_comments_idea_idx', ['ideaId', 'createdAt'])
@Check(
  'challenge_idea_comments_hidden_check',
  `(hidden_at IS NULL) = (hidden_by_id IS NULL) AND (hidden_at IS NULL) = (hidden_reason IS NULL)`,
)
export class ChallengeIdeaCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => ChallengeIdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id', foreignKeyConstraintName: 'challenge_idea_comments_idea_fk' })
  idea!: ChallengeIdeaEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'challenge_idea_comments_author_fk' })
  author!: PersonEntity;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_by_id', type: 'uuid', nullable: true })
  hiddenById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'hidden_by_id', foreignKeyConstraintName: 'challenge_idea_comments_hidden_by_fk' })
  hiddenBy!: PersonEntity | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason!: string | null;

  @CreatedAt()
  createdAt!: Date;
}
