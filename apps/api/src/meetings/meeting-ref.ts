import { MeetingStatus } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { MeetingEntity } from './entities/meeting.entity';

/**
 * What another domain needs to know of a session to place something in it (a document, an amendment, an agreement):
 * its commission, status, title and date. They read it here instead of the meetings' table; who may enter the session
 * is `actorIn`'s to say.
 */
export interface MeetingRef {
  id: string;
  commissionId: string;
  status: MeetingStatus;
  title: string;
  scheduledAt: Date;
}

/** The session `id`, or null when there is none. */
export async function findMeetingRef(em: EntityManager, id: string): Promise<MeetingRef | null> {
  const meeting = await em.findOneBy(MeetingEntity, { id });
  return meeting
    ? { id: meeting.id, commissionId: meeting.commissionId, status: meeting.status, title: meeting.title, scheduledAt: meeting.scheduledAt }
    : null;
}
