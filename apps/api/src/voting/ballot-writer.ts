import { StoredChainEvent } from '@cocrea/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { headOf, nextLink } from '../audit';
import { PollEntity } from './entities/poll.entity';
import type { SnapshotKey } from './poll-snapshots';

/**
 * Writes a group of validated ballots of one poll in a few statements, inside a transaction that holds the poll's row
 * lock: the rights' uses in one INSERT … ON CONFLICT DO NOTHING (the unique (poll, member) key, not a read first,
 * decides who used a right first and finds the retries), the ballots, their chained events and the poll's new head in
 * one more statement. The chain is hashed in memory from the head the caller read under the lock. The one path by which
 * ballots are stored: cast by voters (batched) or recorded by the secretary.
 */

export interface BallotToWrite {
  memberPersonId: string;
  optionId: string;
  reason: string | null;
  /** Who cast it: the member, their representative, or the secretary recording a roll-call vote. */
  castBy: string;
  idempotencyHash: string;
  receiptHash: string;
  recordedBySecretary: boolean;
}

/** What became of one ballot: stored, the retry of a stored one, or a second use of a right already used. */
export type WriteOutcome = 'cast' | 'replayed' | 'conflict';

/** The poll as locked: its settings and the chain's head, which the write moves on. */
export type LockedPoll = Pick<PollEntity, 'id' | 'method' | 'allowChange' | 'chainHead' | 'chainLength' | 'version'>;

interface UseRow {
  member_person_id: string;
  cast_by_person_id: string;
  idempotency_hash: string;
}

export async function writeBallots(em: EntityManager, poll: LockedPoll, ballots: BallotToWrite[]): Promise<WriteOutcome[]> {
  const named = poll.method === 'named';
  const outcomes: WriteOutcome[] = ballots.map(() => 'conflict');
  // The first ballot of each right competes for it; later ones of the same right are settled against whatever won.
  const first = new Map<string, number>();
  ballots.forEach((b, i) => first.has(b.memberPersonId) || first.set(b.memberPersonId, i));
  const candidates = [...first.values()].map((i) => ballots[i]);
  const inserted = new Set(
    (
      (await em.query(
        `INSERT INTO voting_right_uses (poll_id, member_person_id, cast_by_person_id, idempotency_hash)
         SELECT $1, u.member, u.caster, u.hash FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS u(member, caster, hash)
         ON CONFLICT (poll_id, member_person_id) DO NOTHING RETURNING member_person_id`,
        [poll.id, candidates.map((b) => b.memberPersonId), candidates.map((b) => b.castBy), candidates.map((b) => b.idempotencyHash)],
      )) as Array<{ member_person_id: string }>
    ).map((r) => r.member_person_id),
  );
  const others = ballots
    .map((b, i) => i)
    .filter((i) => !(first.get(ballots[i].memberPersonId) === i && inserted.has(ballots[i].memberPersonId)));
  const used = new Map<string, UseRow>();
  if (others.length > 0) {
    const rows = (await em.query(
      `SELECT member_person_id, cast_by_person_id, idempotency_hash FROM voting_right_uses WHERE poll_id = $1 AND member_person_id = ANY ($2::uuid[])`,
      [poll.id, [...new Set(others.map((i) => ballots[i].memberPersonId))]],
    )) as UseRow[];
    for (const row of rows) used.set(row.member_person_id, row);
  }

  let head = headOf(poll.chainHead, poll.chainLength);
  const events: StoredChainEvent[] = [];
  const append = (kind: string, payload: Record<string, unknown>) => {
    head = nextLink(head, kind, payload);
    events.push(head);
  };
  const stored: Array<BallotToWrite & { id: string }> = [];
  for (const [i, b] of ballots.entries()) {
    if (first.get(b.memberPersonId) === i && inserted.has(b.memberPersonId)) {
      const id = randomUUID();
      stored.push({ ...b, id });
      outcomes[i] = 'cast';
      append(...castEvent(b, id, named));
      continue;
    }
    const use = used.get(b.memberPersonId);
    if (use && !b.recordedBySecretary && use.cast_by_person_id === b.castBy && use.idempotency_hash === b.idempotencyHash) {
      outcomes[i] = 'replayed';
    } else if (use && named && poll.allowChange && !b.recordedBySecretary) {
      await changeVote(em, poll.id, b, stored, append);
      used.set(b.memberPersonId, { ...use, cast_by_person_id: b.castBy, idempotency_hash: b.idempotencyHash });
      outcomes[i] = 'cast';
    }
  }
  if (events.length === 0) return outcomes;

  const last = events[events.length - 1];
  await em.query(
    `WITH ${storeRows()}
     UPDATE polls SET version = version + $13, chain_head = $14, chain_length = $15 WHERE id = $1`,
    [...rowParameters(poll.id, named, stored, events), events.length, last.hash, last.seq],
  );
  poll.chainHead = last.hash;
  poll.chainLength = last.seq;
  poll.version += events.length;
  return outcomes;
}

