import type { MailKind, MailState } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';
import { PersonEntity } from '../people/person.entity';

export interface StoredAttachment {
  filename: string;
  contentType: string;
  /** UTF-8 text (calendar files are text). */
  content: string;
}

/**
 * One e-mail waiting to go out, going, sent or given up on. Requests only insert rows; the outbox worker sends
 * them. A `sensitive` mail (it carries a sign-in link) has its bodies erased once sent or given up.
 */
@Entity('mail_outbox')
@Index('mail_outbox_due_idx', ['state', 'nextAttemptAt'])
@Check('mail_outbox_state_check', `state IN ('pending', 'sending', 'sent', 'failed')`)
export class OutboxMailEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mail_outbox_pkey' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'mail_outbox_person_fk' })
  person!: PersonEntity | null;

  @Column({ type: 'varchar', length: 40 })
  kind!: MailKind;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  to!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'text', nullable: true })
  html!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: StoredAttachment[];

  @Column({ type: 'boolean', default: false })
  sensitive!: boolean;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  state!: MailState;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When a pending mail may be tried, or when a claim on a `sending` one lapses (its worker died). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Index('mail_outbox_created_idx')
  @CreatedAt()
  createdAt!: Date;
}
