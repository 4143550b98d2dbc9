import { PublicDeliverable } from '@cocrea/contracts';
import { deliverableProgress, groupProgress } from '@cocrea/domain';
import { EntityManager, In } from 'typeorm';
import { DeliverableEntity } from './deliverable.entity';

/**
 * The deliverables as the public portal reads them: a group's list with its progress, each group's progress, and the
 * open-data rows. Partners' inputs are never among them. The portal calls these instead of reading the table.
 */

/** One row of the deliverables dataset. */
export interface PublicDeliverableRow {
  id: string;
  groupId: string;
  groupName: string;
  title: string;
  kind: string;
  status: string;
  dueOn: string | null;
}

/** A group's deliverables by due date, then title. */
export async function publicDeliverablesOf(em: EntityManager, groupId: string): Promise<PublicDeliverable[]> {
  const deliverables = await em.find(DeliverableEntity, { where: { groupId }, order: { dueOn: 'ASC', title: 'ASC' } });
  return deliverables.map((d) => {
    const { percent, basis } = deliverableProgress(d.status, d.progressPercent);
    return {
      id: d.id,
      title: d.title,
      kind: d.kind,
      description: d.description,
      dueOn: d.dueOn,
      status: d.status,
      progress: percent,
      progressBasis: basis,
    };
  });
}

/** Per group: how many deliverables count (not cancelled) and the group's progress (`groupProgress`). */
export async function groupsProgress(em: EntityManager, groupIds: string[]): Promise<Map<string, { total: number; progress: number }>> {
  if (groupIds.length === 0) return new Map();
  const rows = await em.find(DeliverableEntity, {
    select: { groupId: true, status: true, progressPercent: true },
    where: { groupId: In(groupIds) },
  });
  return new Map(
    groupIds.map((groupId) => {
      const own = rows.filter((d) => d.groupId === groupId).map((d) => ({ status: d.status, setPercent: d.progressPercent }));
      return [groupId, { total: own.filter((d) => d.status !== 'cancelled').length, progress: groupProgress(own) }];
    }),
  );
}

/** At most `limit` deliverables, of one commission's groups when `commissionId` is given, by due date then title. */
export async function publicDeliverableRows(
  em: EntityManager,
  commissionId: string | undefined,
  limit: number,
): Promise<PublicDeliverableRow[]> {
  const qb = em.createQueryBuilder(DeliverableEntity, 'd').innerJoinAndSelect('d.group', 'g');
  if (commissionId) qb.andWhere('g.commission_id = :commissionId', { commissionId });
  const deliverables = await qb.orderBy('d.due_on', 'ASC', 'NULLS LAST').addOrderBy('d.title', 'ASC').limit(limit).getMany();
  return deliverables.map((d) => ({
    id: d.id,
    groupId: d.groupId,
    groupName: d.group.name,
    title: d.title,
    kind: d.kind,
    status: d.status,
    dueOn: d.dueOn,
  }));
}
