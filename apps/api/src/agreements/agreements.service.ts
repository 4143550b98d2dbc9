import {
  ActivityKind,
  AddAgreementNote,
  AddAgreementNoteSchema,
  Agreement,
  AgreementDetail,
  AgreementQuery,
  CorrectAgreement,
  Me,
  Page,
  UpdateAgreement,
} from '@cocrea/contracts';
import { can, commissionDay, mayMoveAgreement } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { changedFields, CommissionAudit } from '../audit';
import { AttachmentsService } from '../attachments';
import { AppException, invalidField, notFound } from '../common/problem';
import { paginate, whereTextMatches } from '../common/pagination';
import { CommissionEntity } from '../commissions/commission.entity';
import { DecisionEntity } from '../meetings/entities/decision.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { meetingNotFound } from '../meetings';
import { Notices } from '../notifications';
import { PersonEntity } from '../people/person.entity';
import { historyOf } from './agreement-history';
import { toAgreement, withAssignee, withOutcomePoll } from './agreement.mapper';
import { AgreementNoteEntity } from './entities/agreement-note.entity';
import { AgreementRevisionEntity } from './entities/agreement-revision.entity';
import { AgreementEntity } from './entities/agreement.entity';

const agreementNotFound = () => notFound('un acuerdo', 'agreement');

/** What the audit trail keeps of an agreement's follow-up (the assignee by name). */
const AUDITED_FIELDS = ['text', 'responsible', 'assignee', 'dueOn', 'status'] as const;

/** What the trail compares: the row, with the assignee as the name people read. */
const audited = (a: AgreementEntity) => ({ ...a, assignee: a.assignee?.name ?? null });

