import { HomeMeeting } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { MailAttachment } from '../notifications';
import { MeetingEntity } from './entities/meeting.entity';
import { meetingCalendarFile } from './meeting-call-mail';

/**
 * The sessions as a signed-in person's home reads them: the next ones of their commissions and a session's calendar
 * file. The home calls these instead of reading the meetings' table; whether the person may read a session is checked
 * before, by `MeetingsService.state`.
 */

/** The next sessions of these commissions: issued calls, and open ones started less than `runningHours` ago. */
export async function nextMeetingsOf(
  em: EntityManager,
  commissionIds: string[],
  limit: number,
  runningHours: number,
): Promise<HomeMeeting[]> {
  if (commissionIds.length === 0) return [];
  const meetings = await em
    .getRepository(MeetingEntity)
    .createQueryBuilder('m')
    .where('m.commission_id IN (:...commissionIds)', { commissionIds })
    .andWhere(`(m.status = 'convened' OR (m.status = 'open' AND m.scheduled_at > now() - make_interval(hours => :running)))`, {
      running: runningHours,
    })
    .orderBy('m.scheduled_at', 'ASC')
    .limit(limit)
    .getMany();
  return meetings.map((m) => ({
    id: m.id,
    title: m.title,
    scheduledAt: m.scheduledAt.toISOString(),
    place: m.place,
    status: m.status,
    convenedAt: m.convenedAt?.toISOString() ?? null,
  }));
}

/** The session's calendar file, the same one its call mails; `sessionUrl` links back to it. */
export async function sessionCalendarFile(em: EntityManager, meetingId: string, sessionUrl: string): Promise<MailAttachment> {
  return meetingCalendarFile(await em.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId }), sessionUrl);
}
