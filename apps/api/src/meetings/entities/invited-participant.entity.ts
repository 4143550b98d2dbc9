import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { MeetingEntity } from './meeting.entity';

/** A guest who took part in a session without being a member (GovLab, GESOC…): the minutes list them in the attendance. */
@Entity('invited_participants')
@Index('invited_participants_meeting_idx', ['meetingId', 'createdAt'])
export class InvitedParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'invited_participants_meeting_fk' })
  meeting!: MeetingEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 300 })
  organization!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  role!: string | null;

  @CreatedAt()
  createdAt!: Date;
}
