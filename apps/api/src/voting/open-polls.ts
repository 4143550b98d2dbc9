import { HomePoll } from '@cocrea/contracts';
import { EntityManager, In } from 'typeorm';
import { PollEntity } from './entities/poll.entity';

/**
 * The polls open now in these commissions' open sessions, newest first, as a signed-in person's home lists them (the
 * home calls this instead of reading the polls' table).
 */
export async function openPollsOf(em: EntityManager, commissionIds: string[], limit: number): Promise<HomePoll[]> {
  if (commissionIds.length === 0) return [];
  const polls = await em.getRepository(PollEntity).find({
    where: { status: 'open', meeting: { commissionId: In(commissionIds), status: 'open' } },
    relations: { meeting: true },
    order: { openedAt: 'DESC' },
    take: limit,
  });
  return polls.map((p) => ({ id: p.id, meetingId: p.meetingId, meetingTitle: p.meeting.title, title: p.subject }));
}
