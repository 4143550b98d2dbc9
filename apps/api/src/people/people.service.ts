import { CreatePerson, Me, Page, Person, PersonDetail, PersonEntry, PersonQuery, UpdatePerson } from '@cocrea/contracts';
import { personEditRefusal } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { changedFields, CommissionAudit } from '../audit';
import { paginate, whereTextMatches } from '../common/pagination';
import { orderBySpanishName } from '../common/spanish-order';
import { AppException, invalidField, notFound } from '../common/problem';
import { isUniqueViolation } from '../common/unique-violation';
import { OrganizationEntity } from '../organizations/organization.entity';
import { AccountChanges } from './account-changes';
import { PasswordHasher } from './password-hasher';
import { PersonMemberships } from './person-memberships';
import { toPerson, toPersonEntry } from './person.mapper';
import { PersonEntity } from './person.entity';

type PersonFilters = Omit<PersonQuery, 'page' | 'pageSize'>;

/** What the audit trail keeps of a person's record (never the password); the organization by name, as people read it. */
const AUDITED_FIELDS = ['name', 'email', 'title', 'organization', 'locale'] as const;

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly accounts: AccountChanges,
    private readonly memberships: PersonMemberships,
    private readonly audit: CommissionAudit,
  ) {}

  list(query: PersonQuery): Promise<Page<PersonEntry>> {
    return paginate(this.filtered(query), query, toPersonEntry);
  }

  async exportRows(filters: PersonFilters): Promise<PersonEntry[]> {
    return (await this.filtered(filters).getMany()).map(toPersonEntry);
  }

  async get(id: string): Promise<PersonDetail> {
    const person = await this.find(id);
    return { ...toPerson(person), memberships: await this.memberships.of(id) };
  }

  /** A new person, recorded in the commission's audit trail as created by `actorId` (null: signed up on their own). */
  async create(actorId: string | null, input: CreatePerson & { email: string }): Promise<Person> {
    const { password, ...fields } = input;
    await this.assertOrganizationExists(fields.organizationId);
    const passwordHash = password ? await this.hasher.hash(password) : null;
    try {
      const id = await this.db.transaction(async (em) => {
        const saved = await em.save(em.create(PersonEntity, { title: null, organizationId: null, ...fields, passwordHash }));
        await this.audit.record(em, {
          actorPersonId: actorId,
          kind: 'person_created',
          subject: { type: 'person', id: saved.id, label: saved.name },
          changes: changedFields(null, { ...saved, organization: await organizationName(em, saved.organizationId) }, AUDITED_FIELDS),
        });
        return saved.id;
      });
      return toPerson(await this.find(id));
    } catch (error) {
      throw this.mapConflict(error, input.email);
    }
  }

  /** A changed password ends every session of that person (and its live sockets), so an old token cannot outlive it. */
  async update(actor: Me, id: string, changes: UpdatePerson): Promise<Person> {
    const { password, ...fields } = changes;
    const person = await this.find(id);
    if (personEditRefusal(actor, person, Object.keys(changes))) throw new AppException('forbidden');
    await this.assertOrganizationExists(fields.organizationId);
    const passwordHash = password ? await this.hasher.hash(password) : undefined;
    try {
      await this.db.transaction(async (em) => {
        await em.update(PersonEntity, { id }, { ...fields, ...(passwordHash ? { passwordHash } : {}) });
        const organization =
          fields.organizationId === undefined ? person.organization?.name : await organizationName(em, fields.organizationId);
        const changes = changedFields(
          { ...person, organization: person.organization?.name },
          { ...person, ...fields, organization },
          AUDITED_FIELDS,
        );
        // A new password is recorded as a change without its value.
        if (passwordHash) changes['credentialsChanged'] = { before: null, after: true };
        if (Object.keys(changes).length === 0) return;
        await this.audit.record(em, {
          actorPersonId: actor.id,
          kind: 'person_updated',
          subject: { type: 'person', id, label: fields.name ?? person.name },
          changes,
        });
      });
    } catch (error) {
      throw this.mapConflict(error, fields.email ?? person.email);
    }
    // Through the keeper of sign-ins, so the live sockets of those sign-ins drop as well.
    if (passwordHash) await this.accounts.endSessionsOf(id);
    else this.accounts.forgetSignIns(id);
    return toPerson(await this.find(id));
  }

  private async find(id: string): Promise<PersonEntity> {
    const person = await this.db.getRepository(PersonEntity).findOne({ where: { id }, relations: { organization: true } });
    if (!person) throw notFound('una persona', 'person');
    return person;
  }

  private async assertOrganizationExists(organizationId: string | null | undefined): Promise<void> {
    if (!organizationId) return;
    if (!(await this.db.getRepository(OrganizationEntity).existsBy({ id: organizationId }))) {
      throw invalidField('organizationId', 'No existe esa organización.', 'No such organization.');
    }
  }

  private filtered(filters: PersonFilters): SelectQueryBuilder<PersonEntity> {
    const qb = orderBySpanishName(
      this.db.getRepository(PersonEntity).createQueryBuilder('person').leftJoinAndSelect('person.organization', 'org'),
      'person.name',
      'person.id',
    );
    if (filters.organizationId) qb.andWhere('person.organization_id = :organizationId', { organizationId: filters.organizationId });
    if (filters.state) qb.andWhere('org.state = :state', { state: filters.state });
    if (filters.status === 'active') qb.andWhere('person.deactivated_at IS NULL');
    if (filters.status === 'deactivated') qb.andWhere('person.deactivated_at IS NOT NULL');
    whereTextMatches(qb, ['person.name', 'person.email', 'person.title', 'org.name'], filters.q);
    return qb;
  }

  private mapConflict(error: unknown, email: string): unknown {
    return isUniqueViolation(error, 'people_email_key') ? new AppException('email_taken', { email }) : error;
  }
}

/** An organization's name, for the audit trail (null for none). */
async function organizationName(em: EntityManager, id: string | null): Promise<string | null> {
  return id ? ((await em.findOneBy(OrganizationEntity, { id }))?.name ?? null) : null;
}
