/**
 * What the sign-up's proof of work keeps in the database, so every api instance agrees: the solutions already used
 * (each is accepted once, until its challenge expires) and the signing key generated when none is configured.
 */
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';

@Entity('proof_of_work_redemptions')
@Index('proof_of_work_redemptions_expires_idx', ['expiresAt'])
export class ProofOfWorkRedemptionEntity {
  /** The challenge's signature: one per issued challenge, so a second use of the same solution collides here. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  signature!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}

@Entity('server_secrets')
export class ServerSecretEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  value!: string;

  @CreatedAt()
  createdAt!: Date;
}
