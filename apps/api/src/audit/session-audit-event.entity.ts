import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One link of a session's audit trail: what one command changed in the session's record (or, where the trail starts
 * or resumes, the whole record), who did it and when, chained by hash to the link before. The trail belongs to the
 * audit domain alone; the meeting is named by id, so deleting a draft session leaves its trail.
 */
@Entity('session_audit_events')
@Index('session_audit_events_meeting_seq_key', ['meetingId', 'seq'], { unique: true })
export class SessionAuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  @Column({ name: 'actor_person_id', type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