/** The head a batch expects to append to, and the validation snapshot's key it was checked against. */
export interface ExpectedHead {
  pollId: string;
  method: LockedPoll['method'];
  chainHead: string | null;
  chainLength: number;
  key: SnapshotKey;
}

/**
 * The common batch in one statement and one round trip, without a transaction of its own: new ballots, each of a
 * right not used yet, appended to the head this instance last saw. The poll's row is updated (and so locked) only if
 * its head, status and meeting version are still those expected and none of these rights has been used; the rights'
 * uses, ballots and chained events are inserted only when it was. Every write of a right's use moves the head or the
 * status under that lock, so a concurrent batch (this instance's or another's) makes the update find no row. Returns
 * the new head, or null when nothing was written: the caller then takes the locked path (`writeBallots`).
 */
export async function appendNewBallots(em: EntityManager, expected: ExpectedHead, ballots: BallotToWrite[]): Promise<ExpectedHead | null> {
  const named = expected.method === 'named';
  let head = headOf(expected.chainHead, expected.chainLength);
  const events: StoredChainEvent[] = [];
  const stored = ballots.map((b) => {
    const id = randomUUID();
    const [kind, payload] = castEvent(b, id, named);
    head = nextLink(head, kind, payload);
    events.push(head);
    return { ...b, id };
  });
  const last = events[events.length - 1];
  const [{ moved }] = (await em.query(
    `WITH head AS (
       UPDATE polls p SET version = p.version + $13, chain_head = $14, chain_length = $15
         FROM meetings m
        WHERE p.id = $1 AND m.id = p.meeting_id AND p.chain_length = $16 AND p.chain_head IS NOT DISTINCT FROM $17
          AND p.status = $18 AND m.version = $19
          AND NOT EXISTS (SELECT 1 FROM voting_right_uses u WHERE u.poll_id = $1 AND u.member_person_id = ANY ($20::uuid[]))
        RETURNING p.id
     ), used AS (
       INSERT INTO voting_right_uses (poll_id, member_person_id, cast_by_person_id, idempotency_hash)
       SELECT h.id, u.member, u.caster, u.hash FROM head h, unnest($20::uuid[], $21::uuid[], $22::text[]) AS u(member, caster, hash)
     ), ${storeRows('head h, ')}
     SELECT count(*)::int AS moved FROM head`,
    [
      ...rowParameters(expected.pollId, named, stored, events),
      events.length,
      last.hash,
      last.seq,
      expected.chainLength,
      expected.chainHead,
      expected.key.pollStatus,
      expected.key.meetingVersion,
      ballots.map((b) => b.memberPersonId),
      ballots.map((b) => b.castBy),
      ballots.map((b) => b.idempotencyHash),
    ],
  )) as Array<{ moved: number }>;
  return moved === 1 ? { ...expected, chainHead: last.hash, chainLength: last.seq } : null;
}

