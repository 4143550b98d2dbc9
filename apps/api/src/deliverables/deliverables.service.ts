import {
  ChangeDeliverableStatus,
  CreateDeliverable,
  Deliverable,
  DeliverableQuery,
  DeliverableStatus,
  DeliverableSummary,
  InputStatus,
  Me,
  Page,
  ReviewInput,
  ReviseInput,
  SubmitInput,
  UpdateDeliverable,
} from '@cocrea/contracts';
import { acceptsInputs, canChangeDeliverableStatus, canReviewInput, canReviseInput, commissionDay } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AttachmentsService } from '../attachments';
import { Clock } from '../common/clock';
import { paginate } from '../common/pagination';
import { AppException, invalidField, notFound } from '../common/problem';
import { GroupAccess, recordGroupEvent, toPersonRef } from '../groups';
import { Notices } from '../notifications';
import { PersonEntity } from '../people/person.entity';
import { DeliverableInputEntity } from './deliverable-input.entity';
import { DeliverableStatusChangeEntity } from './deliverable-status-change.entity';
import { toDeliverableInput, toDeliverableSummary, toStatusChange } from './deliverable.mapper';
import { DeliverableEntity } from './deliverable.entity';

/** How statuses read inside the bilingual 409 message. */
const STATUS_NAMES: Record<DeliverableStatus, { es: string; en: string }> = {
  planned: { es: 'planeado', en: 'planned' },
  in_progress: { es: 'en elaboración', en: 'in progress' },
  in_review: { es: 'en revisión', en: 'in review' },
  delivered: { es: 'entregado', en: 'delivered' },
  cancelled: { es: 'cancelado', en: 'cancelled' },
};

