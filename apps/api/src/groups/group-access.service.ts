import { GroupAbilities, Me } from '@cocrea/contracts';
import { canReadGroup, GroupActor, groupAbilities } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppException, notFound } from '../common/problem';
import { GroupMemberEntity } from './group-member.entity';
import { WorkingGroupEntity } from './working-group.entity';

export interface GroupContext {
  group: WorkingGroupEntity;
  actor: GroupActor;
  /** What the caller could do if the group were active (so an archived group answers 409, not 403). */
  abilities: GroupAbilities;
}

/** The one place that decides, on the server, who may do what in a working group. */
@Injectable()
export class GroupAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Loads the group and the caller's place in it; 404 when there is no such group, 403 when the caller may not read it. */
  async context(me: Me, groupId: string, em: EntityManager = this.db.manager): Promise<GroupContext> {
    const group = await em.findOneBy(WorkingGroupEntity, { id: groupId });
    if (!group) throw notFound('un grupo de trabajo', 'working group');
    const membership = await em.findOneBy(GroupMemberEntity, { groupId, personId: me.id });
    const actor: GroupActor = {
      platformRole: me.platformRole,
      commissionRole: me.commissions.find((grant) => grant.commissionId === group.commissionId) ?? null,
      groupRole: membership?.role ?? null,
    };
    if (!canReadGroup(actor)) throw new AppException('forbidden');
    return { group, actor, abilities: groupAbilities(actor, 'active') };
  }

  /** Like `context`, and the caller must hold `ability` (403) in a group that is still active (409). */
  async require(me: Me, groupId: string, ability: keyof GroupAbilities, em?: EntityManager): Promise<GroupContext> {
    const context = await this.context(me, groupId, em);
    if (!context.abilities[ability]) throw new AppException('forbidden');
    if (context.group.status === 'archived') throw new AppException('group_archived');
    return context;
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
