import { CHALLENGE_PHASES, ChallengePhase } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../groups/working-group.entity';
import { ChallengeEntity } from './challenge.entity';

/** When one phase of a challenge runs, and its rules in words. */
@Entity('challenge_phases')
@Index('challenge_phases_challenge_phase_key', ['challengeId', 'phase'], { unique: true })
@Check('challenge_phases_phase_check', `phase IN (${sqlList(CHALLENGE_PHASES)})`)
@Check('challenge_phases_window_check', `opens_at < closes_at`)
export class ChallengePhaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'challenge_phases_challenge_fk' })
  challenge!: ChallengeEntity;

  @Column({ type: 'varchar', length: 12 })
  phase!: ChallengePhase;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  @Column({ type: 'text', default: '' })
  rules!: string;
}
