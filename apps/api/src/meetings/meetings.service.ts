import {
  AddOtherBusiness,
  CreateMeeting,
  CreateRepresentation,
  DeclareRecusal,
  Me,
  MeetingCallSuggestion,
  MeetingMinutes,
  MeetingQuery,
  MeetingState,
  MeetingSummary,
  MeetingTransition,
  OrderSpeakers,
  Page,
  RecordAttendance,
  RecordDecision,
  SetCurrentItem,
  UpdateMinutes,
} from '@cocrea/contracts';
import {
  acceptsRollCall,
  canRequestFloor,
  checkAttendanceChange,
  checkShowOfHands,
  commissionDay,
  isActiveOn,
  isLive,
  isValidOrder,
  speakingLimitSeconds,
  transition,
} from '@cocrea/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { AttachmentsService } from '../attachments/attachments.service';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { paginate } from '../common/pagination';
import { AppException, invalidField, notFound } from '../common/problem';
import { isUniqueViolation } from '../common/unique-violation';
import { NotificationsService } from '../notifications/notifications.service';
import { NotificationEntity } from '../notifications/notification.entity';
import { PersonEntity } from '../people/person.entity';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { AttendanceEntity } from './entities/attendance.entity';
import { DecisionEntity } from './entities/decision.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { RecusalEntity } from './entities/recusal.entity';
import { RepresentationEntity } from './entities/representation.entity';
import { SpeakerEntryEntity } from './entities/speaker-entry.entity';
import { LiveRooms } from './live/live-rooms';
import { actorIn, conflict, MeetingActor, mayAddOtherBusiness, mayEnter, mayTakePart, requireThat, wrongStatus } from './meeting-access';
import { draftMinutesOf } from './meeting-minutes';
import { loadMeetingRecord, quorumOf, toMeetingState } from './meeting-state';
import { toMeetingSummary } from './meeting.mapper';

/** Side effects to run once the command's transaction has committed (mail). */
type AfterCommit = Array<() => Promise<void>>;
type Work = (em: EntityManager, meeting: MeetingEntity, actor: MeetingActor, afterCommit: AfterCommit) => Promise<void>;

