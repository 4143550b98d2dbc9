import {
  AgendaItemInput,
  CancelMeeting,
  CreateMeeting,
  Me,
  MeetingCallSuggestion,
  MeetingQuery,
  MeetingState,
  MeetingSummary,
  MeetingTransition,
  Page,
  UpdateMeeting,
} from '@cocrea/contracts';
import { commissionDay, isActiveOn, readsAsMinutesApproval } from '@cocrea/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AttachmentsService } from '../attachments';
import { Clock } from '../common/clock';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { paginate } from '../common/pagination';
import { invalidField, notFound } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import { NotificationEntity } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { meetingCalendarFile, meetingCallMail } from './meeting-call-mail';
import { MeetingEntity } from './entities/meeting.entity';
import { actorIn, conflict, requireThat, wrongStatus } from './meeting-access';
import { toMeetingSummary } from './meeting.mapper';
import { meetingNotFound, MeetingsService, requireEntry } from './meetings.service';

/** Ends with one full stop, even when the text already ends in "a.m." or "p.m.". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
const pastDate = () =>
  invalidField(
    'scheduledAt',
    'La fecha de la sesión ya pasó: elija una fecha y hora futuras, o registre una sesión ya celebrada con «pastRecord» (modo de registro posterior, con las horas declaradas).',
    'The session date has already passed: choose a future date and time, or record a session already held with "pastRecord" (the past-record mode, with declared times).',
  );

/** Listing a commission's sessions and calling one: the draft, the suggested minutes to approve, the call itself. */
@Injectable()
export class MeetingCallService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly meetings: MeetingsService,
    private readonly notifications: NotificationsService,
    private readonly files: AttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(me: Me, commissionId: string, query: MeetingQuery): Promise<Page<MeetingSummary>> {
    if (!(await this.db.getRepository(CommissionEntity).existsBy({ id: commissionId }))) throw notFound('una comisión', 'commission');
    const seated = me.platformRole === 'admin' || me.commissions.some((c) => c.commissionId === commissionId);
    const qb = this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('meeting')
      .where('meeting.commission_id = :commissionId', { commissionId })
      .orderBy('meeting.scheduled_at', 'DESC')
      .addOrderBy('meeting.id', 'ASC');
    if (!seated) {
      // Without a seat, a person sees only the sessions they attend as someone's representative (the ones they may enter).
      qb.andWhere(
        `(EXISTS (SELECT 1 FROM attendances a WHERE a.meeting_id = meeting.id AND a.representative_person_id = :me)
          OR EXISTS (SELECT 1 FROM representations r WHERE r.meeting_id = meeting.id AND r.representative_person_id = :me))`,
        { me: me.id },
      );
    }
    if (query.status) qb.andWhere('meeting.status = :status', { status: query.status });
    if (query.q) qb.andWhere('meeting.title ILIKE :q', { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    return paginate(qb, query, toMeetingSummary);
  }

  /** The minutes a new call should put to approval ("lectura y aprobación del acta"). */
  async callSuggestion(commissionId: string): Promise<MeetingCallSuggestion> {
    if (!(await this.db.getRepository(CommissionEntity).existsBy({ id: commissionId }))) throw notFound('una comisión', 'commission');
    const pending = await this.meetings.pendingMinutes(this.db.manager, commissionId, null);
    return {
      pendingMinutes: pending ? { meetingId: pending.id, title: pending.title, scheduledAt: pending.scheduledAt.toISOString() } : null,
    };
  }

  async create(me: Me, commissionId: string, input: CreateMeeting): Promise<MeetingState> {
    if (!(await this.db.getRepository(CommissionEntity).existsBy({ id: commissionId }))) throw notFound('una comisión', 'commission');
    if (input.kind === 'working') {
      // Working meetings belong to working groups, which this commission-level route does not create.
      throw invalidField(
        'kind',
        'Las reuniones de trabajo se convocan desde su grupo de trabajo.',
        'Working meetings are called from their working group.',
      );
    }
    if (!input.pastRecord && new Date(input.scheduledAt) < this.clock.now()) throw pastDate();
    const id = await this.db.transaction(async (em) => {
      await this.files.requireAll(input.documentIds ?? [], em);
      await requireMinutesToApprove(em, commissionId, input.agenda);
      const meeting = await em.save(
        em.create(MeetingEntity, {
          commissionId,
          title: input.title,
          kind: input.kind,
          scheduledAt: new Date(input.scheduledAt),
          place: input.place ?? null,
          videoUrl: input.videoUrl ?? null,
          documentIds: [...new Set(input.documentIds ?? [])],
        }),
      );
      // The item that approves minutes names whose: the one the call gives, else the previous session still pending.
      const pending = input.agenda.some((i) => !i.approvesMinutesOf && readsAsMinutesApproval(i.title))
        ? await this.meetings.pendingMinutes(em, commissionId, meeting)
        : null;
      await em.insert(
        AgendaItemEntity,
        input.agenda.map((item, index) => agendaRow(meeting.id, item, index, pending?.id ?? null)),
      );
      return meeting.id;
    });
    return this.meetings.state(me, id);
  }

  /** `input.at` declares when a past call was issued (recording an earlier session); otherwise the call goes out now. */
  convene(me: Me, meetingId: string, input: MeetingTransition = {}): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor, afterCommit) => {
      requireThat(actor.manage);
      this.meetings.move(meeting, 'convene', false);
      const issuedAt = input.at ? new Date(input.at) : this.clock.now();
      if (issuedAt > this.clock.now()) throw invalidField('at', 'No puede ser una hora futura.', 'Must not be in the future.');
      if (meeting.scheduledAt < issuedAt) throw pastDate();
      meeting.convenedAt = issuedAt;
      const documents = await this.files.requireAll(meeting.documentIds, em);
      const sendMail = await this.notifications.notify(em, await membersCalled(em, meeting), {
        kind: 'meeting_convened',
        title: `Convocatoria: ${meeting.title}`,
        body: sentence(`Se le convoca a la ${meeting.title}, ${whereAndWhen(meeting)}`),
        link: `/sessions/${meeting.id}`,
        mail: meetingCallMail(meeting, this.config.appUrl, documents),
        attachments: [meetingCalendarFile(meeting, `${this.config.appUrl}/sessions/${meeting.id}`)],
      });
      afterCommit.push(sendMail);
    });
  }

  /** Corrects a draft call; an issued one too, and then every member is told what changed. */
  update(me: Me, meetingId: string, input: UpdateMeeting): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor, afterCommit) => {
      requireThat(actor.manage);
      if (meeting.status !== 'draft' && meeting.status !== 'convened')
        throw wrongStatus(
          meeting.status,
          'solo se corrige una convocatoria antes de abrir la sesión',
          'a call is only corrected before the session opens',
        );
      const changed: string[] = [];
      if (input.title !== undefined && input.title !== meeting.title) {
        meeting.title = input.title;
        changed.push('el título');
      }
      if (input.scheduledAt !== undefined && new Date(input.scheduledAt).getTime() !== meeting.scheduledAt.getTime()) {
        // A draft may transcribe a past session; an issued call only moves forward.
        if (meeting.status === 'convened' && new Date(input.scheduledAt) < this.clock.now()) throw pastDate();
        meeting.scheduledAt = new Date(input.scheduledAt);
        changed.push('la fecha y hora');
      }
      if (input.place !== undefined && input.place !== meeting.place) {
        meeting.place = input.place;
        changed.push('el lugar');
      }
      if (input.videoUrl !== undefined && input.videoUrl !== meeting.videoUrl) {
        meeting.videoUrl = input.videoUrl;
        changed.push('el enlace');
      }
      if (input.documentIds !== undefined) {
        await this.files.requireAll(input.documentIds, em);
        meeting.documentIds = [...new Set(input.documentIds)];
        changed.push('los documentos');
      }
      if (input.agenda !== undefined) {
        await requireMinutesToApprove(em, meeting.commissionId, input.agenda);
        await replaceAgenda(em, meeting.id, input.agenda);
        changed.push('el Orden del Día');
      }
      if (meeting.status !== 'convened' || changed.length === 0) return;
      const sendMail = await this.notifications.notify(em, await membersCalled(em, meeting), {
        kind: 'meeting_call_changed',
        title: `Cambio en la convocatoria: ${meeting.title}`,
        body: sentence(`Se corrigió ${changed.join(', ')} de la convocatoria. La sesión queda ${whereAndWhen(meeting)}`),
        link: `/sessions/${meeting.id}`,
      });
      afterCommit.push(sendMail);
    });
  }

  /** Withdraws a draft call: nobody was told of it, so nothing remains. An issued call is cancelled instead. */
  async withdraw(me: Me, meetingId: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const meeting = await em.findOne(MeetingEntity, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      if (!meeting) throw meetingNotFound();
      const actor = await actorIn(em, me, meeting);
      requireEntry(actor);
      requireThat(actor.manage);
      if (meeting.status !== 'draft')
        throw wrongStatus(
          meeting.status,
          'solo se retira una convocatoria en borrador; una emitida se cancela',
          'only a draft call is withdrawn; an issued one is cancelled',
        );
      const [{ linked }] = (await em.query(
        `SELECT (EXISTS (SELECT 1 FROM documents WHERE meeting_id = $1) OR EXISTS (SELECT 1 FROM document_proposals WHERE meeting_id = $1)) AS linked`,
        [meeting.id],
      )) as Array<{ linked: boolean }>;
      if (linked)
        throw conflict(
          'call_conflict',
          'Hay documentos o propuestas vinculados a este borrador: desvincúlelos antes de retirarlo.',
          'Documents or proposals are linked to this draft: unlink them before withdrawing it.',
        );
      await em.delete(MeetingEntity, { id: meeting.id });
    });
  }

  /** Cancels an issued call with a reason that every member receives. */
  cancel(me: Me, meetingId: string, input: CancelMeeting): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor, afterCommit) => {
      requireThat(actor.manage);
      if (meeting.status !== 'convened')
        throw wrongStatus(
          meeting.status,
          'solo se cancela una convocatoria emitida antes de abrir la sesión',
          'only an issued call is cancelled, before the session opens',
        );
      meeting.status = 'cancelled';
      meeting.cancelledAt = this.clock.now();
      meeting.cancellationReason = input.reason;
      meeting.selfCheckInOpen = false;
      // The call's notice no longer asks anyone to attend.
      await em.update(
        NotificationEntity,
        { link: `/sessions/${meeting.id}`, kind: 'meeting_convened', readAt: IsNull() },
        { readAt: this.clock.now() },
      );
      const sendMail = await this.notifications.notify(em, await membersCalled(em, meeting), {
        kind: 'meeting_cancelled',
        title: `Cancelación: ${meeting.title}`,
        body: sentence(`Se cancela la ${meeting.title}, convocada para ${whereAndWhen(meeting)}. Motivo: ${input.reason}`),
        link: `/sessions/${meeting.id}`,
      });
      afterCommit.push(sendMail);
    });
  }
}

