import { ATTENDANCE_STATUSES, AttendanceStatus } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../people/person.entity';
import { MeetingEntity } from './meeting.entity';

/** One roll-call entry per member and session: the unique key makes "present and represented" impossible. */
@Entity('attendances')
@Index('attendances_meeting_person_key', ['meetingId', 'personId'], { unique: true })
@Check('attendances_status_check', `status IN (${ATTENDANCE_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('attendances_representative_check', `status <> 'represented' OR representative_name IS NOT NULL`)
export class AttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'attendances_meeting_fk' })
  meeting!: MeetingEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'attendances_person_fk' })
  person!: PersonEntity;

  @Column({ type: 'varchar', length: 20 })
  status!: AttendanceStatus;

  /** The representative, when they hold a platform account. */
  @Index('attendances_representative_idx')
  @Column({ name: 'representative_person_id', type: 'uuid', nullable: true })
  representativePersonId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'representative_person_id', foreignKeyConstraintName: 'attendances_representative_fk' })
  representative!: PersonEntity | null;

  @Column({ name: 'representative_name', type: 'varchar', length: 200, nullable: true })
  representativeName!: string | null;

  @Column({ name: 'arrived_at', type: 'timestamptz', nullable: true })
  arrivedAt!: Date | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