@Injectable()
export class DeliverablesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: GroupAccess,
    private readonly attachments: AttachmentsService,
    private readonly notices: Notices,
    private readonly clock: Clock,
  ) {}

  async list(me: Me, groupId: string, query: DeliverableQuery): Promise<Page<DeliverableSummary>> {
    await this.access.context(me, groupId);
    const qb = this.summaryQuery().where('deliverable.group_id = :groupId', { groupId });
    if (query.status) qb.andWhere('deliverable.status = :status', { status: query.status });
    const page = await paginate(qb, query, (d) => d);
    const inputs = await this.inputStatuses(page.items.map((d) => d.id));
    return { ...page, items: page.items.map((d) => toDeliverableSummary(d, inputs.get(d.id) ?? [], commissionDay(this.clock.now()))) };
  }

  async exportRows(me: Me, groupId: string): Promise<DeliverableSummary[]> {
    await this.access.context(me, groupId);
    const rows = await this.summaryQuery().where('deliverable.group_id = :groupId', { groupId }).getMany();
    const inputs = await this.inputStatuses(rows.map((d) => d.id));
    return rows.map((d) => toDeliverableSummary(d, inputs.get(d.id) ?? [], commissionDay(this.clock.now())));
  }

  async create(me: Me, groupId: string, input: CreateDeliverable): Promise<Deliverable> {
    const { group } = await this.access.require(me, groupId, 'manage');
    const id = await this.db.transaction(async (em) => {
      await this.checkReferences(em, me, input, []);
      const saved = await em.save(
        em.create(DeliverableEntity, {
          groupId,
          title: input.title,
          kind: input.kind,
          description: input.description || null,
          ownerId: input.ownerId ?? null,
          contributorIds: [...new Set(input.contributorIds ?? [])],
          attachmentIds: [...new Set(input.attachmentIds ?? [])],
          dueOn: input.dueOn ?? null,
        }),
      );
      await em.insert(DeliverableStatusChangeEntity, {
        deliverableId: saved.id,
        fromStatus: null,
        toStatus: 'planned',
        changedById: me.id,
      });
      await recordGroupEvent(em, { groupId: group.id, kind: 'deliverable_created', actorId: me.id, subject: saved.title });
      return saved.id;
    });
    return this.get(me, id);
  }

  async get(me: Me, id: string): Promise<Deliverable> {
    const deliverable = await this.summaryQuery().where('deliverable.id = :id', { id }).getOne();
    if (!deliverable) throw notFound('un producto', 'deliverable');
    const { group, abilities } = await this.access.context(me, deliverable.groupId);
    const inputs = await this.db.getRepository(DeliverableInputEntity).find({
      where: { deliverableId: id },
      relations: { author: { organization: true }, organization: true, reviewedBy: { organization: true } },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const history = await this.db.getRepository(DeliverableStatusChangeEntity).find({
      where: { deliverableId: id },
      relations: { changedBy: { organization: true } },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const contributors = deliverable.contributorIds.length
      ? await this.db.getRepository(PersonEntity).find({ where: { id: In(deliverable.contributorIds) }, relations: { organization: true } })
      : [];
    const files = await this.attachments.summaries([...deliverable.attachmentIds, ...inputs.flatMap((i) => i.attachmentIds)]);
    const byId = new Map(files.map((f) => [f.id, f]));
    const filesOf = (ids: string[]) => ids.flatMap((fileId) => byId.get(fileId) ?? []);
    return {
      ...toDeliverableSummary(
        deliverable,
        inputs.map((i) => i.status),
        commissionDay(this.clock.now()),
      ),
      groupName: group.name,
      description: deliverable.description,
      contributors: contributors.map(toPersonRef).sort((a, b) => a.name.localeCompare(b.name, 'es')),
      attachments: filesOf(deliverable.attachmentIds),
      inputs: inputs.map((i) => toDeliverableInput(i, filesOf(i.attachmentIds))),
      history: history.map(toStatusChange),
      abilities: {
        manage: abilities.manage,
        submitInput: abilities.submitInput && acceptsInputs(deliverable.status),
      },
    };
  }

  async update(me: Me, id: string, changes: UpdateDeliverable): Promise<Deliverable> {
    const deliverable = await this.find(id);
    await this.access.require(me, deliverable.groupId, 'manage');
    await this.db.transaction(async (em) => {
      await this.checkReferences(em, me, changes, deliverable.attachmentIds);
      const { contributorIds, attachmentIds, description, ...rest } = changes;
      await em.update(
        DeliverableEntity,
        { id },
        {
          ...rest,
          ...(description !== undefined ? { description: description || null } : {}),
          ...(contributorIds ? { contributorIds: [...new Set(contributorIds)] } : {}),
          ...(attachmentIds ? { attachmentIds: [...new Set(attachmentIds)] } : {}),
        },
      );
      await recordGroupEvent(em, {
        groupId: deliverable.groupId,
        kind: 'deliverable_updated',
        actorId: me.id,
        subject: changes.title ?? deliverable.title,
      });
    });
    return this.get(me, id);
  }

  /** Moves the deliverable along its status machine (libs/domain); any other move is a 409 that names both statuses. */
  async changeStatus(me: Me, id: string, input: ChangeDeliverableStatus): Promise<Deliverable> {
    const { groupId } = await this.find(id);
    await this.access.require(me, groupId, 'manage');
    await this.db.transaction(async (em) => {
      // Locked: two moves at once are applied one after the other, and the second is checked against the first.
      const deliverable = await em.findOneOrFail(DeliverableEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!canChangeDeliverableStatus(deliverable.status, input.status)) {
        const from = STATUS_NAMES[deliverable.status];
        const to = STATUS_NAMES[input.status];
        throw new AppException('deliverable_invalid_transition', {
          'from.es': from.es,
          'from.en': from.en,
          'to.es': to.es,
          'to.en': to.en,
        });
      }
      await em.update(DeliverableEntity, { id }, { status: input.status });
      await em.insert(DeliverableStatusChangeEntity, {
        deliverableId: id,
        fromStatus: deliverable.status,
        toStatus: input.status,
        note: input.note || null,
        changedById: me.id,
      });
      await recordGroupEvent(em, {
        groupId,
        kind: 'deliverable_status_changed',
        actorId: me.id,
        subject: deliverable.title,
        detail: `${deliverable.status} → ${input.status}`,
      });
    });
    return this.get(me, id);
  }

  /** Members and partners contribute; the input keeps the organization its author had when submitting it. */
  async submitInput(me: Me, id: string, input: SubmitInput): Promise<Deliverable> {
    const { groupId } = await this.find(id);
    await this.access.require(me, groupId, 'submitInput');
    await this.db.transaction(async (em) => {
      const deliverable = await em.findOneByOrFail(DeliverableEntity, { id });
      if (!acceptsInputs(deliverable.status)) throw new AppException('deliverable_closed');
      const attachmentIds = [...new Set(input.attachmentIds ?? [])];
      await this.attachments.requireOwn(attachmentIds, me.id, em);
      await em.insert(DeliverableInputEntity, {
        deliverableId: id,
        title: input.title,
        body: input.body,
        authorId: me.id,
        organizationId: me.organization?.id ?? null,
        attachmentIds,
      });
      await recordGroupEvent(em, { groupId, kind: 'input_submitted', actorId: me.id, subject: input.title, detail: deliverable.title });
    });
    return this.get(me, id);
  }

  /**
   * The author revises their input (after "needs changes", or before any answer): it waits for an answer again.
   * The previous answer stays in the group's activity, so the trace of why it changed is kept.
   */
  async reviseInput(me: Me, id: string, inputId: string, changes: ReviseInput): Promise<Deliverable> {
    const { groupId } = await this.find(id);
    await this.access.require(me, groupId, 'submitInput');
    await this.db.transaction(async (em) => {
      const input = await em.findOneBy(DeliverableInputEntity, { id: inputId, deliverableId: id });
      if (!input) throw notFound('un insumo', 'input');
      if (input.authorId !== me.id) throw new AppException('forbidden');
      const deliverable = await em.findOneByOrFail(DeliverableEntity, { id });
      if (!acceptsInputs(deliverable.status)) throw new AppException('deliverable_closed');
      if (!canReviseInput(input.status)) throw new AppException('input_already_reviewed');
      const attachmentIds = changes.attachmentIds ? [...new Set(changes.attachmentIds)] : undefined;
      const added = (attachmentIds ?? []).filter((fileId) => !input.attachmentIds.includes(fileId));
      await this.attachments.requireOwn(added, me.id, em);
      await em.update(
        DeliverableInputEntity,
        { id: inputId },
        {
          ...(changes.title ? { title: changes.title } : {}),
          ...(changes.body ? { body: changes.body } : {}),
          ...(attachmentIds ? { attachmentIds } : {}),
          status: 'pending',
          reason: null,
          reviewedById: null,
          reviewedAt: null,
        },
      );
      await recordGroupEvent(em, {
        groupId,
        kind: 'input_revised',
        actorId: me.id,
        subject: changes.title ?? input.title,
        answer: input.status === 'needs_changes' ? { decision: input.status, reason: input.reason } : null,
      });
    });
    return this.get(me, id);
  }

  /** A coordinator answers an input, always with a reason the submitter reads. */
  async reviewInput(me: Me, id: string, inputId: string, review: ReviewInput): Promise<Deliverable> {
    const { groupId } = await this.find(id);
    await this.access.require(me, groupId, 'manage');
    const tell = await this.db.transaction(async (em) => {
      // Locked: two answers at once leave one answer and one 409.
      const input = await em.findOne(DeliverableInputEntity, {
        where: { id: inputId, deliverableId: id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!input) throw notFound('un insumo', 'input');
      const deliverable = await em.findOneByOrFail(DeliverableEntity, { id });
      if (!acceptsInputs(deliverable.status)) throw new AppException('deliverable_closed');
      if (!canReviewInput(input.status)) throw new AppException('input_already_reviewed');
      await em.update(
        DeliverableInputEntity,
        { id: inputId },
        { status: review.decision, reason: review.reason, reviewedById: me.id, reviewedAt: this.clock.now() },
      );
      await recordGroupEvent(em, {
        groupId,
        kind: 'input_reviewed',
        actorId: me.id,
        subject: input.title,
        answer: { decision: review.decision, reason: review.reason },
      });
      return this.notices.inputAnswered(em, deliverable, input, review);
    });
    await tell();
    return this.get(me, id);
  }

  private async find(id: string): Promise<DeliverableEntity> {
    const deliverable = await this.db.getRepository(DeliverableEntity).findOneBy({ id });
    if (!deliverable) throw notFound('un producto', 'deliverable');
    return deliverable;
  }

  private summaryQuery() {
    return this.db
      .getRepository(DeliverableEntity)
      .createQueryBuilder('deliverable')
      .leftJoinAndSelect('deliverable.owner', 'owner')
      .leftJoinAndSelect('owner.organization', 'ownerOrg')
      .orderBy('deliverable.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('deliverable.created_at', 'ASC')
      .addOrderBy('deliverable.id', 'ASC');
  }

  private async inputStatuses(ids: string[]): Promise<Map<string, InputStatus[]>> {
    const map = new Map<string, InputStatus[]>();
    if (ids.length === 0) return map;
    const rows = await this.db
      .getRepository(DeliverableInputEntity)
      .find({ select: { deliverableId: true, status: true }, where: { deliverableId: In(ids) } });
    for (const row of rows) map.set(row.deliverableId, [...(map.get(row.deliverableId) ?? []), row.status]);
    return map;
  }

  /** `linked`: the files already on the deliverable, which may stay; new files must be the caller's own uploads. */
  private async checkReferences(em: EntityManager, me: Me, input: UpdateDeliverable, linked: string[]): Promise<void> {
    if (input.ownerId && !(await em.existsBy(PersonEntity, { id: input.ownerId }))) {
      throw invalidField('ownerId', 'No existe esa persona.', 'No such person.');
    }
    const contributors = [...new Set(input.contributorIds ?? [])];
    if (contributors.length && (await em.countBy(PersonEntity, { id: In(contributors) })) !== contributors.length) {
      throw invalidField('contributorIds', 'Alguna de esas personas no existe.', 'One of those people does not exist.');
    }
    const added = [...new Set(input.attachmentIds ?? [])].filter((fileId) => !linked.includes(fileId));
    await this.attachments.requireOwn(added, me.id, em);
  }
}
