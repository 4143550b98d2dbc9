import {
  AddGroupMember,
  AddPartnerOrganization,
  CreateGroup,
  GroupEvent,
  GroupEventKind,
  GroupMember,
  GroupMemberQuery,
  GroupQuery,
  Me,
  Page,
  PageQuery,
  PersonRef,
  UpdateGroupMember,
  WorkingGroup,
  WorkingGroupDetail,
} from '@cocrea/contracts';
import { commissionDay } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock } from '../common/clock';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { paginate, whereTextMatches } from '../common/pagination';
import { inSpanishOrder, orderBySpanishName } from '../common/spanish-order';
import { AppException, invalidField, notFound } from '../common/problem';
import { isUniqueViolation } from '../common/unique-violation';
import { toOrganization } from '../organizations';
import { OrganizationEntity } from '../organizations/organization.entity';
import { personName } from '../people';
import { GroupAccess } from './group-access.service';
import { groupDeliverables } from './group-deliverables';
import { GroupEventEntity } from './group-event.entity';
import { recordGroupEvent } from './group-events';
import { toGroupEvent, toGroupMember, toPersonRef } from './group.mapper';
import { GroupMemberEntity } from './group-member.entity';
import { GroupPartnerOrganizationEntity, PARTNER_ORGANIZATION_KEY } from './group-partner-organization.entity';
import { JoinRequestEntity } from './join-request.entity';
import { WorkingGroupEntity } from './working-group.entity';

/** Events whose detail or answer is the text of a join request or of its answer. */
const PRIVATE_TEXT_KINDS = new Set<GroupEventKind>(['join_requested', 'join_accepted', 'join_declined']);

interface GroupCounts {
  members: number;
  partners: number;
  partnerOrganizations: number;
  deliverables: number;
  coordinators: PersonRef[];
}

