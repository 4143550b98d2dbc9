import {
  CreateMeeting,
  Me,
  MeetingCallSuggestion,
  MeetingQuery,
  MeetingState,
  MeetingSummary,
  MeetingTransition,
  Page,
} from '@cocrea/contracts';
import { commissionDay, isActiveOn } from '@cocrea/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttachmentsService } from '../attachments/attachments.service';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { paginate } from '../common/pagination';
import { invalidField, notFound } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import { NotificationsService } from '../notifications/notifications.service';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { meetingCalendarFile, meetingCallMail } from './meeting-call-mail';
import { MeetingEntity } from './entities/meeting.entity';
import { requireThat } from './meeting-access';
import { toMeetingSummary } from './meeting.mapper';
import { MeetingsService } from './meetings.service';

/** Ends with one full stop, even when the text already ends in "a.m." or "p.m.". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
const pastDate = () =>
  invalidField(
    'scheduledAt',
    'La fecha de la sesión ya pasó: elija una fecha y hora futuras.',
    'The session date has already passed: choose a future date and time.',
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
    return this.meetings.state(me, id);
  }

  /** `input.at` declares when a past call was issued (recording an earlier session); otherwise the call goes out now. */
  convene(me: Me, meetingId: string, input: MeetingTransition = {}): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor, afterCommit) => {
      requireThat(actor.manage);
      this.meetings.move(meeting, 'convene', false);
      const issuedAt = input.at ? new Date(input.at) : new Date();
      if (issuedAt > new Date()) throw invalidField('at', 'No puede ser una hora futura.', 'Must not be in the future.');
      if (meeting.scheduledAt < issuedAt) throw pastDate();
      meeting.convenedAt = issuedAt;
      const day = commissionDay(meeting.scheduledAt);
      const members = (await em.findBy(CommissionMemberEntity, { commissionId: meeting.commissionId })).filter((m) => isActiveOn(m, day));
      const when = new Intl.DateTimeFormat('es-MX', { timeZone: 'America/Mexico_City', dateStyle: 'long', timeStyle: 'short' }).format(
        meeting.scheduledAt,
      );
      const documents = await this.files.requireAll(meeting.documentIds, em);
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
          mail: meetingCallMail(meeting, this.config.appUrl, documents),
          attachments: [meetingCalendarFile(meeting, `${this.config.appUrl}/sessions/${meeting.id}`)],
        },
      );
      afterCommit.push(sendMail);
    });
  }
}