/** The follow-up of agreements: the board, each agreement's notes and evidence, and the previous session's list. */
@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: AttachmentsService,
    private readonly audit: CommissionAudit,
    private readonly notices: Notices,
    private readonly clock: Clock,
  ) {}

  /** The follow-up board: overdue first, then by due date, then by number. */
  async list(commissionId: string, query: AgreementQuery): Promise<Page<Agreement>> {
    if (!(await this.db.manager.existsBy(CommissionEntity, { id: commissionId }))) throw notFound('una comisión', 'commission');
    const today = commissionDay(this.clock.now());
    const qb = withAssignee(
      withOutcomePoll(this.db.manager.createQueryBuilder(AgreementEntity, 'a').innerJoinAndSelect('a.meeting', 'm')),
    ).where('a.commission_id = :commissionId', { commissionId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.meetingId) qb.andWhere('a.meeting_id = :meetingId', { meetingId: query.meetingId });
    const overdueSql = `(a.status <> 'attended' AND a.due_on IS NOT NULL AND a.due_on < :today)`;
    if (query.overdue === 'true') qb.andWhere(overdueSql, { today });
    if (query.overdue === 'false') qb.andWhere(`NOT ${overdueSql}`, { today });
    whereTextMatches(qb, ['a.text', 'a.number', 'a.responsible'], query.q);
    qb.addSelect(`CASE WHEN ${overdueSql} THEN 0 ELSE 1 END`, 'overdue_rank')
      .setParameter('today', today)
      .orderBy('overdue_rank', 'ASC')
      .addOrderBy('a.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('m.scheduled_at', 'DESC')
      .addOrderBy('a.sequence', 'ASC');
    return paginate(qb, query, (a) => toAgreement(a, today));
  }

  /** What a person answers for: the agreements assigned to them and not yet attended, overdue first, then by due date. */
  async assignedTo(personId: string, limit: number): Promise<Agreement[]> {
    const today = commissionDay(this.clock.now());
    const rows = await withAssignee(
      withOutcomePoll(this.db.manager.createQueryBuilder(AgreementEntity, 'a').innerJoinAndSelect('a.meeting', 'm')),
    )
      .where(`a.assignee_person_id = :personId AND a.status <> 'attended'`, { personId })
      .orderBy('a.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('a.number', 'ASC')
      .take(limit)
      .getMany();
    return rows.map((a) => toAgreement(a, today));
  }

  async get(id: string): Promise<AgreementDetail> {
    const agreement = await this.db.manager.findOne(AgreementEntity, {
      where: { id },
      relations: { meeting: true, decision: { poll: true }, assignee: true },
    });
    if (!agreement) throw agreementNotFound();
    return this.detail(this.db.manager, agreement);
  }

  /** The agreements of a session, in their numbered order. */
  async ofMeeting(meetingId: string): Promise<Agreement[]> {
    if (!(await this.db.manager.existsBy(MeetingEntity, { id: meetingId }))) throw meetingNotFound();
    const rows = await this.db.manager.find(AgreementEntity, {
      where: { meetingId },
      relations: { meeting: true, decision: { poll: true }, assignee: true },
      order: { sequence: 'ASC' },
    });
    return rows.map((a) => toAgreement(a, commissionDay(this.clock.now())));
  }

  /** For "Revisión de acuerdos de la sesión anterior y su seguimiento": the agreements of the session held immediately before. */
  async ofPreviousMeeting(meetingId: string): Promise<Agreement[]> {
    const meeting = await this.db.manager.findOneBy(MeetingEntity, { id: meetingId });
    if (!meeting) throw meetingNotFound();
    const previous = await this.db.manager
      .createQueryBuilder(MeetingEntity, 'm')
      .where('m.commission_id = :commissionId AND m.scheduled_at < :at AND m.id <> :id', {
        commissionId: meeting.commissionId,
        at: meeting.scheduledAt,
        id: meeting.id,
      })
      // The session immediately before (never a draft that did not take place), even when it adopted nothing.
      .andWhere(`m.status <> 'draft'`)
      .orderBy('m.scheduled_at', 'DESC')
      .limit(1)
      .getOne();
    return previous ? this.ofMeeting(previous.id) : [];
  }

  /** The follow-up's fields; naming a new assignee tells them (`agreement_assigned`) once the change commits. */
  async update(me: Me, id: string, input: UpdateAgreement): Promise<AgreementDetail> {
    let tellAssignee: () => Promise<void> = async () => undefined;
    const detail = await this.change(me, id, 'agreement_updated', async (em, agreement) => {
      // The adopted text is the record: it changes only by an explicit correction (see `correct`).
      if (input.text !== undefined && input.text !== agreement.text) throw new AppException('agreement_text_adopted');
      if (input.responsible !== undefined) agreement.responsible = input.responsible || null;
      if (input.dueOn !== undefined) agreement.dueOn = input.dueOn;
      if (input.assigneePersonId !== undefined && input.assigneePersonId !== agreement.assigneePersonId) {
        agreement.assignee = input.assigneePersonId ? await assignable(em, input.assigneePersonId) : null;
        agreement.assigneePersonId = input.assigneePersonId;
        if (agreement.assignee) tellAssignee = await this.notices.agreementAssigned(em, agreement, agreement.assignee.id);
      }
      await em.save(agreement);
    });
    await tellAssignee();
    return detail;
  }

  /** Corrects the adopted text: the text before and after, the reason, who and when go into its history. */
  correct(me: Me, id: string, input: CorrectAgreement): Promise<AgreementDetail> {
    return this.change(me, id, 'agreement_corrected', async (em, agreement) => {
      if (input.text === agreement.text)
        throw invalidField('text', 'El texto corregido es igual al vigente.', 'The corrected text is the same as the current one.');
      await em.insert(AgreementRevisionEntity, {
        agreementId: agreement.id,
        kind: 'correction',
        textBefore: agreement.text,
        textAfter: input.text,
        reason: input.reason,
        byPersonId: me.id,
      });
      agreement.text = input.text;
      await em.save(agreement);
    });
  }

  /** A dated note, with evidence; with `status` it also moves the follow-up (409 for a move the rules forbid). */
  addNote(me: Me, id: string, body: AddAgreementNote): Promise<AgreementDetail> {
    const input = AddAgreementNoteSchema.parse(body);
    return this.change(me, id, 'agreement_note_added', async (em, agreement) => {
      const statusTo = input.status && input.status !== agreement.status ? input.status : null;
      if (statusTo && !mayMoveAgreement(agreement.status, statusTo)) throw new AppException('conflict');
      if (input.attachmentIds.length) await this.files.requireAll(input.attachmentIds, em);
      await em.insert(AgreementNoteEntity, {
        agreementId: agreement.id,
        authorPersonId: me.id,
        body: input.body,
        statusFrom: agreement.status,
        statusTo,
        attachmentIds: input.attachmentIds,
      });
      if (statusTo) {
        agreement.status = statusTo;
        await em.save(agreement);
      }
    });
  }

  /**
   * Chair and secretary of the agreement's commission keep the follow-up (checked here, against the agreement's
   * commission); each change is recorded in the commission's audit trail as `kind`, with the fields it moved.
   */
  private async change(
    me: Me,
    id: string,
    kind: ActivityKind,
    work: (em: EntityManager, agreement: AgreementEntity) => Promise<void>,
  ): Promise<AgreementDetail> {
    return this.db.transaction(async (em) => {
      const agreement = await em.findOne(AgreementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!agreement) throw agreementNotFound();
      if (!can(me, 'meetings.manage', agreement.commissionId)) throw new AppException('forbidden');
      agreement.assignee = agreement.assigneePersonId ? await em.findOneBy(PersonEntity, { id: agreement.assigneePersonId }) : null;
      const before = audited(agreement);
      await work(em, agreement);
      const changes = changedFields(before, audited(agreement), AUDITED_FIELDS);
      if (kind === 'agreement_note_added' || Object.keys(changes).length) {
        await this.audit.record(em, {
          actorPersonId: me.id,
          kind,
          subject: { type: 'agreement', id: agreement.id, label: agreement.number },
          changes,
        });
      }
      agreement.meeting = await em.findOneByOrFail(MeetingEntity, { id: agreement.meetingId });
      agreement.decision = agreement.decisionId
        ? await em.findOne(DecisionEntity, { where: { id: agreement.decisionId }, relations: { poll: true } })
        : null;
      return this.detail(em, agreement);
    });
  }

  private async detail(em: EntityManager, agreement: AgreementEntity): Promise<AgreementDetail> {
    const notes = await em.find(AgreementNoteEntity, {
      where: { agreementId: agreement.id },
      relations: { author: true },
      order: { createdAt: 'ASC' },
    });
    const attachments = new Map(
      (
        await this.files.summaries(
          notes.flatMap((n) => n.attachmentIds),
          em,
        )
      ).map((f) => [f.id, f]),
    );
    return {
      ...toAgreement(agreement, commissionDay(this.clock.now())),
      ...(await historyOf(em, agreement)),
      notes: notes.map((n) => ({
        id: n.id,
        authorName: n.author.name,
        body: n.body,
        statusFrom: n.statusFrom,
        statusTo: n.statusTo,
        attachments: n.attachmentIds.flatMap((fid) => attachments.get(fid) ?? []),
        createdAt: n.createdAt.toISOString(),
      })),
    };
  }
}

/** An agreement is assigned to a person who still takes part (any signed-in person may read agreements). */
async function assignable(em: EntityManager, personId: string): Promise<PersonEntity> {
  const person = await em.findOneBy(PersonEntity, { id: personId });
  if (!person || person.deactivatedAt)
    throw invalidField('assigneePersonId', 'Elija a una persona activa del directorio.', 'Choose a person who is active in the directory.');
  return person;
}
