import { CreateOrganization, Organization, OrganizationQuery, Page, UpdateOrganization } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { changedFields, CommissionAudit } from '../audit';
import { paginate, whereTextMatches } from '../common/pagination';
import { orderBySpanishName } from '../common/spanish-order';
import { AppException, notFound } from '../common/problem';
import { isUniqueViolation } from '../common/unique-violation';
import { toOrganization } from './organization.mapper';
import { OrganizationEntity } from './organization.entity';

type OrganizationFilters = Omit<OrganizationQuery, 'page' | 'pageSize'>;

const AUDITED_FIELDS = ['name', 'shortName', 'kind', 'state'] as const;

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: CommissionAudit,
  ) {}

  list(query: OrganizationQuery): Promise<Page<Organization>> {
    return paginate(this.filtered(query), query, toOrganization);
  }

  async exportRows(filters: OrganizationFilters): Promise<Organization[]> {
    return (await this.filtered(filters).getMany()).map(toOrganization);
  }

  async get(id: string): Promise<Organization> {
    return toOrganization(await this.find(id));
  }

  /** A new organization, recorded in the commission's audit trail as created by `actorId`. */
  async create(actorId: string, input: CreateOrganization): Promise<Organization> {
    try {
      return await this.db.transaction(async (em) => {
        const saved = await em.save(em.create(OrganizationEntity, { shortName: null, state: null, ...input }));
        await this.audit.record(em, {
          actorPersonId: actorId,
          kind: 'organization_created',
          subject: { type: 'organization', id: saved.id, label: saved.name },
          changes: changedFields(null, { ...saved }, AUDITED_FIELDS),
        });
        return toOrganization(saved);
      });
    } catch (error) {
      throw this.mapConflict(error, input.name);
    }
  }

  async update(actorId: string, id: string, changes: UpdateOrganization): Promise<Organization> {
    const entity = await this.find(id);
    try {
      return await this.db.transaction(async (em) => {
        const saved = await em.save(OrganizationEntity, { ...entity, ...changes });
        const changed = changedFields({ ...entity }, { ...saved }, AUDITED_FIELDS);
        if (Object.keys(changed).length) {
          await this.audit.record(em, {
            actorPersonId: actorId,
            kind: 'organization_updated',
            subject: { type: 'organization', id, label: saved.name },
            changes: changed,
          });
        }
        return toOrganization(saved);
      });
    } catch (error) {
      throw this.mapConflict(error, changes.name ?? entity.name);
    }
  }

  private async find(id: string): Promise<OrganizationEntity> {
    const entity = await this.db.getRepository(OrganizationEntity).findOneBy({ id });
    if (!entity) throw notFound('una organización', 'organization');
    return entity;
  }

  private filtered(filters: OrganizationFilters): SelectQueryBuilder<OrganizationEntity> {
    const qb = orderBySpanishName(this.db.getRepository(OrganizationEntity).createQueryBuilder('org'), 'org.name', 'org.id');
    if (filters.kind) qb.andWhere('org.kind = :kind', { kind: filters.kind });
    if (filters.state) qb.andWhere('org.state = :state', { state: filters.state });
    whereTextMatches(qb, ['org.name', 'org.short_name'], filters.q);
    return qb;
  }

  private mapConflict(error: unknown, name: string): unknown {
    return isUniqueViolation(error, 'organizations_name_key') ? new AppException('organization_name_taken', { name }) : error;
  }
}
