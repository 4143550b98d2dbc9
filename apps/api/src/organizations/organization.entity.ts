import { ORGANIZATION_KINDS, MexicanState, OrganizationKind } from '@cocrea/contracts';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

@Entity('organizations')
@Check('organizations_kind_check', `kind IN (${ORGANIZATION_KINDS.map((k) => `'${k}'`).join(', ')})`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('organizations_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'short_name', type: 'varchar', length: 40, nullable: true })
  shortName!: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganizationKind;

  @Index('organizations_state_idx')
  @Column({ type: 'varchar', length: 40, nullable: true })
  state!: MexicanState | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
