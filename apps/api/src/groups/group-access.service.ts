import { GroupAbilities, Me } from '@cocrea/contracts';
import { canReadGroup, GroupActor, groupAbilities } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, notFound } from '../common/problem';
import { GroupMemberEntity } from './group-member.entity';
import { WorkingGroupEntity } from './working-group.entity';

export interface GroupContext {
  group: WorkingGroupEntity;
  actor: GroupActor;
  /** What the caller may do now: nothing changes in an archived group. */
  abilities: GroupAbilities;
}

/** The one place that decides, on the server, who may do what in a working group. */
@Injectable()
export class GroupAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether the caller may read some group: the web shows the groups section only then. */
  async readsAnyGroup(me: Me): Promise<boolean> {
    if (me.platformRole === 'admin' || me.commissions.length > 0) return true;
    return this.db.getRepository(GroupMemberEntity).existsBy({ personId: me.id });
  }

  /** Loads the group and the caller's place in it; 404 when there is no such group, 403 when the caller may not read it. */
  async context(me: Me, groupId: string): Promise<GroupContext> {
    const group = await this.db.manager.findOneBy(WorkingGroupEntity, { id: groupId });
    if (!group) throw notFound('un grupo de trabajo', 'working group');
    const membership = await this.db.manager.findOneBy(GroupMemberEntity, { groupId, personId: me.id });
    const actor: GroupActor = {
      platformRole: me.platformRole,
      commissionRole: me.commissions.find((grant) => grant.commissionId === group.commissionId) ?? null,
      groupRole: membership?.role ?? null,
    };
    if (!canReadGroup(actor)) throw new AppException('forbidden');
    return { group, actor, abilities: groupAbilities(actor, group.status) };
  }

  /**
   * Like `context`, and the caller must hold `ability`: 403 when their role never grants it, 409 when only
   * the group's archiving stands in the way.
   */
  async require(me: Me, groupId: string, ability: keyof GroupAbilities): Promise<GroupContext> {
    const context = await this.context(me, groupId);
    if (!this.roleGrants(context, ability)) throw new AppException('forbidden');
    if (!context.abilities[ability]) throw new AppException('group_archived');
    return context;
  }

  /** Whether the caller's role grants `ability`, whatever the group's status. */
  roleGrants(context: GroupContext, ability: keyof GroupAbilities): boolean {
    return groupAbilities(context.actor, 'active')[ability];
  }

  /**
   * Reading a commission's groups: its members and admins read them all ('all'); a partner, who has no seat,
   * only the groups they take part in ('own'); anyone else gets a 403.
   */
  async requireCommissionReader(me: Me, commissionId: string): Promise<'all' | 'own'> {
    if (me.platformRole === 'admin' || me.commissions.some((grant) => grant.commissionId === commissionId)) return 'all';
    const participates = await this.db
      .getRepository(GroupMemberEntity)
      .createQueryBuilder('member')
      .innerJoin('member.group', 'grp')
      .where('member.person_id = :personId AND grp.commission_id = :commissionId', { personId: me.id, commissionId })
      .getExists();
    if (!participates) throw new AppException('forbidden');
    return 'own';
  }
}
