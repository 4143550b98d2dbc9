import { CreateJoinRequest, DecideJoinRequest, JoinRequest, JoinRequestQuery, Me, Page } from '@cocrea/contracts';
import { commissionDay } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { CommissionAudit } from '../audit';
import { paginate } from '../common/pagination';
import { AppException, notFound } from '../common/problem';
import { isUniqueViolation } from '../common/unique-violation';
import { Notices } from '../notifications';
import { PersonEntity } from '../people/person.entity';
import { GroupAccess } from './group-access.service';
import { recordGroupEvent } from './group-events';
import { toJoinRequest } from './group.mapper';
import { GroupMemberEntity } from './group-member.entity';
import { JoinRequestEntity } from './join-request.entity';
import { WorkingGroupEntity } from './working-group.entity';

@Injectable()
export class JoinRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: GroupAccess,
    private readonly notices: Notices,
    private readonly audit: CommissionAudit,
    private readonly clock: Clock,
  ) {}

  /** Coordinators see every request; anyone else only their own. */
  async list(me: Me, groupId: string, query: JoinRequestQuery): Promise<Page<JoinRequest>> {
    const { abilities } = await this.access.context(me, groupId);
    const qb = this.query()
      .where('request.group_id = :groupId', { groupId })
      .orderBy('request.requested_on', 'DESC')
      .addOrderBy('request.created_at', 'DESC');
    if (!abilities.manage) qb.andWhere('request.person_id = :personId', { personId: me.id });
    if (query.status) qb.andWhere('request.status = :status', { status: query.status });
    return paginate(qb, query, toJoinRequest);
  }

  /** A voting commissioner outside the group asks to join; a second pending request is a 409. */
  async create(me: Me, groupId: string, input: CreateJoinRequest): Promise<JoinRequest> {
    const { actor } = await this.access.context(me, groupId);
    if (actor.groupRole !== null) throw new AppException('group_already_member');
    await this.access.require(me, groupId, 'requestToJoin');
    const id = await this.db.transaction(async (em) => {
      let request: JoinRequestEntity;
      try {
        request = await em.save(
          em.create(JoinRequestEntity, {
            groupId,
            personId: me.id,
            message: input.message || null,
            channel: 'platform',
            requestedOn: commissionDay(this.clock.now()),
          }),
        );
      } catch (error) {
        throw isUniqueViolation(error, 'group_join_requests_one_pending_key') ? new AppException('group_join_pending') : error;
      }
      await recordGroupEvent(em, { groupId, kind: 'join_requested', actorId: me.id, subject: me.name, detail: request.message });
      return request.id;
    });
    return this.get(groupId, id);
  }

  async accept(me: Me, groupId: string, requestId: string, input: DecideJoinRequest): Promise<JoinRequest> {
    return this.decide(me, groupId, requestId, 'accepted', input);
  }

  async decline(me: Me, groupId: string, requestId: string, input: DecideJoinRequest): Promise<JoinRequest> {
    return this.decide(me, groupId, requestId, 'declined', input);
  }

  private async decide(
    me: Me,
    groupId: string,
    requestId: string,
    status: 'accepted' | 'declined',
    input: DecideJoinRequest,
  ): Promise<JoinRequest> {
    await this.access.require(me, groupId, 'manage');
    const tell = await this.db.transaction(async (em) => {
      // Locked: two coordinators answering at once get one answer and one 409, as on a real PostgreSQL.
      const request = await em.findOne(JoinRequestEntity, { where: { id: requestId, groupId }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw notFound('una solicitud de integración', 'join request');
      if (request.status !== 'pending') throw new AppException('join_request_decided');
      await em.update(
        JoinRequestEntity,
        { id: requestId },
        { status, decidedById: me.id, decidedAt: this.clock.now(), reason: input.reason || null },
      );
      if (status === 'accepted') {
        await em
          .createQueryBuilder()
          .insert()
          .into(GroupMemberEntity)
          .values({
            groupId,
            personId: request.personId,
            role: 'member',
            channel: request.channel,
            joinedOn: commissionDay(this.clock.now()),
          })
          .orIgnore()
          .execute();
      }
      const person = await em.findOneByOrFail(PersonEntity, { id: request.personId });
      await recordGroupEvent(em, {
        groupId,
        kind: status === 'accepted' ? 'join_accepted' : 'join_declined',
        actorId: me.id,
        subject: person.name,
        answer: { decision: status, reason: input.reason || null },
      });
      const group = await em.findOneByOrFail(WorkingGroupEntity, { id: groupId });
      await this.audit.record(em, {
        actorPersonId: me.id,
        kind: status === 'accepted' ? 'join_request_accepted' : 'join_request_declined',
        subject: { type: 'group', id: groupId, label: group.name },
        changes: { member: { before: null, after: person.name }, reason: { before: null, after: input.reason || null } },
      });
      return this.notices.joinRequestAnswered(em, group, request, { accepted: status === 'accepted', reason: input.reason || null });
    });
    await tell();
    return this.get(groupId, requestId);
  }

  private query() {
    return this.db
      .getRepository(JoinRequestEntity)
      .createQueryBuilder('request')
      .innerJoinAndSelect('request.person', 'person')
      .leftJoinAndSelect('person.organization', 'org')
      .leftJoinAndSelect('request.decidedBy', 'decider')
      .leftJoinAndSelect('decider.organization', 'deciderOrg');
  }

  private async get(groupId: string, id: string): Promise<JoinRequest> {
    return toJoinRequest(await this.query().where('request.id = :id AND request.group_id = :groupId', { id, groupId }).getOneOrFail());
  }
}
