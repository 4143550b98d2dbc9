import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BallotBatcher, MAX_BATCH, QueuedBallot } from './ballot-batcher';
import { PollSnapshot, PollSnapshots } from './poll-snapshots';
import type { LoadedRoom } from './voting-rights';

/**
 * How the batcher spends round trips, against a database that only records its statements: the poll's first batch is
 * one statement on the head its snapshot read (not the locked transaction), and the ballots queued behind a batch go
 * together in the next one, up to MAX_BATCH.
 */
describe('BallotBatcher', () => {
  const pollId = randomUUID();
  const snapshot = new PollSnapshot(
    { pollStatus: 'open', meetingVersion: 7 },
    {
      id: pollId,
      meetingId: randomUUID(),
      agendaItemId: randomUUID(),
      method: 'named',
      askReason: false,
      allowChange: false,
      receiptSalt: 'salt',
      chainHead: 'a'.repeat(64),
      chainLength: 2,
    },
    { id: randomUUID(), commissionId: randomUUID(), status: 'open' },
    new Set([randomUUID()]),
    { room: { members: [] } } as unknown as LoadedRoom,
  );
  const ballot = (): QueuedBallot => ({
    memberPersonId: randomUUID(),
    optionId: randomUUID(),
    reason: null,
    castBy: randomUUID(),
    idempotencyHash: randomUUID(),
    receiptHash: randomUUID(),
    recordedBySecretary: false,
    check: () => null,
  });

  /** A batcher whose statements are recorded and answered by `answer` (the locked path's transaction fails the test). */
  function batcherOn(answer: () => Promise<unknown>) {
    const statements: Array<{ sql: string; params: unknown[] }> = [];
    const db = {
      manager: {
        query: (sql: string, params: unknown[]) => {
          statements.push({ sql, params });
          return answer();
        },
      },
      createQueryRunner: () => {
        throw new Error('the locked transaction was used');
      },
    } as unknown as DataSource;
    const snapshots = { peek: (id: string) => (id === pollId ? snapshot : undefined) } as unknown as PollSnapshots;
    return { batcher: new BallotBatcher(db, snapshots), statements };
  }

  it("commits a poll's first batch in one statement appended to the head its snapshot read", async () => {
    const { batcher, statements } = batcherOn(async () => [{ moved: 1 }]);
    const acks = await Promise.all([ballot(), ballot(), ballot()].map((b) => batcher.submit(pollId, b)));
    expect(acks).toEqual(['cast', 'cast', 'cast']);
    expect(statements).toHaveLength(1);
    // The statement expects the snapshot's head: chain length ($16) and head ($17), status ($18), meeting version ($19).
    expect(statements[0].params.slice(15, 19)).toEqual([2, 'a'.repeat(64), 'open', 7]);
  });

  it('sends every ballot queued behind a committing batch in the next single batch, up to MAX_BATCH', async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    const { batcher, statements } = batcherOn(() =>
      calls++ === 0 ? new Promise((resolve) => (release = () => resolve([{ moved: 1 }]))) : Promise.resolve([{ moved: 1 }]),
    );
    const first = batcher.submit(pollId, ballot());
    await new Promise((resolve) => setImmediate(resolve));
    const queued = Array.from({ length: MAX_BATCH + 1 }, () => batcher.submit(pollId, ballot()));
    release();
    await Promise.all([first, ...queued]);
    // Each statement carries its ballots' ids as $2: one, then MAX_BATCH together, then the one left over.
    expect(statements.map((s) => (s.params[1] as string[]).length)).toEqual([1, MAX_BATCH, 1]);
    expect(MAX_BATCH).toBeGreaterThanOrEqual(1000);
  });
});
