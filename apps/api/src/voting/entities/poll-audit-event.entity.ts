import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PollEntity } from './poll.entity';

/** One link of a poll's hash chain: every ballot and every state change, in order; `hash` covers `prev_hash`. */
@Entity('poll_audit_events')
@Index('poll_audit_events_poll_seq_key', ['pollId', 'seq'], { unique: true })
export class PollAuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'poll_id', type: 'uuid' })
  pollId!: string;

  @ManyToOne(() => PollEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'poll_id', foreignKeyConstraintName: 'poll_audit_events_poll_fk' })
  poll!: PollEntity;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
