import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PollStatus } from '@cocrea/contracts';
import { appendNewBallots, BallotToWrite, ExpectedHead, LockedPoll, writeBallots } from './ballot-writer';
import { PollSnapshot, PollSnapshots } from './poll-snapshots';
import { AppException } from '../common/problem';
import { pollNotFound } from './poll-errors';

/** At most this many ballots in one transaction. */
export const MAX_BATCH = 100;
/** How many polls' last written heads an instance remembers (a session votes on a few at a time). */
const MAX_HEADS = 200;

/** A validated ballot waiting for its batch; `check` validates it again if the batch finds the room has changed. */
export interface QueuedBallot extends BallotToWrite {
  check: (snapshot: PollSnapshot) => Error | null;
}

export type BallotAck = 'cast' | 'replayed';

interface Waiting {
  ballot: QueuedBallot;
  resolve: (ack: BallotAck) => void;
  reject: (error: unknown) => void;
}

interface PollQueue {
  waiting: Waiting[];
  running: boolean;
}

/**
 * Sequences the ballots of each poll on this instance and commits them in batches: while one batch of a poll is
 * committing, the ballots that arrive wait and then go together in the next (up to MAX_BATCH). A batch of new rights
 * on the head this instance wrote last is one statement (`appendNewBallots`: the poll's row locked by its update, the
 * head and the snapshot's key compared in it). Any other batch, or one that statement refuses (another instance or
 * command moved the head, the room changed, a retry), is one transaction: the poll's row locked (which also orders
 * batches of several instances on one chain), the key of the validation snapshot compared, the ballots written by
 * `writeBallots`, commit. A ballot is answered only after its batch committed; when a batch fails, every ballot in it
 * gets the failure and none was stored, so each may be retried.
 */
