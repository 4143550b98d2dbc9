import { PILOT_STATUSES, PilotStatus } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { sqlList } from '../../groups/working-group.entity';
import { ChallengeIdeaEntity } from './challenge-idea.entity';

/** A winning idea followed into its pilot like a deliverable: status and milestones with evidence. */
@Entity('challenge_pilots')
@Index('challenge_pilots_idea_key', ['ideaId'], { unique: true })
@Check('challenge_pilots_status_check', `status IN (${sqlList(PILOT_STATUSES)})`)
export class ChallengePilotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idea_id', type: 'uuid' })
  ideaId!: string;

  @ManyToOne(() => ChallengeIdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id', foreignKeyConstraintName: 'challenge_pilots_idea_fk' })
  idea!: ChallengeIdeaEntity;

  @Column({ type: 'varchar', length: 8, default: 'planned' })
  status!: PilotStatus;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @CreatedAt()
  createdAt!: Date;
}
