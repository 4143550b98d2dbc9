import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';
import { PersonEntity } from '../people/person.entity';

export type AccountTokenPurpose = 'reset' | 'invitation';

/** A single-use link to set a password (reset or first sign-in). Only the token's SHA-256 is stored. */
@Entity('account_tokens')
@Check('account_tokens_purpose_check', `purpose IN ('reset', 'invitation')`)
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'account_tokens_pkey' })
  id!: string;

  @Index('account_tokens_person_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'account_tokens_person_fk' })
  person!: PersonEntity;

  @Column({ type: 'varchar', length: 12 })
  purpose!: AccountTokenPurpose;

  @Index('account_tokens_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'account_tokens_created_by_fk' })
  createdBy!: PersonEntity | null;

  @CreatedAt()
  createdAt!: Date;
}
