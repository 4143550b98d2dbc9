import { Organization } from '@cocrea/contracts';
import { OrganizationEntity } from './organization.entity';

export function toOrganization(entity: Pick<OrganizationEntity, 'id' | 'name' | 'shortName' | 'kind' | 'state'>): Organization {
  return { id: entity.id, name: entity.name, shortName: entity.shortName, kind: entity.kind, state: entity.state };
}
