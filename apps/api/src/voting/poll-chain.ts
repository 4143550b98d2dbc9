import { EntityManager } from 'typeorm';
import { nextLink } from '../audit';
import { PollAuditEventEntity } from './entities/poll-audit-event.entity';
import { PollEntity } from './entities/poll.entity';

/**
 * Appends an event to a poll's hash chain and records the new head and length on the poll row (in memory too, as the
 * caller saves the poll afterwards). The caller holds the poll's row lock, so appends of one poll run one at a time
 * and `seq` has no gaps; the unique (poll, seq) key backs that up.
 */
export async function appendPollEvent(em: EntityManager, poll: PollEntity, kind: string, payload: Record<string, unknown>): Promise<void> {
  const last = await em.findOne(PollAuditEventEntity, { where: { pollId: poll.id }, order: { seq: 'DESC' } });
  const event = nextLink(last, kind, payload);
  await em.save(
    em.create(PollAuditEventEntity, { pollId: poll.id, seq: event.seq, kind, payload, prevHash: event.prevHash, hash: event.hash }),
  );
  poll.chainHead = event.hash;
  poll.chainLength = event.seq;
  await em.update(PollEntity, { id: poll.id }, { chainHead: event.hash, chainLength: event.seq });
}
