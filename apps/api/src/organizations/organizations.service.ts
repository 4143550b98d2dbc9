import { CreateOrganization, Organization, OrganizationQuery, Page, UpdateOrganization } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { paginate, whereTextMatches } from '../common/pagination';
import { orderBySpanishName } from '../common/spanish-order';
import { AppException, notFound } from '../common/problem';
import { isUniqueViolation } from '../common/unique-violation';
import { toOrganization } from './organization.mapper';
import { OrganizationEntity } from './organization.entity';

type OrganizationFilters = Omit<OrganizationQuery, 'page' | 'pageSize'>;

@Injectable()
export class OrganizationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(query: OrganizationQuery): Promise<Page<Organization>> {
    return paginate(this.filtered(query), query, toOrganization);
  }

  async exportRows(filters: OrganizationFilters): Promise<Organization[]> {
    return (await this.filtered(filters).getMany()).map(toOrganization);
  }

  async get(id: string): Promise<Organization> {
    return toOrganization(await this.find(id));
  }

  async create(input: CreateOrganization): Promise<Organization> {
    const repository = this.db.getRepository(OrganizationEntity);
    try {
      const saved = await repository.save(repository.create({ shortName: null, state: null, ...input }));
      return toOrganization(saved);
    } catch (error) {
      throw this.mapConflict(error, input.name);
    }
  }

  async update(id: string, changes: UpdateOrganization): Promise<Organization> {
    const entity = await this.find(id);
    try {
      return toOrganization(await this.db.getRepository(OrganizationEntity).save({ ...entity, ...changes }));
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
