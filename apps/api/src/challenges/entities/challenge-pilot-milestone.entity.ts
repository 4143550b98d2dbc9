import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChallengePilotEntity } from './challenge-pilot.entity';

/** A step of a pilot: due on a day, done on a day, with the evidence that shows it. */
@Entity('challenge_pilot_milestones')
@Index('challenge_pilot_milestones_pilot_idx', ['pilotId', 'dueOn'])
@Check('challenge_pilot_milestones_evidence_check', `done_on IS NULL OR evidence <> ''`)
export class ChallengePilotMilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'pilot_id', type: 'uuid' })
  pilotId!: string;

  @ManyToOne(() => ChallengePilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id', foreignKeyConstraintName: 'challenge_pilot_milestones_pilot_fk' })
  pilot!: ChallengePilotEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: string | null;

  @Column({ type: 'text', default: '' })
  evidence!: string;
}
