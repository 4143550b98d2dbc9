import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One link of the commission's audit trail: a change to a person, an organization, the membership, an account, an
 * agreement's follow-up or a group's membership, who made it and when, chained by hash to the link before. Subjects
 * and actors are named by id only, so the trail outlives whatever it describes.
 */
@Entity('commission_audit_events')
@Index('commission_audit_events_seq_key', ['seq'], { unique: true })
@Index('commission_audit_events_actor_idx', ['actorPersonId', 'seq'])
@Index('commission_audit_events_subject_idx', ['subjectId', 'seq'])
export class CommissionAuditEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_commission_audit_events' })
  id!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ name: 'actor_person_id', type: 'uuid', nullable: true })
  actorPersonId!: string | null;

  @Column({ name: 'subject_type', type: 'varchar', length: 20 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** The subject's label and the fields changed, each with its value before and after. */
  @Column({ type: 'jsonb' })
  payload!: { label: string; changes: Record<string, { before: unknown; after: unknown }> };

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
