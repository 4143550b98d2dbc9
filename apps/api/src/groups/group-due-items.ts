import { EntityManager } from 'typeorm';
import { DueItem } from '../notifications';
import { GroupMemberEntity } from './group-member.entity';
import { MilestoneEntity } from './milestone.entity';

/** The milestones the due-notice job announces (notifications/due-items.ts): unfinished, of active groups or the commission. */
export async function milestonesDueBetween(em: EntityManager, from: string, until: string): Promise<DueItem[]> {
  const milestones = await em
    .getRepository(MilestoneEntity)
    .createQueryBuilder('m')
    .leftJoinAndSelect('m.group', 'grp')
    .where(`m.completed_on IS NULL AND (m.group_id IS NULL OR grp.status = 'active')`)
    .andWhere('m.due_on >= :from AND m.due_on < :until', { from, until })
    .getMany();
  return milestones.map((m) => ({
    itemKind: 'milestone' as const,
    id: m.id,
    title: m.commitment ? `${m.commitment}: ${m.title}` : m.title,
    dueOn: m.dueOn,
    link: m.groupId ? `/groups/${m.groupId}` : '/groups/roadmap',
    groupId: m.groupId,
    commissionId: m.commissionId,
    named: [],
  }));
}

/** Who answers for a group's item nobody is named on: its coordinators. */
export async function coordinatorsOf(em: EntityManager, groupId: string): Promise<string[]> {
  const coordinators = await em.findBy(GroupMemberEntity, { groupId, role: 'coordinator' });
  return coordinators.map((m) => m.personId);
}
