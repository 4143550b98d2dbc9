import {
  Commission,
  CommissionMember,
  CommissionMemberQuery,
  CreateCommission,
  CreateCommissionMember,
  Page,
  PageQuery,
  UpdateCommission,
  UpdateCommissionMember,
} from '@cocrea/contracts';
import { commissionDay, isActiveOn } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Clock } from '../common/clock';
import { changedFields, CommissionAudit } from '../audit';
import { paginate, whereTextMatches } from '../common/pagination';
import { orderBySpanishName } from '../common/spanish-order';
import { AppException, invalidField, notFound } from '../common/problem';
import { isUniqueViolation } from '../common/unique-violation';
import { AccountChanges, PersonMembership, PersonMemberships, personName } from '../people';
import { toCommission, toCommissionMember } from './commission.mapper';
import { CommissionMemberEntity } from './commission-member.entity';
import { CommissionEntity } from './commission.entity';

type MemberFilters = Omit<CommissionMemberQuery, 'page' | 'pageSize'>;

const AUDITED_FIELDS = ['role', 'votes', 'since', 'until'] as const;

const COMMISSION_FIELDS = [
  'name',
  'acronym',
  'agreementPrefix',
  'system',
  'chairTitle',
  'secretaryTitle',
  'quorumFraction',
  'legalBasis',
] as const;

/** Which unique key a duplicate broke, as the field the person must change. */
const COMMISSION_UNIQUE_KEYS: Record<string, { es: string; en: string }> = {
  commissions_name_key: { es: 'nombre', en: 'name' },
  commissions_acronym_key: { es: 'siglas', en: 'acronym' },
  commissions_agreement_prefix_key: { es: 'prefijo de acuerdos', en: 'agreement prefix' },
};

/** SQL twin of `isActiveOn` in libs/domain; `:today` is `commissionDay(this.clock.now())`. */
const ACTIVE = `((member.since IS NULL OR member.since <= :today) AND (member.until IS NULL OR member.until >= :today))`;

