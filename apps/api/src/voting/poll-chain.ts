import { appendEvent } from '@cocrea/domain';
import { EntityManager } from 'typeorm';
import { PollAuditEventEntity } from './entities/poll-audit-event.entity';
import { PollEntity } from './entities/poll.entity';
import { sha256 } from './sha256';

/**
 * Appends an event to a poll's hash chain and records the new head and length on the poll row (in memory too, as the
 * caller saves the poll afterwards). The caller holds the poll's row lock, so appends of one poll run one at a time
 * and `seq` has no gaps; the unique (poll, seq) key backs that up.
 */
export async function appendPollEvent(em: EntityManager, poll: PollEntity, kind: string, payload: Record<string, unknown>): Promise<void> {
  const last = await em.findOne(PollAuditEventEntity, { where: { pollId: poll.id }, order: { seq: 'DESC' } });
  const event = appendEvent(last, kind, payload, sha256);
  await em.save(
    em.create(PollAuditEventEntity, { pollId: poll.id, seq: event.seq, kind, payload, prevHash: event.prevHash, hash: event.hash }),
  );
  poll.chainHead = event.hash;
  poll.chainLength = event.seq;
  await em.update(PollEntity, { id: poll.id }, { chainHead: event.hash, chainLength: event.seq });
}

/**
 * A ballot's append, in three statements while the poll's row is locked: lock it, read the chain's head, then insert
 * the event and move the poll's version, head and length together. Ballots of one poll queue on this lock, so it is
 * held for as few round trips as possible. Refuses (null) when the locked poll is no longer open: a close that
 * committed first wins. Answers the new head and length.
 */
export async function appendBallotEvent(
  em: EntityManager,
  pollId: string,
  kind: string,
  payload: Record<string, unknown>,
): Promise<{ hash: string; seq: number } | null> {
  // FOR NO KEY UPDATE: the ballot's foreign keys already hold KEY SHARE on this row; FOR UPDATE would deadlock with them.
  const [locked] = (await em.query(`SELECT status FROM polls WHERE id = $1 FOR NO KEY UPDATE`, [pollId])) as Array<{ status: string }>;
  if (locked?.status !== 'open') return null;
  // A statement of its own, after the lock: its snapshot sees the event the previous lock holder committed.
  const [head] = (await em.query(`SELECT seq, hash FROM poll_audit_events WHERE poll_id = $1 ORDER BY seq DESC LIMIT 1`, [
    pollId,
  ])) as Array<{
    seq: number;
    hash: string;
  }>;
  const previous = head ? { seq: head.seq, kind: '', payload: null, prevHash: '', hash: head.hash } : null;
  const event = appendEvent(previous, kind, payload, sha256);
  await em.query(
    `WITH appended AS (
       INSERT INTO poll_audit_events (poll_id, seq, kind, payload, prev_hash, hash) VALUES ($1, $2, $3, $4::jsonb, $5, $6)
     )
     UPDATE polls SET version = version + 1, chain_head = $6, chain_length = $2 WHERE id = $1`,
    [pollId, event.seq, kind, JSON.stringify(payload), event.prevHash, event.hash],
  );
  return { hash: event.hash, seq: event.seq };
}