@Injectable()
export class BallotBatcher {
  private readonly logger = new Logger(BallotBatcher.name);
  private readonly queues = new Map<string, PollQueue>();
  /** Each poll's chain head as this instance's last batch left it, with the snapshot key that batch was checked against. */
  private readonly heads = new Map<string, ExpectedHead>();
  /** Called with each batch's poll after it committed (the live update); set by the ballots service. */
  onCommitted: (pollId: string) => void = () => undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly snapshots: PollSnapshots,
  ) {}

  /** Whether ballots of this poll are queued or committing here. */
  inFlight(pollId: string): boolean {
    return this.queues.has(pollId);
  }

  submit(pollId: string, ballot: QueuedBallot): Promise<BallotAck> {
    return new Promise<BallotAck>((resolve, reject) => {
      const queue = this.queues.get(pollId) ?? { waiting: [], running: false };
      this.queues.set(pollId, queue);
      queue.waiting.push({ ballot, resolve, reject });
      // The first ballot waits one turn of the event loop for those that arrived with it.
      if (!queue.running) {
        queue.running = true;
        setImmediate(() => void this.drain(pollId, queue));
      }
    });
  }

  private async drain(pollId: string, queue: PollQueue): Promise<void> {
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0, MAX_BATCH);
      await this.commit(pollId, batch);
    }
    queue.running = false;
    this.queues.delete(pollId);
  }

  private async commit(pollId: string, batch: Waiting[]): Promise<void> {
    if (!(await this.commitOnHead(pollId, batch))) await this.commitLocked(pollId, batch);
  }

  /**
   * The one-statement path, when this instance knows the head and still holds the snapshot it was checked against and
   * every ballot is of a different right. True when it answered the batch; false when the locked path must.
   */
  private async commitOnHead(pollId: string, batch: Waiting[]): Promise<boolean> {
    const head = this.heads.get(pollId);
    const snapshot = this.snapshots.peek(pollId);
    if (!head || !snapshot?.matches(head.key)) return false;
    if (new Set(batch.map((w) => w.ballot.memberPersonId)).size !== batch.length) return false;
    const refused: Array<{ w: Waiting; problem: Error }> = [];
    const valid: Waiting[] = [];
    for (const w of batch) {
      const problem = w.ballot.check(snapshot);
      if (problem) refused.push({ w, problem });
      else valid.push(w);
    }
    if (valid.length > 0) {
      // A failure here wrote nothing (one statement): the locked path tries again and reports one that lasts.
      const moved = await appendNewBallots(
        this.db.manager,
        head,
        valid.map((w) => w.ballot),
      ).catch(() => null);
      this.heads.delete(pollId);
      if (!moved) return false;
      this.remember(moved);
    }
    for (const { w, problem } of refused) w.reject(problem);
    for (const w of valid) w.resolve('cast');
    if (valid.length > 0) this.onCommitted(pollId);
    return true;
  }

  private remember(head: ExpectedHead): void {
    this.heads.delete(head.pollId);
    if (this.heads.size >= MAX_HEADS) this.heads.delete(this.heads.keys().next().value as string);
    this.heads.set(head.pollId, head);
  }

  private async commitLocked(pollId: string, batch: Waiting[]): Promise<void> {
    const runner = this.db.createQueryRunner();
    const settled: Array<() => void> = [];
    let anyCast = false;
    try {
      await runner.connect();
      await runner.startTransaction();
      // FOR NO KEY UPDATE: the ballots' foreign keys take KEY SHARE on this row; FOR UPDATE would deadlock with them.
      // Waiting for the lock re-reads the row, so the head is the one the previous holder committed.
      const [locked] = (await runner.query(
        `SELECT p.id, p.method, p.allow_change, p.status, p.version, p.chain_head, p.chain_length, m.version AS meeting_version
           FROM polls p JOIN meetings m ON m.id = p.meeting_id WHERE p.id = $1 FOR NO KEY UPDATE OF p`,
        [pollId],
      )) as Array<LockedRow>;
      if (!locked) throw pollNotFound();
      // Read through this transaction when behind: with a one-connection pool (PGlite) another connection never comes.
      const held = this.snapshots.peek(pollId);
      const snapshot =
        held?.matches({ pollStatus: locked.status, meetingVersion: locked.meeting_version }) === true
          ? held
          : await this.snapshots.refresh(pollId, runner.manager);
      // Checked again in memory: the room or the poll may have changed since the ballot was first checked.
      const valid: Waiting[] = [];
      for (const w of batch) {
        const problem = w.ballot.check(snapshot);
        if (problem) settled.push(() => w.reject(problem));
        else valid.push(w);
      }
      const poll: LockedPoll = {
        id: locked.id,
        method: locked.method,
        allowChange: locked.allow_change,
        chainHead: locked.chain_head,
        chainLength: locked.chain_length,
        version: locked.version,
      };
      const outcomes =
        valid.length > 0
          ? await writeBallots(
              runner.manager,
              poll,
              valid.map((w) => w.ballot),
            )
          : [];
      await runner.commitTransaction();
      this.remember({ pollId, method: poll.method, chainHead: poll.chainHead, chainLength: poll.chainLength, key: snapshot.key });
      valid.forEach((w, i) => {
        const outcome = outcomes[i];
        if (outcome === 'conflict') settled.push(() => w.reject(new AppException('ballot_conflict')));
        else {
          anyCast ||= outcome === 'cast';
          settled.push(() => w.resolve(outcome));
        }
      });
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      if (!(error instanceof AppException))
        this.logger.error({ msg: 'ballot batch failed', pollId, ballots: batch.length, error: String(error) });
      settled.length = 0;
      for (const w of batch) settled.push(() => w.reject(error));
    } finally {
      await runner.release().catch(() => undefined);
    }
    for (const settle of settled) settle();
    if (anyCast) this.onCommitted(pollId);
  }
}

interface LockedRow {
  id: string;
  method: LockedPoll['method'];
  allow_change: boolean;
  status: PollStatus;
  version: number;
  chain_head: string | null;
  chain_length: number;
  meeting_version: number;
}
