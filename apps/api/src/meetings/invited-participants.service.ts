import { AddInvitedParticipant, Me, MeetingState } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { notFound } from '../common/problem';
import { InvitedParticipantEntity } from './entities/invited-participant.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { conflict, requireThat, wrongStatus } from './meeting-access';
import { MeetingsService } from './meetings.service';

/**
 * Guests in the attendance (GovLab, the Red Nacional de CPC…): people who took part without being members, so the
 * minutes can list them. The secretary records them from the call until the minutes are approved.
 */
@Injectable()
export class InvitedParticipantsService {
  constructor(private readonly meetings: MeetingsService) {}

  add(me: Me, meetingId: string, input: AddInvitedParticipant): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      requireRecordable(meeting);
      await em.insert(InvitedParticipantEntity, {
        meetingId: meeting.id,
        name: input.name,
        organization: input.organization,
        role: input.role ?? null,
      });
    });
  }

  remove(me: Me, meetingId: string, participantId: string): Promise<MeetingState> {
    return this.meetings.mutate(me, meetingId, async (em, meeting, actor) => {
      requireThat(actor.manage);
      requireRecordable(meeting);
      const { affected } = await em.delete(InvitedParticipantEntity, { id: participantId, meetingId: meeting.id });
      if (!affected) throw notFound('un participante invitado', 'invited participant');
    });
  }
}

function requireRecordable(meeting: MeetingEntity): void {
  if (meeting.status === 'draft')
    throw wrongStatus(
      meeting.status,
      'los invitados se registran una vez emitida la convocatoria',
      'guests are recorded once the call is issued',
    );
  if (meeting.minutesApprovedInId)
    throw conflict(
      'minutes_conflict',
      'El acta ya fue aprobada: la asistencia no cambia.',
      'The minutes are approved: the attendance no longer changes.',
    );
}