/** Ends with one full stop, even when the text already ends in "a.m." or "p.m.". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
const pastDate = () =>
  invalidField(
    'scheduledAt',
    'La fecha de la sesión ya pasó: elija una fecha y hora futuras.',
    'The session date has already passed: choose a future date and time.',
  );
const meetingNotFound = () => notFound('una sesión', 'session');

@Injectable()
export class MeetingsService {
  private readonly logger = new Logger(MeetingsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly live: LiveRooms,
    private readonly files: AttachmentsService,
  ) {}

  // ---- reading ----------------------------------------------------------------------------

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

  /** 404 for an unknown session, 403 unless the caller may enter its room. */
  async requireEntry(me: Me, meetingId: string): Promise<void> {
    requireEntry(await actorIn(this.db.manager, me, await this.find(this.db.manager, meetingId)));
  }

  /** The full state, for a caller allowed in the room (REST and the live join share it). */
  async state(me: Me, meetingId: string): Promise<MeetingState> {
    const meeting = await this.find(this.db.manager, meetingId);
    requireEntry(await actorIn(this.db.manager, me, meeting));
    return toMeetingState(await loadMeetingRecord(this.db.manager, meeting, this.files));
  }

  async minutes(me: Me, meetingId: string): Promise<MeetingMinutes> {
    const meeting = await this.db.manager.findOne(MeetingEntity, { where: { id: meetingId }, relations: { minutesApprovedIn: true } });
    if (!meeting) throw meetingNotFound();
    requireEntry(await actorIn(this.db.manager, me, meeting));
    const approvedIn = meeting.minutesApprovedIn
      ? { meetingId: meeting.minutesApprovedIn.id, title: meeting.minutesApprovedIn.title }
      : null;
    if (meeting.minutesMarkdown !== null) {
      return {
        meetingId,
        markdown: meeting.minutesMarkdown,
        edited: true,
        updatedAt: meeting.minutesUpdatedAt?.toISOString() ?? null,
        approvedIn,
        version: meeting.version,
      };
    }
    const { markdown } = draftMinutesOf(await loadMeetingRecord(this.db.manager, meeting, this.files));
    return { meetingId, markdown, edited: false, updatedAt: null, approvedIn, version: meeting.version };
  }

  /** The minutes a new call should put to approval ("lectura y aprobación del acta"). */
  async callSuggestion(commissionId: string): Promise<MeetingCallSuggestion> {
    if (!(await this.db.getRepository(CommissionEntity).existsBy({ id: commissionId }))) throw notFound('una comisión', 'commission');
    const pending = await this.pendingMinutes(this.db.manager, commissionId, null);
    return {
      pendingMinutes: pending ? { meetingId: pending.id, title: pending.title, scheduledAt: pending.scheduledAt.toISOString() } : null,
    };
  }

  // ---- the call -----------------------------------------------------------------------------

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
    if (!input.pastRecord && new Date(input.scheduledAt) < new Date()) throw pastDate();
    const id = await this.db.transaction(async (em) => {
      await this.files.requireAll(input.documentIds ?? [], em);
      for (const [index, item] of input.agenda.entries()) {
        if (!item.approvesMinutesOf) continue;
        const target = await em.findOneBy(MeetingEntity, { id: item.approvesMinutesOf, commissionId, status: 'closed' });
        if (!target)
          throw invalidField(
            `agenda.${index}.approvesMinutesOf`,
            'No es una sesión clausurada de esta comisión.',
            'Not a closed session of this commission.',
          );
      }
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
      await em.insert(
        AgendaItemEntity,
        input.agenda.map((item, index) => ({
          meetingId: meeting.id,
          position: index + 1,
          title: item.title,
          kind: item.kind,
          presenter: item.presenter ?? null,
          minutesAllotted: item.minutesAllotted ?? null,
          approvesMinutesOfId: item.approvesMinutesOf ?? null,
        })),
      );
      return meeting.id;
    });
    return this.state(me, id);
  }

  /** `input.at` declares when a past call was issued (recording an earlier session); otherwise the call goes out now. */
  convene(me: Me, meetingId: string, input: MeetingTransition = {}): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor, afterCommit) => {
      requireThat(actor.manage);
      this.move(meeting, 'convene', false);
      const issuedAt = input.at ? new Date(input.at) : new Date();
      if (issuedAt > new Date()) throw invalidField('at', 'No puede ser una hora futura.', 'Must not be in the future.');
      if (meeting.scheduledAt < issuedAt) throw pastDate();
      meeting.convenedAt = issuedAt;
      const day = commissionDay(meeting.scheduledAt);
      const members = (await em.findBy(CommissionMemberEntity, { commissionId: meeting.commissionId })).filter((m) => isActiveOn(m, day));
      const when = new Intl.DateTimeFormat('es-MX', { timeZone: 'America/Mexico_City', dateStyle: 'long', timeStyle: 'short' }).format(
        meeting.scheduledAt,
      );
      const sendMail = await this.notifications.notify(
        em,
        members.map((m) => m.personId),
        {
          kind: 'meeting_convened',
          title: `Convocatoria: ${meeting.title}`,
          body: sentence(
            `Se le convoca a la ${meeting.title}, el ${when}${meeting.place ? `, en ${meeting.place}` : ''}${meeting.videoUrl ? ` (${meeting.videoUrl})` : ''}`,
          ),
          link: `/sessions/${meeting.id}`,
        },
      );
      afterCommit.push(sendMail);
    });
  }

  // ---- roll call and proxies ----------------------------------------------------------------

  addRepresentation(me: Me, meetingId: string, input: CreateRepresentation): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      if (meeting.status === 'closed')
        throw wrongStatus(meeting.status, 'ya no se registran representaciones', 'representations are no longer recorded');
      await this.requireMember(em, meeting, input.memberPersonId, 'memberPersonId');
      if (input.representativePersonId) await this.requirePerson(em, input.representativePersonId, 'representativePersonId');
      if (input.representativePersonId === input.memberPersonId) {
        throw invalidField('representativePersonId', 'Nadie puede representarse a sí mismo.', 'Nobody can stand in for themselves.');
      }
      if (input.validFrom && input.validUntil && input.validUntil < input.validFrom) {
        throw invalidField('validUntil', 'No puede ser anterior al inicio de la vigencia.', 'Must not precede the start of validity.');
      }
      if (input.agendaItemIds) await this.requireItems(em, meeting, input.agendaItemIds, 'agendaItemIds');
      if (input.letterAttachmentId) await this.files.requireAll([input.letterAttachmentId], em);
      await em.insert(RepresentationEntity, {
        meetingId: meeting.id,
        memberPersonId: input.memberPersonId,
        representativePersonId: input.representativePersonId ?? null,
        representativeName: input.representativeName,
        letterAttachmentId: input.letterAttachmentId ?? null,
        validFrom: input.validFrom ? new Date(input.validFrom) : null,
        validUntil: input.validUntil ? new Date(input.validUntil) : null,
        agendaItemIds: input.agendaItemIds ?? null,
      });
    });
  }

  recordAttendance(me: Me, meetingId: string, personId: string, input: RecordAttendance): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      if (!acceptsRollCall(meeting.status))
        throw wrongStatus(
          meeting.status,
          'el pase de lista se toma con la sesión convocada o abierta',
          'the roll call is taken while the session is convened or open',
        );
      await this.requireMember(em, meeting, personId, null);
      const current = await em.findOneBy(AttendanceEntity, { meetingId: meeting.id, personId });
      let representativeName = input.representativeName ?? null;
      if (input.representativePersonId) {
        const representative = await this.requirePerson(em, input.representativePersonId, 'representativePersonId');
        representativeName ??= representative.name;
      }
      const check = checkAttendanceChange(current?.status, {
        status: input.status,
        personId,
        representativePersonId: input.representativePersonId,
        representativeName,
      });
      if (!check.ok) {
        const messages = {
          present_and_represented: [
            'Una persona no puede estar presente y representada a la vez: marca primero su ausencia y luego el nuevo estado.',
            'A person cannot be both present and represented: mark them absent first, then record the new status.',
          ],
          representative_missing: ['Indica quién la representa.', 'Say who stands in for them.'],
          self_representation: ['Nadie puede representarse a sí mismo.', 'Nobody can stand in for themselves.'],
        }[check.reason];
        throw conflict('attendance_conflict', messages[0], messages[1]);
      }
      const represented = input.status === 'represented';
      const row = {
        meetingId: meeting.id,
        personId,
        status: input.status,
        representativePersonId: represented ? (input.representativePersonId ?? null) : null,
        representativeName: represented ? representativeName : null,
        arrivedAt:
          input.status === 'late' ? (input.arrivedAt === undefined ? new Date() : input.arrivedAt && new Date(input.arrivedAt)) : null,
        recordedAt: new Date(),
      };
      if (current) await em.update(AttendanceEntity, { id: current.id }, row);
      else await em.insert(AttendanceEntity, row);
    });
  }

  // ---- opening and closing ------------------------------------------------------------------

  open(me: Me, meetingId: string, input: MeetingTransition = {}): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.preside);
      const q = quorumOf(await loadMeetingRecord(em, meeting, this.files));
      if (meeting.status === 'convened' && !q.reached) {
        throw new AppException('no_quorum', { present: String(q.present), required: String(q.required) });
      }
      this.move(meeting, 'open', q.reached);
      meeting.openedAt = declaredAt(input, null);
      // The quorum the chair declares; the minutes state it, whoever arrives later.
      meeting.openingQuorum = { votingMembers: q.votingMembers, present: q.present, represented: q.represented, required: q.required };
      const first = await em.findOne(AgendaItemEntity, { where: { meetingId: meeting.id }, order: { position: 'ASC' } });
      meeting.currentItemId = first?.id ?? null;
    });
  }

  close(me: Me, meetingId: string, input: MeetingTransition = {}): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.preside);
      this.move(meeting, 'close', false);
      const now = declaredAt(input, await this.lastRecordedAt(em, meeting));
      meeting.closedAt = now;
      meeting.currentItemId = null;
      await em.update(SpeakerEntryEntity, { meetingId: meeting.id, status: 'speaking' }, { status: 'done', endedAt: now });
      await em.update(SpeakerEntryEntity, { meetingId: meeting.id, status: 'waiting' }, { status: 'withdrawn' });
      // The call's notice asked people to attend; once the session is over it no longer waits for them.
      await em.update(
        NotificationEntity,
        { link: `/sessions/${meeting.id}`, kind: 'meeting_convened', readAt: IsNull() },
        { readAt: new Date() },
      );
    });
  }

  // ---- agenda and decisions -----------------------------------------------------------------

  /** `input` was parsed by the controller's DTO (defaults applied). */
  recordDecision(me: Me, meetingId: string, input: RecordDecision): Promise<MeetingState> {
    const parsed = { ...input, kind: input.kind ?? 'other' };
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      this.requireLive(meeting, 'las decisiones se registran con la sesión abierta', 'decisions are recorded while the session is open');
      await this.requireItems(em, meeting, [parsed.agendaItemId], 'agendaItemId');
      const record = await loadMeetingRecord(em, meeting, this.files);
      this.checkVote(parsed, quorumOf(record, parsed.agendaItemId).present);
      if (parsed.kind === 'minutes_approval' && parsed.outcome !== 'rejected') {
        const item = record.agenda.find((i) => i.id === parsed.agendaItemId) as AgendaItemEntity;
        await this.approveMinutes(em, meeting, item);
      }
      await em.insert(DecisionEntity, {
        meetingId: meeting.id,
        agendaItemId: parsed.agendaItemId,
        kind: parsed.kind,
        subject: parsed.subject,
        outcome: parsed.outcome,
        yes: parsed.yes ?? null,
        no: parsed.no ?? null,
        abstain: parsed.abstain ?? null,
        recordedAt: declaredAt(parsed, meeting.openedAt, 'decision'),
      });
    });
  }

  setCurrentItem(me: Me, meetingId: string, input: SetCurrentItem): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      this.requireLive(
        meeting,
        'solo se avanza en el Orden del Día con la sesión abierta',
        'the agenda only moves while the session is open',
      );
      await this.requireItems(em, meeting, [input.agendaItemId], 'agendaItemId');
      if (meeting.currentItemId !== input.agendaItemId) {
        // Requests for the floor belong to their item: moving on withdraws those still waiting (they stay on record).
        await em.update(SpeakerEntryEntity, { meetingId: meeting.id, status: 'waiting' }, { status: 'withdrawn' });
      }
      meeting.currentItemId = input.agendaItemId;
    });
  }

  addOtherBusiness(me: Me, meetingId: string, input: AddOtherBusiness): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(mayAddOtherBusiness(actor, meeting));
      this.requireLive(
        meeting,
        'los Asuntos Generales se inscriben con la sesión abierta',
        'any other business is added while the session is open',
      );
      if (await em.existsBy(DecisionEntity, { meetingId: meeting.id, kind: 'agenda_approval' })) {
        throw wrongStatus(
          meeting.status,
          'el Orden del Día ya fue aprobado y no admite nuevos Asuntos Generales',
          'the agenda is already approved and takes no more items of any other business',
        );
      }
      const items = await em.find(AgendaItemEntity, { where: { meetingId: meeting.id }, order: { position: 'ASC' } });
      const lastOpen = [...items].reverse().find((i) => i.kind === 'open');
      // After the last "Asuntos Generales" entry, or before the closing item when the call listed none.
      const position = lastOpen ? lastOpen.position + 1 : Math.max(1, items.length);
      await em
        .createQueryBuilder()
        .update(AgendaItemEntity)
        .set({ position: () => 'position + 1' })
        .where('meeting_id = :id AND position >= :position', { id: meeting.id, position })
        .execute();
      await em.insert(AgendaItemEntity, {
        meetingId: meeting.id,
        position,
        title: input.title,
        kind: 'open',
        addedByPersonId: actor.me.id,
      });
    });
  }

  declareRecusal(me: Me, meetingId: string, input: DeclareRecusal): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.grant?.votes === true);
      if (!acceptsRollCall(meeting.status))
        throw wrongStatus(
          meeting.status,
          'las excusas se declaran con la sesión convocada o abierta',
          'conflicts of interest are declared while the session is convened or open',
        );
      await this.requireItems(em, meeting, [input.agendaItemId], 'agendaItemId');
      try {
        await em.insert(RecusalEntity, {
          meetingId: meeting.id,
          agendaItemId: input.agendaItemId,
          personId: actor.me.id,
          reason: input.reason ?? null,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'recusals_item_person_key')) throw new AppException('conflict');
        throw error;
      }
      // Nobody keeps a place to speak on an item they stepped away from.
      await em.update(
        SpeakerEntryEntity,
        { agendaItemId: input.agendaItemId, personId: actor.me.id, status: 'waiting' },
        { status: 'withdrawn' },
      );
    });
  }

  // ---- the floor ----------------------------------------------------------------------------

  requestFloor(me: Me, meetingId: string): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.grant !== undefined || actor.representative);
      this.requireLive(meeting, 'solo se pide la palabra con la sesión abierta', 'the floor is only asked for while the session is open');
      requireThat(mayTakePart(actor, await loadMeetingRecord(em, meeting, this.files)));
      const item = meeting.currentItemId ? await em.findOneBy(AgendaItemEntity, { id: meeting.currentItemId }) : null;
      if (!item) throw conflict('floor_conflict', 'No hay un punto del Orden del Día en curso.', 'No agenda item is under way.');
      if (await em.existsBy(RecusalEntity, { agendaItemId: item.id, personId: me.id })) {
        throw conflict(
          'floor_conflict',
          'Te excusaste de este punto por conflicto de interés.',
          'You stepped away from this item for a conflict of interest.',
        );
      }
      const entries = await em.findBy(SpeakerEntryEntity, { meetingId: meeting.id });
      if (!canRequestFloor(entries, me.id, item.id)) {
        throw conflict(
          'floor_conflict',
          'Ya estás en la lista de oradores de este punto.',
          'You are already on the speakers’ list of this item.',
        );
      }
      const commission = await em.findOneByOrFail(CommissionEntity, { id: meeting.commissionId });
      const rules = commission.rules;
      const limitSeconds = speakingLimitSeconds(item.kind, item.minutesAllotted, {
        interventionMinutes: numberOr(rules['max_intervention_minutes_in_dialogue']),
        presentationMinutes: numberOr(rules['guest_presentation_minutes']),
      });
      const position = Math.max(0, ...entries.filter((e) => e.agendaItemId === item.id).map((e) => e.position)) + 1;
      await em.insert(SpeakerEntryEntity, {
        meetingId: meeting.id,
        agendaItemId: item.id,
        personId: me.id,
        position,
        limitSeconds,
        requestedAt: new Date(),
      });
    });
  }

  giveFloor(me: Me, meetingId: string, entryId: string): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      this.requireLive(meeting, 'no se puede dar la palabra', 'the floor cannot be given');
      const entry = await this.entry(em, meeting, entryId);
      if (entry.status !== 'waiting')
        throw conflict('floor_conflict', 'Esa solicitud ya no está en espera.', 'That request is no longer waiting.');
      if (entry.agendaItemId !== meeting.currentItemId)
        throw conflict('floor_conflict', 'Esa solicitud es de otro punto del Orden del Día.', 'That request is for another agenda item.');
      const now = new Date();
      await em.update(SpeakerEntryEntity, { meetingId: meeting.id, status: 'speaking' }, { status: 'done', endedAt: now });
      await em.update(SpeakerEntryEntity, { id: entry.id }, { status: 'speaking', startedAt: now });
    });
  }

  finishFloor(me: Me, meetingId: string, entryId: string): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      const entry = await this.entry(em, meeting, entryId);
      requireThat(actor.manage || entry.personId === me.id);
      if (entry.status !== 'speaking')
        throw conflict('floor_conflict', 'Esa persona no tiene la palabra.', 'That person does not have the floor.');
      await em.update(SpeakerEntryEntity, { id: entry.id }, { status: 'done', endedAt: new Date() });
    });
  }

  withdrawFromFloor(me: Me, meetingId: string, entryId: string): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      const entry = await this.entry(em, meeting, entryId);
      requireThat(actor.manage || entry.personId === me.id);
      if (entry.status !== 'waiting')
        throw conflict('floor_conflict', 'Esa solicitud ya no está en espera.', 'That request is no longer waiting.');
      await em.update(SpeakerEntryEntity, { id: entry.id }, { status: 'withdrawn' });
    });
  }

  orderSpeakers(me: Me, meetingId: string, input: OrderSpeakers): Promise<MeetingState> {
    return this.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      this.requireLive(meeting, 'la lista de oradores no se puede ordenar', 'the speakers’ list cannot be ordered');
      const waiting = await em.findBy(SpeakerEntryEntity, {
        meetingId: meeting.id,
        agendaItemId: meeting.currentItemId ?? undefined,
        status: 'waiting',
      });
      if (
        !isValidOrder(
          waiting.map((w) => w.id),
          input.entryIds,
        )
      ) {
        throw invalidField(
          'entryIds',
          'Debe nombrar cada solicitud en espera del punto en curso, una sola vez.',
          'Must name each waiting request of the current item, once.',
        );
      }
      for (const [index, id] of input.entryIds.entries()) await em.update(SpeakerEntryEntity, { id }, { position: index + 1 });
    });
  }

  // ---- minutes ------------------------------------------------------------------------------

  async updateMinutes(me: Me, meetingId: string, input: UpdateMinutes): Promise<MeetingMinutes> {
    await this.mutate(me, meetingId, async (_em, meeting, actor) => {
      requireThat(actor.manage);
      if (meeting.status !== 'closed')
        throw wrongStatus(
          meeting.status,
          'el acta se edita una vez clausurada la sesión',
          'the minutes are edited once the session is closed',
        );
      if (meeting.minutesApprovedInId)
        throw conflict('minutes_conflict', 'El acta ya fue aprobada y no se modifica.', 'The minutes are approved and no longer change.');
      if (input.version !== meeting.version)
        throw conflict(
          'minutes_conflict',
          'Alguien guardó el acta mientras la editabas: vuelve a cargarla y aplica tus cambios.',
          'Someone saved the minutes while you were editing: reload them and apply your changes again.',
        );
      meeting.minutesMarkdown = input.markdown;
      meeting.minutesUpdatedAt = new Date();
    });
    return this.minutes(me, meetingId);
  }

  // ---- plumbing -----------------------------------------------------------------------------

  /**
   * One command: locks the session row (commands on one session run one at a time), checks and
   * changes it, bumps its version, commits, then publishes the new state to its live room.
   */
  private async mutate(me: Me, meetingId: string, work: Work): Promise<MeetingState> {
    const afterCommit: AfterCommit = [];
    const record = await this.db.transaction(async (em) => {
      const meeting = await em.findOne(MeetingEntity, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      if (!meeting) throw meetingNotFound();
      const actor = await actorIn(em, me, meeting);
      requireEntry(actor);
      await work(em, meeting, actor, afterCommit);
      meeting.version += 1;
      await em.save(meeting);
      return loadMeetingRecord(em, meeting, this.files);
    });
    const state = toMeetingState(record);
    this.live.publishState(state);
    // The change is committed: nothing after this point may fail the request.
    for (const task of afterCommit) {
      await task().catch((error: unknown) => this.logger.error({ msg: 'after-commit task failed', meetingId, error: String(error) }));
    }
    return state;
  }

  private move(meeting: MeetingEntity, action: 'convene' | 'open' | 'close', quorumReached: boolean): void {
    const result = transition(meeting.status, action, quorumReached);
    if (!result.ok) {
      const what = {
        convene: ['solo se convoca una sesión en borrador', 'only a draft session can be convened'],
        open: ['solo se abre una sesión convocada', 'only a convened session can be opened'],
        close: ['solo se clausura una sesión abierta', 'only an open session can be closed'],
      }[action];
      throw wrongStatus(meeting.status, what[0], what[1]);
    }
    meeting.status = result.status;
  }

  /** Outcome and counts agree, and no more hands than voting rights present (minus those recused from the item). */
  private checkVote(vote: RecordDecision, votingRightsPresent: number): void {
    const check = checkShowOfHands(vote, votingRightsPresent);
    if (check.ok) return;
    switch (check.problem) {
      case 'counts_required':
        throw invalidField(
          'yes',
          'Una decisión por mayoría lleva los votos a favor y en contra.',
          'A majority decision needs the votes for and against.',
        );
      case 'majority_not_reached':
        throw invalidField(
          'yes',
          'Por mayoría, los votos a favor deben superar a los votos en contra.',
          'By majority, votes for must exceed votes against.',
        );
      case 'unanimous_with_votes_against':
        throw invalidField('no', 'Una decisión unánime no tiene votos en contra.', 'A unanimous decision has no votes against.');
      case 'rejected_with_majority':
        throw invalidField(
          'outcome',
          'Hay más votos a favor que en contra: no fue rechazada.',
          'There are more votes for than against: it was not rejected.',
        );
      case 'more_votes_than_rights':
        throw conflict(
          'decision_conflict',
          `Se registran más votos que los ${votingRightsPresent} derechos de voto presentes en este punto.`,
          `More votes are recorded than the ${votingRightsPresent} voting rights present on this item.`,
        );
    }
  }

  /**
   * "Lectura y aprobación del acta": approves the minutes the item names (from the call), or else the latest
   * earlier session still pending. Minutes are approved once: a second approval is a 409, not an older session's.
   */
  private async approveMinutes(em: EntityManager, meeting: MeetingEntity, item: AgendaItemEntity): Promise<void> {
    const alreadyApproved = () => conflict('minutes_conflict', 'Esa acta ya fue aprobada.', 'Those minutes are already approved.');
    if (item.approvesMinutesOfId) {
      const target = await em.findOneByOrFail(MeetingEntity, { id: item.approvesMinutesOfId });
      if (target.minutesApprovedInId) throw alreadyApproved();
      await em.update(MeetingEntity, { id: target.id }, { minutesApprovedInId: meeting.id });
      return;
    }
    if (await em.existsBy(MeetingEntity, { minutesApprovedInId: meeting.id })) throw alreadyApproved();
    const previous = await this.pendingMinutes(em, meeting.commissionId, meeting);
    if (previous) await em.update(MeetingEntity, { id: previous.id }, { minutesApprovedInId: meeting.id });
  }

  /** The latest moment on the session's record: a closing cannot be declared before it. */
  private async lastRecordedAt(em: EntityManager, meeting: MeetingEntity): Promise<Date | null> {
    const [intervention, decision] = await Promise.all([
      em.findOne(SpeakerEntryEntity, { where: { meetingId: meeting.id, startedAt: Not(IsNull()) }, order: { startedAt: 'DESC' } }),
      em.findOne(DecisionEntity, { where: { meetingId: meeting.id }, order: { recordedAt: 'DESC' } }),
    ]);
    const times = [meeting.openedAt, intervention?.startedAt, decision?.recordedAt].filter((d): d is Date => !!d);
    return times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null;
  }

  private requireLive(meeting: MeetingEntity, es: string, en: string): void {
    if (!isLive(meeting.status)) throw wrongStatus(meeting.status, es, en);
  }

  /** The latest closed session (before `before`, when given) whose minutes no session has approved yet. */
  private pendingMinutes(em: EntityManager, commissionId: string, before: MeetingEntity | null): Promise<MeetingEntity | null> {
    const qb = em
      .createQueryBuilder(MeetingEntity, 'm')
      .where('m.commission_id = :commissionId AND m.status = :closed AND m.minutes_approved_in_id IS NULL', {
        commissionId,
        closed: 'closed',
      })
      .orderBy('m.scheduled_at', 'DESC')
      .addOrderBy('m.created_at', 'DESC')
      .limit(1);
    if (before) qb.andWhere('m.scheduled_at < :at AND m.id <> :id', { at: before.scheduledAt, id: before.id });
    return qb.getOne();
  }

  private async find(em: EntityManager, id: string): Promise<MeetingEntity> {
    const meeting = await em.findOneBy(MeetingEntity, { id });
    if (!meeting) throw meetingNotFound();
    return meeting;
  }

  private async entry(em: EntityManager, meeting: MeetingEntity, entryId: string): Promise<SpeakerEntryEntity> {
    const entry = await em.findOneBy(SpeakerEntryEntity, { id: entryId, meetingId: meeting.id });
    if (!entry) throw notFound('una solicitud de la palabra', 'request for the floor');
    return entry;
  }

  /** A member of the session's commission on the session's day; a 404 for the roll call, a 400 inside a body. */
  private async requireMember(em: EntityManager, meeting: MeetingEntity, personId: string, field: string | null): Promise<void> {
    const membership = await em.findOneBy(CommissionMemberEntity, { commissionId: meeting.commissionId, personId });
    if (membership && isActiveOn(membership, commissionDay(meeting.scheduledAt))) return;
    if (field === null) throw notFound('un integrante de esta sesión', 'member of this session');
    throw invalidField(
      field,
      'No es integrante de la comisión en la fecha de la sesión.',
      'Not a member of the commission on the session’s date.',
    );
  }

  private async requirePerson(em: EntityManager, personId: string, field: string): Promise<PersonEntity> {
    const person = await em.findOneBy(PersonEntity, { id: personId });
    if (!person) throw invalidField(field, 'No existe esa persona.', 'No such person.');
    return person;
  }

  private async requireItems(em: EntityManager, meeting: MeetingEntity, ids: string[], field: string): Promise<void> {
    const found = await em.countBy(AgendaItemEntity, { meetingId: meeting.id, id: In(ids) });
    if (found !== new Set(ids).size)
      throw invalidField(field, 'No es un punto del Orden del Día de esta sesión.', 'Not an agenda item of this session.');
  }
}

