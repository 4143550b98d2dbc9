import { SPEAKER_STATUSES, SpeakerEntryStatus } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../../people/person.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';

/** A request for the floor and, once given, the intervention it became (start, end). */
@Entity('speaker_entries')
@Index('speaker_entries_meeting_idx', ['meetingId'])
// One place in the queue per person and item; one speaker at a time per session: constraints, not checks.
@Index('speaker_entries_queued_key', ['agendaItemId', 'personId'], { unique: true, where: `status IN ('waiting', 'speaking')` })
@Index('speaker_entries_speaking_key', ['meetingId'], { unique: true, where: `status = 'speaking'` })
@Check('speaker_entries_who_check', `person_id IS NOT NULL OR guest_name IS NOT NULL`)
@Check('speaker_entries_status_check', `status IN (${SPEAKER_STATUSES.map((s) => `'${s}'`).join(', ')})`)
export class SpeakerEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'speaker_entries_meeting_fk' })
  meeting!: MeetingEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'speaker_entries_agenda_item_fk' })
  agendaItem!: AgendaItemEntity;

  /** Null for a guest (a presenter without an account), named below. */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'speaker_entries_person_fk' })
  person!: PersonEntity | null;

  @Column({ name: 'guest_name', type: 'varchar', length: 200, nullable: true })
  guestName!: string | null;

  @Column({ name: 'guest_organization', type: 'varchar', length: 200, nullable: true })
  guestOrganization!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'waiting' })
  status!: SpeakerEntryStatus;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'limit_seconds', type: 'integer' })
  limitSeconds!: number;
}
