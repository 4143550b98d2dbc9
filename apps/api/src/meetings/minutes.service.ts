import { Me, MeetingMinutes, UpdateMinutes } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttachmentsService } from '../attachments';
import { Clock } from '../common/clock';
import { MeetingEntity } from './entities/meeting.entity';
import { actorIn, conflict, requireThat, wrongStatus } from './meeting-access';
import { draftMinutesOf } from './meeting-minutes';
import { loadMeetingRecord } from './meeting-state';
import { meetingNotFound, MeetingsService, requireEntry } from './meetings.service';

/** A session's minutes: the draft drawn from its record, or the text the secretary edited after closing. */
@Injectable()
export class MinutesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly meetings: MeetingsService,
    private readonly files: AttachmentsService,
    private readonly clock: Clock,
  ) {}

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
    const { markdown } = await draftMinutesOf(
      this.db.manager,
      await loadMeetingRecord(this.db.manager, meeting, this.files),
      this.clock.now(),
    );
    return { meetingId, markdown, edited: false, updatedAt: null, approvedIn, version: meeting.version };
  }

  async updateMinutes(me: Me, meetingId: string, input: UpdateMinutes): Promise<MeetingMinutes> {
    await this.meetings.mutate(me, meetingId, async (_em, meeting, actor) => {
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
      meeting.minutesUpdatedAt = this.clock.now();
    });
    return this.minutes(me, meetingId);
  }
}