/** The members a call goes to: those of the commission on the session's day. */
async function membersCalled(em: EntityManager, meeting: MeetingEntity): Promise<string[]> {
  const day = commissionDay(meeting.scheduledAt);
  const members = await em.findBy(CommissionMemberEntity, { commissionId: meeting.commissionId });
  return members.filter((m) => isActiveOn(m, day)).map((m) => m.personId);
}

/** "el 15 de febrero de 2021, 11:00, en …" as every notice about a call says it. */
function whereAndWhen(meeting: MeetingEntity): string {
  const when = new Intl.DateTimeFormat('es-MX', { timeZone: 'America/Mexico_City', dateStyle: 'long', timeStyle: 'short' }).format(
    meeting.scheduledAt,
  );
  return `el ${when}${meeting.place ? `, en ${meeting.place}` : ''}${meeting.videoUrl ? ` (${meeting.videoUrl})` : ''}`;
}

/** An item that approves minutes names a closed session of the same commission. */
async function requireMinutesToApprove(em: EntityManager, commissionId: string, agenda: AgendaItemInput[]): Promise<void> {
  for (const [index, item] of agenda.entries()) {
    if (!item.approvesMinutesOf) continue;
    const target = await em.findOneBy(MeetingEntity, { id: item.approvesMinutesOf, commissionId, status: 'closed' });
    if (!target)
      throw invalidField(
        `agenda.${index}.approvesMinutesOf`,
        'No es una sesión clausurada de esta comisión.',
        'Not a closed session of this commission.',
      );
  }
}

function agendaRow(meetingId: string, item: AgendaItemInput, index: number, pendingMinutesOf: string | null = null) {
  return {
    meetingId,
    position: index + 1,
    title: item.title,
    kind: item.kind,
    presenter: item.presenter ?? null,
    minutesAllotted: item.minutesAllotted ?? null,
    approvesMinutesOfId: item.approvesMinutesOf ?? (readsAsMinutesApproval(item.title) ? pendingMinutesOf : null),
  };
}

/** The corrected agenda: items keep their id by position (letters and polls may name them), extra ones go. */
async function replaceAgenda(em: EntityManager, meetingId: string, agenda: AgendaItemInput[]): Promise<void> {
  const current = await em.find(AgendaItemEntity, { where: { meetingId }, order: { position: 'ASC' } });
  for (const [index, item] of agenda.entries()) {
    const row = agendaRow(meetingId, item, index);
    const existing = current[index];
    if (existing) await em.update(AgendaItemEntity, { id: existing.id }, row);
    else await em.insert(AgendaItemEntity, row);
  }
  const extra = current.slice(agenda.length).map((i) => i.id);
  if (extra.length) await em.delete(AgendaItemEntity, { id: In(extra) });
}