@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: GroupAccess,
    private readonly clock: Clock,
  ) {}

  async list(me: Me, commissionId: string, query: GroupQuery): Promise<Page<WorkingGroup>> {
    await this.findCommission(commissionId);
    const scope = await this.access.requireCommissionReader(me, commissionId);
    const qb = orderBySpanishName(
      this.db.getRepository(WorkingGroupEntity).createQueryBuilder('grp').where('grp.commission_id = :commissionId', { commissionId }),
      'grp.name',
      'grp.id',
    );
    if (scope === 'own')
      qb.andWhere('EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = grp.id AND gm.person_id = :me)', { me: me.id });
    if (query.status !== 'all') qb.andWhere('grp.status = :status', { status: query.status });
    whereTextMatches(qb, ['grp.name', 'grp.purpose'], query.q);
    const page = await paginate(qb, query, (g) => g);
    const counts = await this.counts(page.items.map((g) => g.id));
    return { ...page, items: page.items.map((g) => this.toGroup(g, counts.get(g.id))) };
  }

  async exportGroups(me: Me, commissionId: string): Promise<WorkingGroup[]> {
    await this.findCommission(commissionId);
    const scope = await this.access.requireCommissionReader(me, commissionId);
    const all = await this.db.getRepository(WorkingGroupEntity).find({ where: { commissionId }, order: { createdAt: 'ASC' } });
    const mine = new Set((await this.db.getRepository(GroupMemberEntity).findBy({ personId: me.id })).map((m) => m.groupId));
    const groups = scope === 'all' ? all : all.filter((g) => mine.has(g.id));
    const counts = await this.counts(groups.map((g) => g.id));
    return groups.map((g) => this.toGroup(g, counts.get(g.id)));
  }

  async create(me: Me, commissionId: string, input: CreateGroup): Promise<WorkingGroupDetail> {
    await this.findCommission(commissionId);
    const coordinatorIds = [...new Set(input.coordinatorIds)];
    const id = await this.db.transaction(async (em) => {
      await this.requireCommissioners(em, commissionId, coordinatorIds);
      let group: WorkingGroupEntity;
      try {
        group = await em.save(em.create(WorkingGroupEntity, { commissionId, name: input.name, purpose: input.purpose }));
      } catch (error) {
        throw isUniqueViolation(error, 'working_groups_commission_name_key')
          ? new AppException('group_name_taken', { name: input.name })
          : error;
      }
      const joinedOn = commissionDay(this.clock.now());
      await em.insert(
        GroupMemberEntity,
        coordinatorIds.map((personId) => ({ groupId: group.id, personId, role: 'coordinator' as const, joinedOn })),
      );
      await recordGroupEvent(em, { groupId: group.id, kind: 'group_created', actorId: me.id, subject: group.name });
      return group.id;
    });
    return this.get(me, id);
  }

  async get(me: Me, groupId: string): Promise<WorkingGroupDetail> {
    const { group, actor, abilities } = await this.access.context(me, groupId);
    const counts = await this.counts([groupId]);
    const partners = await this.db.getRepository(GroupPartnerOrganizationEntity).find({
      where: { groupId },
      relations: { organization: true },
    });
    const pending = await this.db.getRepository(JoinRequestEntity).findOneBy({ groupId, personId: me.id, status: 'pending' });
    const membership = await this.db.getRepository(GroupMemberEntity).findOneBy({ groupId, personId: me.id });
    return {
      ...this.toGroup(group, counts.get(groupId)),
      partnerOrganizations: partners.map((p) => toOrganization(p.organization)).sort((a, b) => a.name.localeCompare(b.name, 'es')),
      myRole: actor.groupRole,
      myMemberId: membership?.id ?? null,
      myPendingRequestId: pending?.id ?? null,
      abilities: { ...abilities, requestToJoin: abilities.requestToJoin && !pending },
    };
  }

  async archive(me: Me, groupId: string): Promise<WorkingGroupDetail> {
    const { group } = await this.access.require(me, groupId, 'archive');
    await this.db.transaction(async (em) => {
      await em.update(WorkingGroupEntity, { id: groupId }, { status: 'archived' });
      await recordGroupEvent(em, { groupId, kind: 'group_archived', actorId: me.id, subject: group.name });
    });
    return this.get(me, groupId);
  }

  /** Only an empty group can go: one with deliverables is archived instead, so its record stays. */
  async remove(me: Me, groupId: string): Promise<void> {
    const context = await this.access.context(me, groupId);
    if (!this.access.roleGrants(context, 'archive')) throw new AppException('forbidden');
    await this.db.transaction(async (em) => {
      if (await groupDeliverables().anyOf(em, groupId)) throw new AppException('group_has_deliverables');
      await em.delete(WorkingGroupEntity, { id: groupId });
    });
  }

  async listMembers(me: Me, groupId: string, query: GroupMemberQuery): Promise<Page<GroupMember>> {
    await this.access.context(me, groupId);
    return paginate(this.membersQuery(groupId, query), query, toGroupMember);
  }

  async exportMembers(me: Me, groupId: string): Promise<GroupMember[]> {
    await this.access.context(me, groupId);
    return (await this.membersQuery(groupId, {}).getMany()).map(toGroupMember);
  }

  /**
   * A coordinator records a join asked elsewhere (email, chat, in session) or invites a partner. A pending
   * request of the same person is answered by it.
   */
  async addMember(me: Me, groupId: string, input: AddGroupMember): Promise<GroupMember> {
    const { group } = await this.access.require(me, groupId, 'manage');
    const name = await personName(this.db.manager, input.personId);
    if (name === null) throw invalidField('personId', 'No existe esa persona.', 'No such person.');
    const memberId = await this.db.transaction(async (em) => {
      if (input.role !== 'partner') await this.requireCommissioners(em, group.commissionId, [input.personId]);
      let member: GroupMemberEntity;
      try {
        member = await em.save(
          em.create(GroupMemberEntity, {
            groupId,
            personId: input.personId,
            role: input.role,
            channel: input.channel ?? null,
            joinedOn: input.joinedOn ?? commissionDay(this.clock.now()),
          }),
        );
      } catch (error) {
        throw isUniqueViolation(error, 'group_members_group_person_key') ? new AppException('group_already_member') : error;
      }
      await em.update(
        JoinRequestEntity,
        { groupId, personId: input.personId, status: 'pending' },
        { status: 'accepted', decidedById: me.id, decidedAt: this.clock.now() },
      );
      await recordGroupEvent(em, { groupId, kind: 'member_added', actorId: me.id, subject: name, detail: input.role });
      return member.id;
    });
    return this.getMember(groupId, memberId);
  }

  /** A coordinator changes someone's part: names a co-coordinator, or steps one back; the group keeps one. */
  async updateMember(me: Me, groupId: string, memberId: string, changes: UpdateGroupMember): Promise<GroupMember> {
    const { group } = await this.access.require(me, groupId, 'manage');
    await this.db.transaction(async (em) => {
      const member = await em.findOne(GroupMemberEntity, { where: { id: memberId, groupId }, relations: { person: true } });
      if (!member) throw notFound('una persona integrante del grupo', 'group member');
      if (member.role === changes.role) return;
      if (changes.role !== 'partner') await this.requireCommissioners(em, group.commissionId, [member.personId]);
      if (member.role === 'coordinator') await this.requireAnotherCoordinator(em, groupId);
      await em.update(GroupMemberEntity, { id: memberId }, { role: changes.role });
      await recordGroupEvent(em, {
        groupId,
        kind: 'member_role_changed',
        actorId: me.id,
        subject: member.person.name,
        detail: changes.role,
      });
    });
    return this.getMember(groupId, memberId);
  }

  /** A member leaves (their own row), or a coordinator removes someone; a group always keeps a coordinator. */
  async removeMember(me: Me, groupId: string, memberId: string): Promise<void> {
    const context = await this.access.context(me, groupId);
    await this.db.transaction(async (em) => {
      const member = await em.findOne(GroupMemberEntity, { where: { id: memberId, groupId }, relations: { person: true } });
      if (!member) throw notFound('una persona integrante del grupo', 'group member');
      const leaving = member.personId === me.id;
      if (!leaving && !this.access.roleGrants(context, 'manage')) throw new AppException('forbidden');
      if (context.group.status === 'archived') throw new AppException('group_archived');
      if (member.role === 'coordinator') await this.requireAnotherCoordinator(em, groupId);
      await em.delete(GroupMemberEntity, { id: memberId });
      await recordGroupEvent(em, {
        groupId,
        kind: leaving ? 'member_left' : 'member_removed',
        actorId: me.id,
        subject: member.person.name,
      });
    });
  }

  /**
   * A coordinator may step back or leave only while another one stays. The coordinators' rows are locked, so
   * two coordinators stepping back at once cannot leave the group without one.
   */
  private async requireAnotherCoordinator(em: EntityManager, groupId: string): Promise<void> {
    const coordinators = await em.find(GroupMemberEntity, {
      select: { id: true },
      where: { groupId, role: 'coordinator' },
      lock: { mode: 'pessimistic_write' },
    });
    if (coordinators.length <= 1) throw new AppException('group_last_coordinator');
  }

  async addPartnerOrganization(me: Me, groupId: string, input: AddPartnerOrganization): Promise<WorkingGroupDetail> {
    await this.access.require(me, groupId, 'manage');
    const organization = await this.db.getRepository(OrganizationEntity).findOneBy({ id: input.organizationId });
    if (!organization) throw invalidField('organizationId', 'No existe esa organización.', 'No such organization.');
    await this.db.transaction(async (em) => {
      try {
        await em.insert(GroupPartnerOrganizationEntity, { groupId, organizationId: organization.id });
      } catch (error) {
        throw isUniqueViolation(error, PARTNER_ORGANIZATION_KEY)
          ? new AppException('group_partner_organization_added', { name: organization.name })
          : error;
      }
      await recordGroupEvent(em, { groupId, kind: 'partner_organization_added', actorId: me.id, subject: organization.name });
    });
    return this.get(me, groupId);
  }

  /** Join-request messages and answers are between the person and the coordinators: others see the event without its text. */
  async activity(me: Me, groupId: string, query: PageQuery): Promise<Page<GroupEvent>> {
    const context = await this.access.context(me, groupId);
    const seesPrivateText = this.access.roleGrants(context, 'manage');
    const qb = this.db
      .getRepository(GroupEventEntity)
      .createQueryBuilder('event')
      .leftJoinAndSelect('event.actor', 'actor')
      .leftJoinAndSelect('actor.organization', 'org')
      .where('event.group_id = :groupId', { groupId })
      .orderBy('event.created_at', 'DESC')
      .addOrderBy('event.id', 'DESC');
    return paginate(qb, query, (event) => {
      const shown = toGroupEvent(event);
      return seesPrivateText || !PRIVATE_TEXT_KINDS.has(event.kind) ? shown : { ...shown, detail: null, answer: null };
    });
  }

  private async getMember(groupId: string, memberId: string): Promise<GroupMember> {
    const member = await this.membersQuery(groupId, {}).andWhere('member.id = :memberId', { memberId }).getOneOrFail();
    return toGroupMember(member);
  }

  private membersQuery(groupId: string, filters: Omit<GroupMemberQuery, 'page' | 'pageSize'>) {
    const qb = this.db
      .getRepository(GroupMemberEntity)
      .createQueryBuilder('member')
      .innerJoinAndSelect('member.person', 'person')
      .leftJoinAndSelect('person.organization', 'org')
      .where('member.group_id = :groupId', { groupId });
    // Coordinators first, then members, then partners; by name within each.
    qb.orderBy(`array_position(ARRAY['coordinator','member','partner']::varchar[], member.role)`, 'ASC')
      .addOrderBy(inSpanishOrder('person.name'), 'ASC')
      .addOrderBy('member.id', 'ASC');
    if (filters.role) qb.andWhere('member.role = :role', { role: filters.role });
    whereTextMatches(qb, ['person.name', 'org.name', 'org.short_name'], filters.q);
    return qb;
  }

  /** Coordinators and members must be serving members of the group's commission; outsiders join as partners. */
  private async requireCommissioners(em: EntityManager, commissionId: string, personIds: string[]): Promise<void> {
    const today = commissionDay(this.clock.now());
    const serving = await em
      .getRepository(CommissionMemberEntity)
      .createQueryBuilder('member')
      .where('member.commission_id = :commissionId AND member.person_id IN (:...personIds)', { commissionId, personIds })
      .andWhere('(member.since IS NULL OR member.since <= :today) AND (member.until IS NULL OR member.until >= :today)', { today })
      .getCount();
    if (serving !== personIds.length) throw new AppException('group_not_commissioner');
  }

  private async findCommission(id: string): Promise<CommissionEntity> {
    const commission = await this.db.getRepository(CommissionEntity).findOneBy({ id });
    if (!commission) throw notFound('una comisión', 'commission');
    return commission;
  }

  private async counts(groupIds: string[]): Promise<Map<string, GroupCounts>> {
    const counts = new Map<string, GroupCounts>(
      groupIds.map((id) => [id, { members: 0, partners: 0, partnerOrganizations: 0, deliverables: 0, coordinators: [] }]),
    );
    if (groupIds.length === 0) return counts;
    const members = await this.db.getRepository(GroupMemberEntity).find({
      where: { groupId: In(groupIds) },
      relations: { person: { organization: true } },
      order: { createdAt: 'ASC' },
    });
    for (const member of members) {
      const entry = counts.get(member.groupId) as GroupCounts;
      if (member.role === 'partner') entry.partners++;
      else entry.members++;
      if (member.role === 'coordinator') entry.coordinators.push(toPersonRef(member.person));
    }
    const deliverables = await groupDeliverables().countsByGroup(this.db.manager, groupIds);
    for (const [groupId, count] of deliverables) (counts.get(groupId) as GroupCounts).deliverables = count;
    const organizations = await this.db.getRepository(GroupPartnerOrganizationEntity).find({ where: { groupId: In(groupIds) } });
    for (const partner of organizations) (counts.get(partner.groupId) as GroupCounts).partnerOrganizations++;
    return counts;
  }

  private toGroup(group: WorkingGroupEntity, counts: GroupCounts | undefined): WorkingGroup {
    return {
      id: group.id,
      commissionId: group.commissionId,
      name: group.name,
      purpose: group.purpose,
      status: group.status,
      coordinators: counts?.coordinators ?? [],
      memberCount: counts?.members ?? 0,
      partnerCount: counts?.partners ?? 0,
      partnerOrganizationCount: counts?.partnerOrganizations ?? 0,
      deliverableCount: counts?.deliverables ?? 0,
      createdAt: group.createdAt.toISOString(),
    };
  }
}
