import { MeetingStatus, PollMethod, PollStatus } from '@cocrea/contracts';
import { RoomMember, VotingRightHolder, votingRightOf } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { PollOptionEntity } from './entities/poll-option.entity';
import { PollEntity } from './entities/poll.entity';
import { pollNotFound } from './poll-errors';
import { LoadedRoom, loadRoom, rightsOfRoom, RoomRights } from './voting-rights';

/** How many polls' snapshots an instance keeps (a session votes on a few at a time). */
const MAX_SNAPSHOTS = 200;

/** What changes a snapshot: any change of the session's room bumps the meeting's version; a poll's own changes move its status. */
export interface SnapshotKey {
  pollStatus: PollStatus;
  meetingVersion: number;
}

/** What validates a ballot of one poll, read once: the poll's settings, its options and the room it is voted in. */
export class PollSnapshot {
  private readonly members: ReadonlyMap<string, RoomMember>;
  private counted?: { second: number; rights: RoomRights };

  constructor(
    readonly key: SnapshotKey,
    readonly poll: Pick<PollEntity, 'id' | 'meetingId' | 'agendaItemId' | 'method' | 'askReason' | 'allowChange' | 'receiptSalt'>,
    readonly meeting: { id: string; commissionId: string; status: MeetingStatus },
    readonly optionIds: ReadonlySet<string>,
    readonly room: LoadedRoom,
    private readonly clock: Clock,
  ) {
    this.members = new Map(room.room.members.map((m) => [m.personId, m]));
  }

  get method(): PollMethod {
    return this.poll.method;
  }

  /** The right of one member now, by the domain's one rule. */
  rightOf(memberPersonId: string, at = this.clock.now()): VotingRightHolder | null {
    const member = this.members.get(memberPersonId);
    return member ? votingRightOf(this.room.room, member, this.poll.agendaItemId, at) : null;
  }

  /**
   * Every right of the room at `at`, computed at most once a second: each tally and each poll read counts them, and a
   * thousand members' rights cost more than the rest of those reads. Letters start and end on the second at best.
   */
  rights(at = this.clock.now()): RoomRights {
    const second = Math.floor(at.getTime() / 1000);
    if (this.counted?.second !== second) this.counted = { second, rights: rightsOfRoom(this.room, this.poll.agendaItemId, at) };
    return this.counted.rights;
  }

  matches(key: SnapshotKey): boolean {
    return key.pollStatus === this.key.pollStatus && key.meetingVersion === this.key.meetingVersion;
  }
}

/**
 * Each api instance keeps one snapshot per poll and rebuilds it when the meeting's version or the poll's status
 * differs from the one it was read at. Every change of attendance, recusal or representation goes through
 * MeetingsService.mutate, which bumps the version; opening and closing move the status. So no room change needs
 * code here to be seen, and another instance's changes are seen by the same comparison (the ballot batch reads the
 * key under the poll's lock).
 */
@Injectable()
export class PollSnapshots {
  private readonly cache = new Map<string, Promise<PollSnapshot>>();
  /** The snapshots whose reading has finished (what a transaction may use without waiting for another connection). */
  private readonly ready = new Map<string, PollSnapshot>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The snapshot this instance holds (read on first use): fast, possibly behind another instance's change. */
  get(pollId: string): Promise<PollSnapshot> {
    const held = this.cache.get(pollId);
    if (held) return held;
    return this.remember(pollId, this.load(this.db.manager, pollId));
  }

  /** The snapshot checked against the database's key with one small read, rebuilt when it is behind. */
  async current(pollId: string, em: EntityManager = this.db.manager): Promise<PollSnapshot> {
    const key = await snapshotKey(em, pollId);
    const held = await this.get(pollId).catch(() => null);
    if (held?.matches(key)) return held;
    return this.refresh(pollId, em);
  }

  /** A snapshot read afresh through `em` (inside the caller's transaction when it holds the poll's lock). */
  refresh(pollId: string, em: EntityManager = this.db.manager): Promise<PollSnapshot> {
    return this.remember(pollId, this.load(em, pollId));
  }

  /** The finished snapshot held for this poll, if any. */
  peek(pollId: string): PollSnapshot | undefined {
    return this.ready.get(pollId);
  }

  drop(pollId: string): void {
    this.cache.delete(pollId);
    this.ready.delete(pollId);
  }

  private remember(pollId: string, loading: Promise<PollSnapshot>): Promise<PollSnapshot> {
    this.drop(pollId);
    if (this.cache.size >= MAX_SNAPSHOTS) this.drop(this.cache.keys().next().value as string);
    this.cache.set(pollId, loading);
    loading.then(
      (snapshot) => this.cache.get(pollId) === loading && this.ready.set(pollId, snapshot),
      () => this.cache.get(pollId) === loading && this.drop(pollId),
    );
    return loading;
  }

  private async load(em: EntityManager, pollId: string): Promise<PollSnapshot> {
    const poll = await em.findOneBy(PollEntity, { id: pollId });
    if (!poll) throw pollNotFound();
    const [meeting, options] = await Promise.all([
      em.findOneByOrFail(MeetingEntity, { id: poll.meetingId }),
      em.find(PollOptionEntity, { where: { pollId }, select: { id: true } }),
    ]);
    const room = await loadRoom(em, meeting);
    return new PollSnapshot(
      { pollStatus: poll.status, meetingVersion: meeting.version },
      poll,
      { id: meeting.id, commissionId: meeting.commissionId, status: meeting.status },
      new Set(options.map((o) => o.id)),
      room,
      this.clock,
    );
  }
}

/** The snapshot's key as the database has it now. */
export async function snapshotKey(em: EntityManager, pollId: string): Promise<SnapshotKey> {
  const [row] = (await em.query(`SELECT p.status, m.version FROM polls p JOIN meetings m ON m.id = p.meeting_id WHERE p.id = $1`, [
    pollId,
  ])) as Array<{
    status: PollStatus;
    version: number;
  }>;
  if (!row) throw pollNotFound();
  return { pollStatus: row.status, meetingVersion: row.version };
}
