import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChallengeEntity } from './challenge.entity';

/** A problem one participating institution (e.g. a municipality) states in a challenge, with its context. */
@Entity('challenge_problems')
@Index('challenge_problems_challenge_idx', ['challengeId', 'position'])
export class ChallengeProblemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'challenge_problems_challenge_fk' })
  challenge!: ChallengeEntity;

  @Column({ type: 'varchar', length: 200 })
  institution!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  context!: string;

  @Column({ type: 'smallint' })
  position!: number;
}