@Injectable()
export class CommissionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountChanges,
    private readonly audit: CommissionAudit,
    private readonly clock: Clock,
    memberships: PersonMemberships,
  ) {
    memberships.providedBy((personId) => this.membershipsOf(personId));
  }

  /** The commissions a person sits on, for their detail in the people domain (see people/person-memberships.ts). */
  async membershipsOf(personId: string): Promise<PersonMembership[]> {
    const today = commissionDay(this.clock.now());
    const memberships = await this.db.getRepository(CommissionMemberEntity).find({
      where: { personId },
      relations: { commission: true },
      order: { since: 'ASC' },
    });
    return memberships.map((m) => ({
      memberId: m.id,
      commissionId: m.commissionId,
      commissionName: m.commission.name,
      role: m.role,
      votes: m.votes,
      since: m.since,
      until: m.until,
      active: isActiveOn(m, today),
    }));
  }

  /** Oldest first: the installation's founding commission leads, and a new one takes the next place. */
  async list(query: PageQuery): Promise<Page<Commission>> {
    const qb = this.db
      .getRepository(CommissionEntity)
      .createQueryBuilder('commission')
      .orderBy('commission.createdAt', 'ASC')
      .addOrderBy('commission.id', 'ASC');
    whereTextMatches(qb, ['commission.name'], query.q);
    const page = await paginate(qb, query, (c) => c);
    const counts = await this.activeMemberCounts(page.items.map((c) => c.id));
    return { ...page, items: page.items.map((c) => toCommission(c, counts.get(c.id) ?? 0)) };
  }

  async get(id: string): Promise<Commission> {
    const commission = await this.find(id);
    const counts = await this.activeMemberCounts([id]);
    return toCommission(commission, counts.get(id) ?? 0);
  }

  /** A new commission of the installation, with no members yet; its rules start empty. */
  async create(actorId: string, input: CreateCommission): Promise<Commission> {
    const id = await this.saving(() =>
      this.db.transaction(async (em) => {
        const saved = await em.save(em.create(CommissionEntity, { ...input, rules: {} }));
        await this.audit.record(em, {
          actorPersonId: actorId,
          kind: 'commission_created',
          subject: { type: 'commission', id: saved.id, label: saved.name },
          changes: changedFields(null, { ...saved }, COMMISSION_FIELDS),
        });
        return saved.id;
      }),
    );
    return this.get(id);
  }

  /**
   * New details of a commission. A new agreement prefix numbers the agreements adopted from now on; numbers already
   * given keep theirs, since they are cited in minutes and notices.
   */
  async update(actorId: string, id: string, changes: UpdateCommission): Promise<Commission> {
    await this.find(id);
    await this.saving(() =>
      this.db.transaction(async (em) => {
        const row = await em.findOneByOrFail(CommissionEntity, { id });
        const changed = changedFields({ ...row }, { ...row, ...changes }, COMMISSION_FIELDS);
        if (Object.keys(changed).length === 0) return;
        await em.update(CommissionEntity, { id }, changes);
        await this.audit.record(em, {
          actorPersonId: actorId,
          kind: 'commission_updated',
          subject: { type: 'commission', id, label: changes.name ?? row.name },
          changes: changed,
        });
      }),
    );
    return this.get(id);
  }

  async listMembers(commissionId: string, query: CommissionMemberQuery): Promise<Page<CommissionMember>> {
    await this.find(commissionId);
    const today = commissionDay(this.clock.now());
    return paginate(this.filteredMembers(commissionId, query), query, (m) => toCommissionMember(m, today));
  }

  async exportMembers(commissionId: string, filters: MemberFilters): Promise<CommissionMember[]> {
    await this.find(commissionId);
    const today = commissionDay(this.clock.now());
    return (await this.filteredMembers(commissionId, filters).getMany()).map((m) => toCommissionMember(m, today));
  }

  /** A person joins the commission with a role; the audit trail records who added them. */
  async addMember(actorId: string, commissionId: string, input: CreateCommissionMember): Promise<CommissionMember> {
    await this.find(commissionId);
    const name = await personName(this.db.manager, input.personId);
    if (name === null) throw invalidField('personId', 'No existe esa persona.', 'No such person.');
    try {
      const memberId = await this.db.transaction(async (em) => {
        const saved = await em.save(
          em.create(CommissionMemberEntity, {
            commissionId,
            personId: input.personId,
            role: input.role,
            votes: input.votes ?? input.role !== 'observer',
            since: input.since ?? null,
          }),
        );
        await this.audit.record(em, {
          actorPersonId: actorId,
          kind: 'member_added',
          subject: { type: 'membership', id: saved.id, label: name },
          changes: changedFields(null, { ...saved }, AUDITED_FIELDS),
        });
        return saved.id;
      });
      this.accounts.forgetSignIns(input.personId);
      return this.getMember(commissionId, memberId);
    } catch (error) {
      throw isUniqueViolation(error, 'commission_members_commission_person_key') ? new AppException('already_member') : error;
    }
  }

  /** New dates, role or vote of a member; a change of role or end date ends the person's sessions. */
  async updateMember(actorId: string, commissionId: string, memberId: string, changes: UpdateCommissionMember): Promise<CommissionMember> {
    const member = await this.getMember(commissionId, memberId);
    if (changes.until && member.since && changes.until < member.since) {
      throw invalidField('until', 'No puede ser anterior a la fecha de ingreso.', 'Must not precede the start date.');
    }
    const before = await this.db.transaction(async (em) => {
      const row = await em.findOneByOrFail(CommissionMemberEntity, { id: memberId, commissionId });
      await em.update(CommissionMemberEntity, { id: memberId, commissionId }, changes);
      const changed = changedFields({ ...row }, { ...row, ...changes }, AUDITED_FIELDS);
      if (Object.keys(changed).length) {
        await this.audit.record(em, {
          actorPersonId: actorId,
          kind: 'member_updated',
          subject: { type: 'membership', id: memberId, label: member.person.name },
          changes: changed,
        });
      }
      return row;
    });
    // A new role or an end date changes what the person may do: their open sessions and live sockets end with it.
    const roleChanged =
      (changes.role !== undefined && changes.role !== before.role) || (changes.until !== undefined && changes.until !== before.until);
    this.accounts.forgetSignIns(before.personId);
    if (roleChanged) await this.accounts.endSessionsOf(before.personId);
    return this.getMember(commissionId, memberId);
  }

  async getMember(commissionId: string, memberId: string): Promise<CommissionMember> {
    const member = await this.membersQuery(commissionId).andWhere('member.id = :memberId', { memberId }).getOne();
    if (!member) throw notFound('un integrante de la comisión', 'commission member');
    return toCommissionMember(member, commissionDay(this.clock.now()));
  }

  /** A name, acronym or prefix already taken is a 409 naming the field, not a 500. */
  private async saving<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const field = Object.entries(COMMISSION_UNIQUE_KEYS).find(([key]) => isUniqueViolation(error, key))?.[1];
      if (!field) throw error;
      throw new AppException('commission_taken', { 'field.es': field.es, 'field.en': field.en });
    }
  }

  private async find(id: string): Promise<CommissionEntity> {
    const commission = await this.db.getRepository(CommissionEntity).findOneBy({ id });
    if (!commission) throw notFound('una comisión', 'commission');
    return commission;
  }

  private async activeMemberCounts(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .getRepository(CommissionMemberEntity)
      .createQueryBuilder('member')
      .select('member.commission_id', 'commissionId')
      .addSelect('count(*)::int', 'count')
      .where('member.commission_id IN (:...ids)', { ids })
      .andWhere(ACTIVE, { today: commissionDay(this.clock.now()) })
      .groupBy('member.commission_id')
      .getRawMany<{ commissionId: string; count: number }>();
    return new Map(rows.map((r) => [r.commissionId, r.count]));
  }

  private membersQuery(commissionId: string): SelectQueryBuilder<CommissionMemberEntity> {
    return this.db
      .getRepository(CommissionMemberEntity)
      .createQueryBuilder('member')
      .innerJoinAndSelect('member.person', 'person')
      .leftJoinAndSelect('person.organization', 'org')
      .where('member.commission_id = :commissionId', { commissionId });
  }

  private filteredMembers(commissionId: string, filters: MemberFilters): SelectQueryBuilder<CommissionMemberEntity> {
    const qb = orderBySpanishName(this.membersQuery(commissionId), 'person.name', 'member.id');
    if (filters.status === 'active') qb.andWhere(ACTIVE, { today: commissionDay(this.clock.now()) });
    if (filters.status === 'former') qb.andWhere(`NOT ${ACTIVE}`, { today: commissionDay(this.clock.now()) });
    if (filters.role) qb.andWhere('member.role = :role', { role: filters.role });
    if (filters.state) qb.andWhere('org.state = :state', { state: filters.state });
    whereTextMatches(qb, ['person.name', 'person.title', 'org.name', 'org.state'], filters.q);
    return qb;
  }
}
