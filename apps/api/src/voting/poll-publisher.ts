import { LiveEvents } from '@cocrea/contracts';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LiveRooms } from '../meetings/live/live-rooms';
import { PollEntity } from './entities/poll.entity';
import { pollState } from './poll-view';
import { PollSnapshots } from './poll-snapshots';

/** How long ballots of one poll are gathered into one live update: a thousand voters do not cause a thousand tallies. */
const COALESCE_MS = 100;

/**
 * Sends a poll's state to its session's room once a change has committed. Updates of one poll within a few
 * milliseconds are coalesced, and each update reads the committed state afresh, so the last one is always current.
 */
@Injectable()
export class PollPublisher implements OnModuleDestroy {
  private readonly logger = new Logger(PollPublisher.name);
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly live: LiveRooms,
    private readonly snapshots: PollSnapshots,
  ) {}

  /** After commit: publish soon (ballots), or now (open, close). */
  schedule(pollId: string, now = false): void {
    if (this.pending.has(pollId) && !now) return;
    clearTimeout(this.pending.get(pollId));
    const timer = setTimeout(
      () => {
        this.pending.delete(pollId);
        this.publish(pollId).catch((error: unknown) => this.logger.error({ msg: 'poll publish failed', pollId, error: String(error) }));
      },
      now ? 0 : COALESCE_MS,
    );
    this.pending.set(pollId, timer);
  }

  async publish(pollId: string): Promise<void> {
    const poll = await this.db.manager.findOneBy(PollEntity, { id: pollId });
    if (!poll) return;
    const rights = (await this.snapshots.current(pollId)).rights().rights.length;
    // While the poll is open the room gets counts, not the named list (a thousand names to a thousand screens per update).
    this.live.publish(poll.meetingId, LiveEvents.poll, await pollState(this.db.manager, poll, rights, poll.status !== 'open'));
  }

  onModuleDestroy(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
