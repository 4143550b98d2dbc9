import {
  CreateRepresentation,
  Me,
  MeetingChange,
  MeetingState,
  MeetingTransition,
  RecordAttendance,
  RecordAttendanceBatch,
  SelfCheckIn,
} from '@cocrea/contracts';
import { acceptsRollCall, checkAttendanceChange } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { AttachmentsService } from '../attachments';
import { Clock } from '../common/clock';
import { AppException, invalidField } from '../common/problem';
import { Notices } from '../notifications';
import { NotificationEntity } from '../notifications/notification.entity';
import { CheckInBatches } from './check-in-batches';
import { declaredAt } from './declared-at';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { AttendanceEntity } from './entities/attendance.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { RepresentationEntity } from './entities/representation.entity';
import { SpeakerEntryEntity } from './entities/speaker-entry.entity';
import { conflict, requireThat, wrongStatus } from './meeting-access';
import { loadMeetingRecord, quorumOf } from './meeting-state';
import { MeetingsService } from './meetings.service';

/** Who is there and for whom (roll call and proxies), and the opening and closing that depend on it. */
@Injectable()
export class RollCallService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly files: AttachmentsService,
    private readonly notices: Notices,
    private readonly checkIns: CheckInBatches,
    private readonly clock: Clock,
  ) {}

  addRepresentation(me: Me, meetingId: string, input: CreateRepresentation): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor, afterCommit) => {
      requireThat(actor.manage);
      if (meeting.status === 'closed')
        throw wrongStatus(meeting.status, 'ya no se registran representaciones', 'representations are no longer recorded');
      await this.meetings.requireMember(em, meeting, input.memberPersonId, 'memberPersonId');
      if (input.representativePersonId) await this.meetings.requirePerson(em, input.representativePersonId, 'representativePersonId');
      if (input.representativePersonId === input.memberPersonId) {
        throw invalidField('representativePersonId', 'Nadie puede representarse a sí mismo.', 'Nobody can stand in for themselves.');
      }
      if (input.validFrom && input.validUntil && input.validUntil < input.validFrom) {
        throw invalidField('validUntil', 'No puede ser anterior al inicio de la vigencia.', 'Must not precede the start of validity.');
      }
      if (input.agendaItemIds) await this.meetings.requireItems(em, meeting, input.agendaItemIds, 'agendaItemIds');
      if (input.letterAttachmentId) await this.files.requireAll([input.letterAttachmentId], em);
      if (acceptsRollCall(meeting.status)) await this.representedByLetter(em, meeting, input);
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
      afterCommit.push(await this.notices.representationRecorded(em, meeting, input));
    });
  }

  /**
   * One check-in: answered and published as the change of the room that carries it (with the other check-ins of its
   * batch, see CheckInBatches), the rows and the quorum. What the batch cannot decide runs as the locked command.
   */
  recordAttendance(me: Me, meetingId: string, personId: string, input: RecordAttendance): Promise<MeetingChange> {
    const locked = () =>
      this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
        requireThat(actor.manage);
        this.requireRollCall(meeting);
        return { attendance: [await this.writeAttendance(em, meeting, personId, input, null)] };
      });
    return this.checkIns.submit(meetingId, { me, personId, input, locked });
  }

  /**
   * Several exceptions at once ("todos presentes", then the absent ones named together): one command, one change
   * of the room with every row, all or none of them recorded.
   */
  recordAttendanceBatch(me: Me, meetingId: string, input: RecordAttendanceBatch): Promise<MeetingChange> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      this.requireRollCall(meeting);
      const rows = [];
      for (const [index, entry] of input.entries.entries())
        rows.push(await this.writeAttendance(em, meeting, entry.personId, { status: entry.status }, `entries.${index}.personId`));
      return { attendance: rows };
    });
  }

  /**
   * Checks one member's new roll-call status against their current one and writes it; the row as recorded. An unknown
   * member is a 404 of the route's own path, or an invalid `field` of a batch.
   */
  private async writeAttendance(
    em: EntityManager,
    meeting: MeetingEntity,
    personId: string,
    input: RecordAttendance,
    field: string | null,
  ) {
    await this.meetings.requireMember(em, meeting, personId, field);
    const current = await em.findOneBy(AttendanceEntity, { meetingId: meeting.id, personId });
    let representativeName = input.representativeName ?? null;
    if (input.representativePersonId) {
      const representative = await this.meetings.requirePerson(em, input.representativePersonId, 'representativePersonId');
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
        input.status === 'late'
          ? input.arrivedAt === undefined
            ? this.clock.now()
            : input.arrivedAt
              ? new Date(input.arrivedAt)
              : null
          : null,
      recordedAt: this.clock.now(),
    };
    if (current) await em.update(AttendanceEntity, { id: current.id }, row);
    else await em.insert(AttendanceEntity, row);
    return row;
  }

  /** "Todos presentes": every member without a status yet is present; the exceptions are then marked one by one. */
  markAllPresent(me: Me, meetingId: string): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      this.requireRollCall(meeting);
      const record = await loadMeetingRecord(em, meeting, this.files);
      const recorded = new Set(record.attendance.map((a) => a.personId));
      const unmarked = record.members.filter((m) => !recorded.has(m.personId));
      if (unmarked.length === 0) return;
      const recordedAt = this.clock.now();
      await em.insert(
        AttendanceEntity,
        unmarked.map((m) => ({ meetingId: meeting.id, personId: m.personId, status: 'present' as const, recordedAt })),
      );
    });
  }

  /** The chair opens (or closes) the members' own check-in. */
  setSelfCheckIn(me: Me, meetingId: string, input: SelfCheckIn): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (_em, meeting, actor) => {
      requireThat(actor.manage);
      if (input.open) this.requireRollCall(meeting);
      meeting.selfCheckInOpen = input.open;
    });
  }

  /** A member marks themself present while the check-in is open: present before the opening, late after it. */
  checkIn(me: Me, meetingId: string): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.grant !== undefined);
      this.requireRollCall(meeting);
      if (!meeting.selfCheckInOpen)
        throw conflict('attendance_conflict', 'El registro de asistencia propio no está abierto.', 'Self check-in is not open.');
      await this.meetings.requireMember(em, meeting, me.id, null);
      const current = await em.findOneBy(AttendanceEntity, { meetingId: meeting.id, personId: me.id });
      if (current?.status === 'present' || current?.status === 'late') return;
      const status = meeting.status === 'open' ? 'late' : 'present';
      if (current?.status === 'represented')
        throw conflict(
          'attendance_conflict',
          'Está registrado como representado: pida a la secretaría que corrija su asistencia.',
          'You are recorded as represented: ask the secretary to correct your attendance.',
        );
      const row = { status, arrivedAt: status === 'late' ? this.clock.now() : null, recordedAt: this.clock.now() } as const;
      if (current) await em.update(AttendanceEntity, { id: current.id }, row);
      else await em.insert(AttendanceEntity, { meetingId: meeting.id, personId: me.id, ...row });
    });
  }

  /**
   * A representation entered once: recording a letter fills the member's roll-call row as represented by that
   * person, unless the member is there in person (then the letter waits for the items it covers).
   */
  private async representedByLetter(em: EntityManager, meeting: MeetingEntity, input: CreateRepresentation): Promise<void> {
    const current = await em.findOneBy(AttendanceEntity, { meetingId: meeting.id, personId: input.memberPersonId });
    if (current?.status === 'present' || current?.status === 'late') return;
    const row = {
      status: 'represented' as const,
      representativePersonId: input.representativePersonId ?? null,
      representativeName: input.representativeName,
      arrivedAt: null,
      recordedAt: this.clock.now(),
    };
    if (current) await em.update(AttendanceEntity, { id: current.id }, row);
    else await em.insert(AttendanceEntity, { meetingId: meeting.id, personId: input.memberPersonId, ...row });
  }

  private requireRollCall(meeting: MeetingEntity): void {
    if (!acceptsRollCall(meeting.status))
      throw wrongStatus(
        meeting.status,
        'el pase de lista se toma con la sesión convocada o abierta',
        'the roll call is taken while the session is convened or open',
      );
  }

  open(me: Me, meetingId: string, input: MeetingTransition = {}): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.preside);
      const q = quorumOf(await loadMeetingRecord(em, meeting, this.files));
      if (meeting.status === 'convened' && !q.reached) {
        throw new AppException('no_quorum', { present: String(q.present), required: String(q.required) });
      }
      this.meetings.move(meeting, 'open', q.reached);
      meeting.openedAt = declaredAt(input, null, this.clock.now());
      // The quorum the chair declares; the minutes state it, whoever arrives later.
      meeting.openingQuorum = { votingMembers: q.votingMembers, present: q.present, represented: q.represented, required: q.required };
      const first = await em.findOne(AgendaItemEntity, { where: { meetingId: meeting.id }, order: { position: 'ASC' } });
      meeting.currentItemId = first?.id ?? null;
    });
  }

  close(me: Me, meetingId: string, input: MeetingTransition = {}): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.preside);
      this.meetings.move(meeting, 'close', false);
      meeting.selfCheckInOpen = false;
      const now = declaredAt(input, await this.meetings.lastRecordedAt(em, meeting), this.clock.now());
      meeting.closedAt = now;
      meeting.currentItemId = null;
      await em.update(SpeakerEntryEntity, { meetingId: meeting.id, status: 'speaking' }, { status: 'done', endedAt: now });
      await em.update(SpeakerEntryEntity, { meetingId: meeting.id, status: 'waiting' }, { status: 'withdrawn' });
      await this.meetings.closed(em, meeting);
      // The call's notice asked people to attend, a poll's to vote, a letter's to stand in: once the session is over
      // none of them waits for anyone.
      await em.update(
        NotificationEntity,
        { link: `/sessions/${meeting.id}`, kind: In(['meeting_convened', 'poll_opened', 'representation_recorded']), readAt: IsNull() },
        { readAt: this.clock.now() },
      );
    });
  }
}
