import { CHALLENGE_MODERATION_ACTIONS, ChallengeModerationAction } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { sqlList } from '../../groups/working-group.entity';
import { PersonEntity } from '../../people/person.entity';
import { ChallengeEntity } from './challenge.entity';

/** One act of running or moderating a challenge (naming a juror, moving a phase, answering an idea), who and when. */
@Entity('challenge_moderation_log')
@Index('challenge_moderation_log_challenge_idx', ['challengeId', 'createdAt'])
@Check('challenge_moderation_log_action_check', `action IN (${sqlList(CHALLENGE_MODERATION_ACTIONS)})`)
export class ChallengeModerationEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'challenge_moderation_log_challenge_fk' })
  challenge!: ChallengeEntity;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'challenge_moderation_log_actor_fk' })
  actor!: PersonEntity;

  @Column({ type: 'varchar', length: 20 })
  action!: ChallengeModerationAction;

  @Column({ type: 'jsonb' })
  detail!: Record<string, string>;

  @CreatedAt()
  createdAt!: Date;
}
