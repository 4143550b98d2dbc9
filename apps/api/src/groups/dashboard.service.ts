import { DeliverableStatus, GroupsDashboard, Me } from '@cocrea/contracts';
import { acceptsInputs, addDays, commissionDay, DELIVERABLE_TRANSITIONS, dueState } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { groupDeliverables } from './group-deliverables';
import { Clock } from '../common/clock';
import { toPersonRef } from './group.mapper';
import { GroupMemberEntity } from './group-member.entity';
import { JoinRequestEntity } from './join-request.entity';
import { MilestoneEntity } from './milestone.entity';
import { WorkingGroupEntity } from './working-group.entity';

export const DASHBOARD_HORIZON_DAYS = 30;

/** The statuses whose deliverables still take (and wait for answers to) inputs: `acceptsInputs` of the domain. */
export const OPEN_STATUSES = (Object.keys(DELIVERABLE_TRANSITIONS) as DeliverableStatus[]).filter(acceptsInputs);

/**
 * What needs a coordinator's attention across the groups they run: the chair (and a platform admin) see
 * every active group of their commissions, a coordinator their own groups.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The caller's groups, of one commission when `commissionId` is given (the web's chosen one). */
  async forUser(me: Me, commissionId?: string): Promise<GroupsDashboard> {
    return this.forGroups(await this.groupsOf(me, commissionId));
  }

  /** The active groups a person takes part in, by name (a person's home shows them). */
  async activeGroupsOf(personId: string): Promise<WorkingGroupEntity[]> {
    const memberships = await this.db.getRepository(GroupMemberEntity).find({
      where: { personId, group: { status: 'active' } },
      relations: { group: true },
      order: { group: { name: 'ASC' } },
    });
    return memberships.map((m) => m.group);
  }

  /** The same view over any set of groups (a person's home shows the groups they take part in). */
  async forGroups(groups: WorkingGroupEntity[]): Promise<GroupsDashboard> {
    const today = commissionDay(this.clock.now());
    // Only a bound for the queries: dueState below decides what is due soon.
    const horizon = addDays(today, DASHBOARD_HORIZON_DAYS);
    const empty: GroupsDashboard = { today, dueSoon: [], overdue: [], inputsToReview: [], joinRequests: [] };
    if (groups.length === 0) return empty;
    const groupIds = groups.map((g) => g.id);
    const commissionIds = [...new Set(groups.map((g) => g.commissionId))];
    const names = new Map(groups.map((g) => [g.id, g.name]));

    const deliverables = await groupDeliverables().dueBefore(this.db.manager, groupIds, horizon);
    const milestones = await this.db
      .getRepository(MilestoneEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.group', 'grp')
      .where(
        new Brackets((w) =>
          w.where('m.group_id IN (:...groupIds)', { groupIds }).orWhere('(m.group_id IS NULL AND m.commission_id IN (:...commissionIds))', {
            commissionIds,
          }),
        ),
      )
      .andWhere('m.completed_on IS NULL AND m.due_on < :horizon', { horizon })
      .orderBy('m.due_on', 'ASC')
      .getMany();
    const dated = [
      ...deliverables.map((d) => ({
        kind: 'deliverable' as const,
        id: d.id,
        title: d.title,
        dueOn: d.dueOn,
        groupId: d.groupId,
        groupName: names.get(d.groupId) ?? '',
      })),
      ...milestones.map((m) => ({
        kind: 'milestone' as const,
        id: m.id,
        title: m.commitment ? `${m.commitment}: ${m.title}` : m.title,
        dueOn: m.dueOn,
        groupId: m.groupId,
        groupName: m.group?.name ?? null,
      })),
    ].sort((a, b) => a.dueOn.localeCompare(b.dueOn));

    const inputs = await groupDeliverables().inputsToReview(this.db.manager, groupIds);
    const requests = await this.db.getRepository(JoinRequestEntity).find({
      where: { status: 'pending', groupId: In(groupIds) },
      relations: { person: { organization: true } },
      order: { requestedOn: 'ASC', createdAt: 'ASC' },
    });

    return {
      today,
      overdue: dated.filter((item) => dueState(item.dueOn, false, today, DASHBOARD_HORIZON_DAYS) === 'overdue'),
      dueSoon: dated.filter((item) => dueState(item.dueOn, false, today, DASHBOARD_HORIZON_DAYS) === 'due_soon'),
      inputsToReview: inputs.map((i) => ({
        id: i.id,
        title: i.title,
        deliverableId: i.deliverableId,
        deliverableTitle: i.deliverableTitle,
        author: i.author,
        groupId: i.groupId,
        groupName: names.get(i.groupId) ?? '',
      })),
      joinRequests: requests.map((r) => ({
        id: r.id,
        person: toPersonRef(r.person),
        message: r.message,
        requestedOn: r.requestedOn,
        groupId: r.groupId,
        groupName: names.get(r.groupId) ?? '',
      })),
    };
  }

  private async groupsOf(me: Me, commissionId?: string): Promise<WorkingGroupEntity[]> {
    const qb = this.db.getRepository(WorkingGroupEntity).createQueryBuilder('grp').where(`grp.status = 'active'`);
    if (commissionId) qb.andWhere('grp.commission_id = :commissionId', { commissionId });
    if (me.platformRole !== 'admin') {
      const chaired = me.commissions.filter((grant) => grant.role === 'chair').map((grant) => grant.commissionId);
      qb.andWhere(
        new Brackets((w) => {
          w.where(
            `EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = grp.id AND gm.person_id = :personId AND gm.role = 'coordinator')`,
            { personId: me.id },
          );
          if (chaired.length) w.orWhere('grp.commission_id IN (:...chaired)', { chaired });
        }),
      );
    }
    return qb.orderBy('grp.name', 'ASC').getMany();
  }
}
