import { appendEvent } from '@cocrea/domain';
import { EntityManager } from 'typeorm';
import { PollAuditEventEntity } from './entities/poll-audit-event.entity';
import { sha256 } from './sha256';

/**
 * Appends an event to a poll's hash chain. The caller holds the poll's row lock, so appends of one poll run one
 * at a time and `seq` has no gaps; the unique (poll, seq) key backs that up.
 */
export async function appendPollEvent(em: EntityManager, pollId: string, kind: string, payload: Record<string, unknown>): Promise<void> {
  const last = await em.findOne(PollAuditEventEntity, { where: { pollId }, order: { seq: 'DESC' } });
  const event = appendEvent(last, kind, payload, sha256);
  await em.save(em.create(PollAuditEventEntity, { pollId, seq: event.seq, kind, payload, prevHash: event.prevHash, hash: event.hash }));
}
