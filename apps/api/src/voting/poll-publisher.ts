import { LiveEvents } from '@cocrea/contracts';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LiveRooms } from '../meetings';
import { PollEntity } from './entities/poll.entity';
import { pollState } from './poll-view';
import { PollSnapshots } from './poll-snapshots';
import { PollStateCache } from './poll-state-cache';

/** How long ballots of one poll are gathered into one live update: a thousand voters do not cause a thousand tallies. */
const COALESCE_MS = 100;
/** The slowest a large room's tally moves while ballots arrive: still live to the eye. */
const LARGEST_INTERVAL_MS = 1_000;

/** The share of the instance's time the live tallies of a poll may take while its ballots arrive. */
const TALLY_SHARE = 0.1;
/** The longest a tally waits however costly the last one was (a busy machine): still live, if slowly. */
const BUSIEST_INTERVAL_MS = 5_000;
/** How often a held tally looks again whether the poll's ballots are all committed. */
const HOLD_STEP_MS = 20;

/**
 * The least time between two live tallies of a poll, for a room of `sockets` on this instance: about one socket write
 * per millisecond, so a small room follows every 100 ms and a room of a thousand screens once a second; and at least
 * ten times what the last tally took to write to its room (`lastCostMs`), up to 5 s, so that on a busy machine the
 * tallies do not hold back the ballots they count. The tally to every screen, not the ballots, was most of the api's
 * work in a thousand-voter poll.
 */
export function tallyInterval(sockets: number, lastCostMs = 0): number {
  const bySize = Math.min(LARGEST_INTERVAL_MS, Math.max(COALESCE_MS, sockets));
  return Math.max(bySize, Math.min(BUSIEST_INTERVAL_MS, lastCostMs / TALLY_SHARE));
}

/**
 * Sends a poll's state to its session's room once a change has committed. Ballots of one poll are coalesced into
 * one tally per interval (longer for a larger room, see `tallyInterval`), held while ballots are still in flight
 * (`ballotsInFlight`); opening and closing go out at once; each update reads the committed state afresh, so the last
 * one is always current.
 */
@Injectable()
export class PollPublisher implements OnModuleDestroy {
  private readonly logger = new Logger(PollPublisher.name);
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** When each poll's next coalesced tally may go out (set by the room's size at the last one). */
  private readonly quietUntil = new Map<string, number>();
  /** Each open poll's last interval between tallies: how much longer a tally may be held for ballots in flight. */
  private readonly intervals = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly live: LiveRooms,
    private readonly snapshots: PollSnapshots,
    private readonly states: PollStateCache,
  ) {}

  /**
   * Whether ballots of a poll are still queued or committing on this instance (set by the ballots service). A tally due
   * meanwhile waits for them, up to one more interval: a burst of a thousand ballots gets one tally after its last
   * acknowledgement, not one a second that competes with them for the api's thread (and every screen's).
   */
  ballotsInFlight: (pollId: string) => boolean = () => false;

  /** After commit: publish soon (ballots), or now (open, close). */
  schedule(pollId: string, now = false): void {
    if (this.pending.has(pollId) && !now) return;
    clearTimeout(this.pending.get(pollId));
    if (now) return this.arm(pollId, 0, 0);
    const wait = Math.max(COALESCE_MS, (this.quietUntil.get(pollId) ?? 0) - performance.now());
    this.arm(pollId, wait, performance.now() + wait + (this.intervals.get(pollId) ?? COALESCE_MS));
  }

  /** The tally's timer: after `wait`, and while ballots are in flight until `holdUntil` (a `performance.now()`). */
  private arm(pollId: string, wait: number, holdUntil: number): void {
    const timer = setTimeout(() => {
      if (performance.now() < holdUntil && this.ballotsInFlight(pollId)) return this.arm(pollId, HOLD_STEP_MS, holdUntil);
      this.pending.delete(pollId);
      this.publish(pollId).catch((error: unknown) => this.logger.error({ msg: 'poll publish failed', pollId, error: String(error) }));
    }, wait);
    this.pending.set(pollId, timer);
  }

  async publish(pollId: string): Promise<void> {
    const poll = await this.db.manager.findOneBy(PollEntity, { id: pollId });
    if (!poll) return;
    const rights = (await this.snapshots.current(pollId)).rights().rights.length;
    // While the poll is open the room gets counts, not the named list (a thousand names to a thousand screens per update).
    // Kept as the room's form of this version: a rejoining client gets the same state without another read (PollRejoin).
    const state = await this.states.get(
      pollId,
      poll.version,
      rights,
      () => pollState(this.db.manager, poll, rights, poll.status !== 'open'),
      'room',
    );
    const started = performance.now();
    this.live.publish(poll.meetingId, LiveEvents.poll, state);
    const cost = performance.now() - started;
    if (poll.status === 'open') {
      const interval = tallyInterval(this.live.roomSize(poll.meetingId), cost);
      this.intervals.set(pollId, interval);
      this.quietUntil.set(pollId, performance.now() + interval);
    } else {
      this.intervals.delete(pollId);
      this.quietUntil.delete(pollId);
    }
  }

  onModuleDestroy(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.quietUntil.clear();
    this.intervals.clear();
  }
}