function requireEntry(actor: MeetingActor): void {
  if (!mayEnter(actor)) throw new AppException('not_in_meeting');
}

const BEFORE_RECORD = {
  close: ['no se clausura antes de lo ya registrado', 'it cannot close before what is already on record'],
  decision: ['no se registra una decisión antes de la apertura', 'a decision cannot be recorded before the opening'],
} as const;

/**
 * The declared time of an opening, decision or closing: now, or a past time recorded afterwards. Never before
 * `notBefore` (the opening; for a closing also the last intervention and decision): 409, the record says otherwise.
 */
function declaredAt(input: { at?: string }, notBefore: Date | null, what: keyof typeof BEFORE_RECORD = 'close'): Date {
  if (!input.at) return new Date();
  const at = new Date(input.at);
  if (at.getTime() > Date.now()) throw invalidField('at', 'No puede ser una hora futura.', 'Must not be in the future.');
  if (notBefore && at < notBefore)
    throw new AppException('meeting_wrong_status', {
      'status.es': 'abierta',
      'status.en': 'open',
      'action.es': `${BEFORE_RECORD[what][0]} (${notBefore.toISOString()})`,
      'action.en': `${BEFORE_RECORD[what][1]} (${notBefore.toISOString()})`,
    });
  return at;
}

function numberOr(value: string | number | undefined): number | undefined {
  return typeof value === 'number' && value > 0 ? value : undefined;
}
