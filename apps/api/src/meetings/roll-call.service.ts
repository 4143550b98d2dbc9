import { CreateRepresentation, Me, MeetingChange, MeetingState, MeetingTransition, RecordAttendance } from '@cocrea/contracts';
import { acceptsRollCall, checkAttendanceChange } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AttachmentsService } from '../attachments/attachments.service';
import { AppException, invalidField } from '../common/problem';
import { NotificationEntity } from '../notifications/notification.entity';
import { declaredAt } from './declared-at';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { AttendanceEntity } from './entities/attendance.entity';
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
  ) {}

  addRepresentation(me: Me, meetingId: string, input: CreateRepresentation): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
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

  /** One check-in: answered and published as the change of that member's row and the quorum. */
  recordAttendance(me: Me, meetingId: string, personId: string, input: RecordAttendance): Promise<MeetingChange> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      if (!acceptsRollCall(meeting.status))
        throw wrongStatus(
          meeting.status,
          'el pase de lista se toma con la sesión convocada o abierta',
          'the roll call is taken while the session is convened or open',
        );
      await this.meetings.requireMember(em, meeting, personId, null);
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
              ? new Date()
              : input.arrivedAt
                ? new Date(input.arrivedAt)
                : null
            : null,
        recordedAt: new Date(),
      };
      if (current) await em.update(AttendanceEntity, { id: current.id }, row);
      else await em.insert(AttendanceEntity, row);
      return { attendance: [row] };
    });
  }

  open(me: Me, meetingId: string, input: MeetingTransition = {}): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.preside);
      const q = quorumOf(await loadMeetingRecord(em, meeting, this.files));
      if (meeting.status === 'convened' && !q.reached) {
        throw new AppException('no_quorum', { present: String(q.present), required: String(q.required) });
      }
      this.meetings.move(meeting, 'open', q.reached);
      meeting.openedAt = declaredAt(input, null);
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
      const now = declaredAt(input, await this.meetings.lastRecordedAt(em, meeting));
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
}
