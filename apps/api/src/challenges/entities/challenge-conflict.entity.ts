import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { PersonEntity } from '../../people/person.entity';
import { ChallengeIdeaEntity } from './challenge-idea.entity';

/** A juror's declared conflict of interest on an idea: that juror does not score it, and the portal says why. */
@Entity('challenge_conflicts')
@Index('challenge_conflicts_key', ['ideaId', 'jurorId'], { unique: true })
export class ChallengeConflictEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => ChallengeIdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id', foreignKeyConstraintName: 'challenge_conflicts_idea_fk' })
  idea!: ChallengeIdeaEntity;

  @Column({ name: 'juror_id', type: 'uuid' })
  jurorId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'juror_id', foreignKeyConstraintName: 'challenge_conflicts_juror_fk' })
  juror!: PersonEntity;

  @Column({ type: 'text' })
  reason!: string;

  @CreatedAt()
  createdAt!: Date;
}
