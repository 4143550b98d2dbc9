import { EntityManager, In } from 'typeorm';
import { DueDeliverable, GroupDeliverables, InputToReview, OPEN_STATUSES, toPersonRef } from '../groups';
import { DeliverableInputEntity } from './deliverable-input.entity';
import { DeliverableEntity } from './deliverable.entity';

/** The deliverables domain's side of groups/group-deliverables.ts: what a group's dashboard and counts show. */
export const deliverablesOfGroups: GroupDeliverables = {
  async dueBefore(em: EntityManager, groupIds: string[], horizon: string): Promise<DueDeliverable[]> {
    const due = await em
      .getRepository(DeliverableEntity)
      .createQueryBuilder('d')
      .where('d.group_id IN (:...groupIds)', { groupIds })
      .andWhere('d.status IN (:...open) AND d.due_on IS NOT NULL AND d.due_on < :horizon', { open: OPEN_STATUSES, horizon })
      .orderBy('d.due_on', 'ASC')
      .getMany();
    return due.map((d) => ({ id: d.id, title: d.title, dueOn: d.dueOn as string, groupId: d.groupId }));
  },
  async inputsToReview(em: EntityManager, groupIds: string[]): Promise<InputToReview[]> {
    const inputs = await em.getRepository(DeliverableInputEntity).find({
      where: { status: 'pending', deliverable: { groupId: In(groupIds), status: In(OPEN_STATUSES) } },
      relations: { deliverable: true, author: { organization: true } },
      order: { createdAt: 'ASC' },
    });
    return inputs.map((i) => ({
      id: i.id,
      title: i.title,
      deliverableId: i.deliverableId,
      deliverableTitle: i.deliverable.title,
      groupId: i.deliverable.groupId,
      author: toPersonRef(i.author),
    }));
  },
  async countsByGroup(em: EntityManager, groupIds: string[]): Promise<Map<string, number>> {
    const rows = await em
      .getRepository(DeliverableEntity)
      .createQueryBuilder('d')
      .select('d.group_id', 'groupId')
      .addSelect('count(*)::int', 'count')
      .where('d.group_id IN (:...groupIds)', { groupIds })
      .groupBy('d.group_id')
      .getRawMany<{ groupId: string; count: number }>();
    return new Map(rows.map((row) => [row.groupId, row.count]));
  },
  anyOf(em: EntityManager, groupId: string): Promise<boolean> {
    return em.existsBy(DeliverableEntity, { groupId });
  },
};