/**
 * The ballots and their chained events, as CTEs over the parameters `rowParameters` gives ($1 to $12); `from` joins
 * them to a CTE that must have a row for anything to be written.
 */
const storeRows = (from = '') => `stored AS (
       INSERT INTO ballots (id, poll_id, option_id, reason, receipt_hash, voter_person_id, cast_by_person_id)
       SELECT x.id, $1, x.option, x.reason, x.receipt, x.voter, x.caster
         FROM ${from}unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::uuid[]) AS x(id, option, reason, receipt, voter, caster)
     ), chained AS (
       INSERT INTO poll_audit_events (poll_id, seq, kind, payload, prev_hash, hash)
       SELECT $1, e.seq, e.kind, e.payload::jsonb, e.prev, e.hash
         FROM ${from}unnest($8::int[], $9::text[], $10::text[], $11::text[], $12::text[]) AS e(seq, kind, payload, prev, hash)
     )`;

/** A secret ballot keeps no voter, reason or caster on its row; a named one keeps all three. */
function rowParameters(pollId: string, named: boolean, stored: Array<BallotToWrite & { id: string }>, events: StoredChainEvent[]) {
  return [
    pollId,
    stored.map((b) => b.id),
    stored.map((b) => b.optionId),
    stored.map((b) => (named ? b.reason : null)),
    stored.map((b) => b.receiptHash),
    stored.map((b) => (named ? b.memberPersonId : null)),
    stored.map((b) => (named && !b.recordedBySecretary ? b.castBy : null)),
    events.map((e) => e.seq),
    events.map((e) => e.kind),
    events.map((e) => JSON.stringify(e.payload)),
    events.map((e) => e.prevHash),
    events.map((e) => e.hash),
  ];
}

/** A secret ballot's event names nobody and carries no time; a named one says whose right and who cast it. */
function castEvent(b: BallotToWrite, ballotId: string, named: boolean): [string, Record<string, unknown>] {
  return [
    b.recordedBySecretary ? 'ballot_recorded' : 'ballot_cast',
    { ballotId, optionId: b.optionId, receiptHash: b.receiptHash, ...(named ? { voter: b.memberPersonId, castBy: b.castBy } : {}) },
  ];
}

/**
 * A named poll that allows it changes a stored vote: the ballot (stored earlier, or in this same group) takes the new
 * option and receipt, the right's use the new key, and the chain says so.
 */
async function changeVote(
  em: EntityManager,
  pollId: string,
  b: BallotToWrite,
  stored: Array<BallotToWrite & { id: string }>,
  append: (kind: string, payload: Record<string, unknown>) => void,
): Promise<void> {
  const pending = stored.find((s) => s.memberPersonId === b.memberPersonId);
  let ballotId = pending?.id;
  if (pending) Object.assign(pending, { optionId: b.optionId, reason: b.reason, receiptHash: b.receiptHash, castBy: b.castBy });
  else {
    // An UPDATE answers [rows, count] through TypeORM's query().
    const [rows] = (await em.query(
      `UPDATE ballots SET option_id = $3, reason = $4, receipt_hash = $5, cast_by_person_id = $6
        WHERE poll_id = $1 AND voter_person_id = $2 RETURNING id`,
      [pollId, b.memberPersonId, b.optionId, b.reason, b.receiptHash, b.castBy],
    )) as [Array<{ id: string }>, number];
    ballotId = rows[0]?.id;
  }
  await em.query(
    `UPDATE voting_right_uses SET idempotency_hash = $3, cast_by_person_id = $4 WHERE poll_id = $1 AND member_person_id = $2`,
    [pollId, b.memberPersonId, b.idempotencyHash, b.castBy],
  );
  append('ballot_changed', { ballotId, optionId: b.optionId, receiptHash: b.receiptHash, voter: b.memberPersonId, castBy: b.castBy });
}
