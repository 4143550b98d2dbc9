import { Page, PublicGroup, PublicGroupQuery, PublicMilestone } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { paginate, whereTextMatches } from '../common/pagination';
import { orderBySpanishName } from '../common/spanish-order';
import { MilestoneEntity } from './milestone.entity';
import { WorkingGroupEntity } from './working-group.entity';

/**
 * The working groups as the public portal reads them: their names, purposes and milestones. Their progress comes from
 * their deliverables (deliverables/public-deliverables.ts). The portal calls these instead of reading the tables.
 */

/** A group as the portal names it, without the progress its deliverables give it. */
export type PublicGroupFacts = Omit<PublicGroup, 'progress' | 'deliverableCount'>;

/** The groups of every commission, or of one, filtered by text, in Spanish name order. */
export function publicGroupsPage(em: EntityManager, query: PublicGroupQuery): Promise<Page<PublicGroupFacts>> {
  const qb = em.createQueryBuilder(WorkingGroupEntity, 'g');
  if (query.commissionId) qb.andWhere('g.commission_id = :commissionId', { commissionId: query.commissionId });
  whereTextMatches(qb, ['g.name', 'g.purpose'], query.q);
  orderBySpanishName(qb, 'g.name', 'g.id');
  return paginate(qb, query, toPublicGroup);
}

/** One group, or null. */
export async function publicGroup(em: EntityManager, id: string): Promise<PublicGroupFacts | null> {
  const group = await em.findOneBy(WorkingGroupEntity, { id });
  return group ? toPublicGroup(group) : null;
}

/** A group's milestones by due date. */
export async function publicMilestonesOf(em: EntityManager, groupId: string): Promise<PublicMilestone[]> {
  const milestones = await em.find(MilestoneEntity, { where: { groupId }, order: { dueOn: 'ASC' } });
  return milestones.map((m) => ({ id: m.id, title: m.title, commitment: m.commitment, dueOn: m.dueOn, completedOn: m.completedOn }));
}

const toPublicGroup = (g: WorkingGroupEntity): PublicGroupFacts => ({ id: g.id, name: g.name, purpose: g.purpose, status: g.status });
