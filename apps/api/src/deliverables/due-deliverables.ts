import { EntityManager } from 'typeorm';
import { OPEN_STATUSES } from '../groups';
import { DueItem } from '../notifications';
import { DeliverableEntity } from './deliverable.entity';

/** The deliverables the due-notice job announces (notifications/due-items.ts): open ones of active groups. */
export async function deliverablesDueBetween(em: EntityManager, from: string, until: string): Promise<DueItem[]> {
  const deliverables = await em
    .getRepository(DeliverableEntity)
    .createQueryBuilder('d')
    .innerJoinAndSelect('d.group', 'grp')
    .where(`grp.status = 'active' AND d.status IN (:...open)`, { open: OPEN_STATUSES })
    .andWhere('d.due_on >= :from AND d.due_on < :until', { from, until })
    .getMany();
  return deliverables.map((d) => ({
    itemKind: 'deliverable' as const,
    id: d.id,
    title: d.title,
    dueOn: d.dueOn as string,
    link: `/groups/deliverables/${d.id}`,
    groupId: d.groupId,
    commissionId: d.group.commissionId,
    named: [...new Set([...(d.ownerId ? [d.ownerId] : []), ...d.contributorIds])],
  }));
}
