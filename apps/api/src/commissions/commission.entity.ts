import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

@Entity('commissions')
@Check('commissions_quorum_fraction_check', `quorum_fraction >= 0 AND quorum_fraction < 1`)
export class CommissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('commissions_name_key', { unique: true })
  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 300 })
  system!: string;

  @Index('commissions_acronym_key', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  acronym!: string;

  /** Starts each agreement number (`CGATP/01/15-02-2021`); unique, so a number names one agreement in the installation. */
  @Index('commissions_agreement_prefix_key', { unique: true })
  @Column({ name: 'agreement_prefix', type: 'varchar', length: 20 })
  agreementPrefix!: string;

  /** The rule a vote cites when it names none of its own, e.g. "artículo 66 de los Lineamientos…". */
  @Column({ name: 'legal_basis', type: 'varchar', length: 500, nullable: true })
  legalBasis!: string | null;

  @Column({ name: 'chair_title', type: 'varchar', length: 100 })
  chairTitle!: string;

  @Column({ name: 'secretary_title', type: 'varchar', length: 100 })
  secretaryTitle!: string;

  @Column({ name: 'quorum_fraction', type: 'double precision', default: 0.5 })
  quorumFraction!: number;

  /** Rules cited in sessions (articles for waiving reading, time limits…), as read from the record. */
  @Column({ type: 'jsonb' })
  rules!: Record<string, string | number>;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
