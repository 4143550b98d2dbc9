import { Page, PageQuery, PublicCommission, PublicMember, PublicMemberQuery } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { paginate, whereTextMatches } from '../common/pagination';
import { inSpanishOrder, orderBySpanishName } from '../common/spanish-order';
import { CommissionMemberEntity } from './commission-member.entity';
import { CommissionEntity } from './commission.entity';

/**
 * The commissions as the public portal reads them: the commissions, their members (names and offices only, never an
 * email or an account) and how many sit today. The portal calls these instead of reading the commissions' tables.
 */

/** A commission without its members, as the portal names it. */
export type PublicCommissionFacts = Omit<PublicCommission, 'members'>;

/** The commissions, oldest (the founding one) first, filtered by name or acronym. */
export function publicCommissionsPage(em: EntityManager, query: PageQuery): Promise<Page<PublicCommissionFacts>> {
  const qb = em.createQueryBuilder(CommissionEntity, 'c').orderBy('c.createdAt', 'ASC').addOrderBy('c.id', 'ASC');
  whereTextMatches(qb, ['c.name', 'c.acronym'], query.q);
  return paginate(qb, query, toPublicCommission);
}

/** One commission; the oldest when no id is given; null when there is none. */
export async function publicCommission(em: EntityManager, id?: string): Promise<PublicCommissionFacts | null> {
  const commission = await em.findOne(CommissionEntity, { where: id ? { id } : {}, order: { createdAt: 'ASC', id: 'ASC' } });
  return commission ? toPublicCommission(commission) : null;
}

/** The members of every commission, or of one, filtered by state and text, in Spanish name order. */
export function publicMembersPage(em: EntityManager, query: PublicMemberQuery): Promise<Page<PublicMember>> {
  const qb = membersWithOrganization(em);
  if (query.commissionId) qb.andWhere('cm.commission_id = :commissionId', { commissionId: query.commissionId });
  if (query.state) qb.andWhere('o.state = :state', { state: query.state });
  whereTextMatches(qb, ['p.name', 'o.name'], query.q);
  orderBySpanishName(qb, 'p.name', 'cm.id');
  return paginate(qb, query, toPublicMember);
}

/** A commission's members by office: chair, secretary, then by name. */
export async function publicMembersByOffice(em: EntityManager, commissionId: string): Promise<PublicMember[]> {
  const members = await membersWithOrganization(em)
    .where('cm.commission_id = :commissionId', { commissionId })
    .orderBy(`CASE cm.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 ELSE 2 END`)
    .addOrderBy('p.name')
    .getMany();
  return members.map(toPublicMember);
}

/** At most `limit` members, of one commission when `commissionId` is given, in Spanish name order (open data). */
export async function publicMemberRows(em: EntityManager, commissionId: string | undefined, limit: number): Promise<PublicMember[]> {
  const qb = membersWithOrganization(em);
  if (commissionId) qb.andWhere('cm.commission_id = :commissionId', { commissionId });
  const members = await qb.orderBy(inSpanishOrder('p.name')).addOrderBy('cm.id').limit(limit).getMany();
  return members.map(toPublicMember);
}

/** How many members sit `today` on each of these commissions (none: absent). */
export async function seatedMemberCounts(em: EntityManager, commissionIds: string[], today: string): Promise<Map<string, number>> {
  if (commissionIds.length === 0) return new Map();
  const rows = await em
    .createQueryBuilder(CommissionMemberEntity, 'x')
    .where('(x.since IS NULL OR x.since <= :today) AND (x.until IS NULL OR x.until >= :today)', { today })
    .select('x.commission_id', 'commissionId')
    .addSelect('COUNT(*)::int', 'count')
    .andWhere('x.commission_id IN (:...ids)', { ids: commissionIds })
    .groupBy('x.commission_id')
    .getRawMany<{ commissionId: string; count: number }>();
  return new Map(rows.map((r) => [r.commissionId, r.count]));
}

const membersWithOrganization = (em: EntityManager) =>
  em.createQueryBuilder(CommissionMemberEntity, 'cm').innerJoinAndSelect('cm.person', 'p').leftJoinAndSelect('p.organization', 'o');

function toPublicCommission(c: CommissionEntity): PublicCommissionFacts {
  return { id: c.id, name: c.name, acronym: c.acronym, system: c.system, chairTitle: c.chairTitle, secretaryTitle: c.secretaryTitle };
}

/** `member.person.organization` must be loaded. Names and offices only: never the email or the account. */
function toPublicMember(member: CommissionMemberEntity): PublicMember {
  return {
    personId: member.personId,
    name: member.person.name,
    title: member.person.title,
    role: member.role,
    votes: member.votes,
    organization: member.person.organization?.name ?? null,
    state: member.person.organization?.state ?? null,
    since: member.since,
    until: member.until,
  };
}
