import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns';
import { MeetingEntity } from './meeting.entity';

/** Approved minutes, frozen: the exact text the approving session passed and its SHA-256, so any later change shows. */
@Entity('minutes_versions')
@Index('minutes_versions_meeting_idx', ['meetingId', 'createdAt'])
export class MinutesVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'minutes_versions_meeting_fk' })
  meeting!: MeetingEntity;

  @Column({ type: 'text' })
  markdown!: string;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ name: 'approved_in_id', type: 'uuid', nullable: true })
  approvedInId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_in_id', foreignKeyConstraintName: 'minutes_versions_approved_in_fk' })
  approvedIn!: MeetingEntity | null;

  @CreatedAt()
  createdAt!: Date;
}
