// Why this exists: after a network drop a thousand voters come back at once. Each used to read every poll over REST
// and cast its ballot again to learn it was recorded; the room's join now answers both, from what this instance keeps.
import { BallotReceipt, LiveBallotKey, LiveJoinRequest, Me, PollState, PollStatus } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LiveRooms } from '../meetings';
import { PollEntity } from './entities/poll.entity';
import { pollNotFound } from './poll-errors';
import { PollSnapshot, PollSnapshots, SnapshotKey } from './poll-snapshots';
import { PollStateCache } from './poll-state-cache';
import { pollState } from './poll-view';
import { idempotencyHash, receiptFor } from './sha256';

/** One poll of the session as the rejoin reads it: its version and what its snapshot is keyed by. */
interface PollRow {
  id: string;
  version: number;
  status: PollStatus;
  meeting_version: number;
}

/**
 * The voting part of a join to a session's room (see LiveRooms.answerJoins), read after the socket is in the room:
 * - `polls`: the session's polls whose version differs from the one the client sent, in the form the room gets them
 *   (counts only while a poll is open, the named list once closed), each computed once per version and shared with
 *   the PollPublisher's live updates;
 * - `receipts`: for each ballot the client names, its receipt if the right's use recorded it as cast by this caller with
 *   that idempotency key (the replay of a ballot answers the same, without a second request through the ballot path).
 * One read of the session's polls and one of the named rights' uses, whatever the number of polls and ballots.
 */
@Injectable()
export class PollRejoin {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly snapshots: PollSnapshots,
    private readonly states: PollStateCache,
    live: LiveRooms,
  ) {
    live.answerJoins((me, request) => this.answer(me, request));
  }

  async answer(me: Me, request: LiveJoinRequest): Promise<{ polls?: PollState[]; receipts?: BallotReceipt[] }> {
    if (!request.polls && !request.ballots?.length) return {};
    const rows = (await this.db.query(
      `SELECT p.id, p.version, p.status, m.version AS meeting_version FROM polls p JOIN meetings m ON m.id = p.meeting_id
        WHERE p.meeting_id = $1 ORDER BY p.created_at, p.id`,
      [request.meetingId],
    )) as PollRow[];
    const held = request.polls;
    const [polls, receipts] = await Promise.all([
      held ? Promise.all(rows.filter((row) => held[row.id] !== row.version).map((row) => this.roomState(row))) : undefined,
      request.ballots?.length ? this.receipts(me, rows, request.ballots) : undefined,
    ]);
    return { ...(polls && { polls }), ...(receipts && { receipts }) };
  }

  /** The poll's state as its room gets it, at `row.version` or later. */
  roomState(row: PollRow): Promise<PollState> {
    return this.snapshotAt(row.id, { pollStatus: row.status, meetingVersion: row.meeting_version }).then((snapshot) => {
      const rights = snapshot.rights().rights.length;
      const read = async () => {
        const poll = await this.db.manager.findOneBy(PollEntity, { id: row.id });
        if (!poll) throw pollNotFound();
        return pollState(this.db.manager, poll, rights, poll.status !== 'open');
      };
      return this.states.get(row.id, row.version, rights, read, 'room');
    });
  }

  /** The receipts of the named ballots recorded as this caller's, with the same key, in this session's polls. */
  private async receipts(me: Me, rows: PollRow[], ballots: LiveBallotKey[]): Promise<BallotReceipt[]> {
    const inSession = new Set(rows.map((row) => row.id));
    const asked = ballots.filter((b) => inSession.has(b.pollId));
    if (asked.length === 0) return [];
    const uses = (await this.db.query(
      `SELECT u.poll_id, u.member_person_id, u.idempotency_hash FROM voting_right_uses u
        JOIN unnest($1::uuid[], $2::uuid[]) AS asked (poll_id, member_person_id)
          ON asked.poll_id = u.poll_id AND asked.member_person_id = u.member_person_id
        WHERE u.cast_by_person_id = $3`,
      [asked.map((b) => b.pollId), asked.map((b) => b.memberPersonId), me.id],
    )) as Array<{ poll_id: string; member_person_id: string; idempotency_hash: string }>;
    const recorded = new Set(uses.map((u) => `${u.poll_id}|${u.member_person_id}|${u.idempotency_hash}`));
    const answered: BallotReceipt[] = [];
    for (const b of asked) {
      if (!recorded.has(`${b.pollId}|${b.memberPersonId}|${idempotencyHash(b.pollId, b.memberPersonId, b.idempotencyKey)}`)) continue;
      const { poll } = await this.snapshots.get(b.pollId);
      answered.push({
        pollId: b.pollId,
        memberPersonId: b.memberPersonId,
        receipt: receiptFor(poll.receiptSalt ?? '', b.pollId, b.memberPersonId, b.idempotencyKey),
        replayed: true,
      });
    }
    return answered;
  }

  private async snapshotAt(pollId: string, key: SnapshotKey): Promise<PollSnapshot> {
    const held = await this.snapshots.get(pollId).catch(() => null);
    return held?.matches(key) ? held : this.snapshots.refresh(pollId);
  }
}
