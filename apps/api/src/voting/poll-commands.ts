import { Me, PollState } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { actorIn, MeetingActor, requireEntry } from '../meetings';
import { PollEntity } from './entities/poll.entity';
import { pollNotFound } from './poll-errors';
import { PollPublisher } from './poll-publisher';
import { pollState } from './poll-view';
import { PollSnapshots } from './poll-snapshots';
import { PollStateCache } from './poll-state-cache';

export interface PollContext {
  em: EntityManager;
  poll: PollEntity;
  meeting: MeetingEntity;
  actor: MeetingActor;
}

/**
 * The one way a poll changes: lock its row (ballots and state changes of one poll run one at a time, which also
 * serialises its audit chain), check the caller may enter the session's room, do the work, bump the version,
 * commit, and only then answer and publish to the room.
 */
@Injectable()
export class PollCommands {
  constructor(
    @InjectDataSource() readonly db: DataSource,
    private readonly publisher: PollPublisher,
    private readonly snapshots: PollSnapshots,
    private readonly states: PollStateCache,
  ) {}

  async run<T>(me: Me, pollId: string, work: (ctx: PollContext) => Promise<T>, publishNow = false): Promise<T> {
    const value = await this.db.transaction(async (em) => {
      const poll = await em.findOne(PollEntity, { where: { id: pollId }, lock: { mode: 'for_no_key_update' } });
      if (!poll) throw pollNotFound();
      const meeting = await em.findOneByOrFail(MeetingEntity, { id: poll.meetingId });
      const actor = await actorIn(em, me, meeting);
      requireEntry(actor);
      const result = await work({ em, poll, meeting, actor });
      poll.version += 1;
      await em.save(poll);
      return result;
    });
    this.snapshots.drop(pollId);
    this.publisher.schedule(pollId, publishNow);
    return value;
  }

  /** A command answered with the poll's committed state. */
  async runForState(me: Me, pollId: string, work: (ctx: PollContext) => Promise<void>): Promise<PollState> {
    await this.run(me, pollId, work, true);
    return this.read(pollId);
  }

  /** The poll's committed state, read once per version of the poll and count of rights (see PollStateCache). */
  async read(pollId: string): Promise<PollState> {
    const em = this.db.manager;
    const poll = await em.findOneBy(PollEntity, { id: pollId });
    if (!poll) throw pollNotFound();
    const rights = (await this.snapshots.current(pollId, em)).rights().rights.length;
    return this.states.get(pollId, poll.version, rights, () => pollState(em, poll, rights));
  }
}
