import { Locale, PlatformRole } from '@cocrea/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';
import { OrganizationEntity } from '../organizations/organization.entity';

@Entity('people')
@Check('people_locale_check', `locale IN ('es-MX', 'en')`)
@Check('people_platform_role_check', `platform_role IN ('admin', 'user')`)
@Check('people_email_lower_check', `email = lower(email)`)
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index('people_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 8, default: 'es-MX' })
  locale!: Locale;

  @Column({ name: 'platform_role', type: 'varchar', length: 10, default: 'user' })
  platformRole!: PlatformRole;

  @Index('people_organization_idx')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'people_organization_fk' })
  organization!: OrganizationEntity | null;

  /** Set while the account is disabled: the person cannot sign in (see `maySignIn`). */
  @Column({ name: 'account_disabled_at', type: 'timestamptz', nullable: true })
  accountDisabledAt!: Date | null;

  /** Set while the person is deactivated (no longer takes part): they cannot sign in either. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
