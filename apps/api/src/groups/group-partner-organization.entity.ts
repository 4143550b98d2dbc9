import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';
import { OrganizationEntity } from '../organizations/organization.entity';
import { WorkingGroupEntity } from './working-group.entity';

/** An external organization invited to a group (NOSC, GESOC, AGN, academia); its people join as partners. */
@Entity('group_partner_organizations')
export class GroupPartnerOrganizationEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'group_partner_organizations_group_fk' })
  group!: WorkingGroupEntity;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'group_partner_organizations_organization_fk' })
  organization!: OrganizationEntity;

  @CreatedAt()
  createdAt!: Date;
}
