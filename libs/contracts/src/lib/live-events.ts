import type { AttendanceRow, MeetingState, QuorumState } from './meetings';
import type { Problem } from './problem';
import type { BallotReceipt, CastBallot, PollState } from './voting';

/** Socket.IO namespace of the live room of sessions. */
export const LIVE_NAMESPACE = '/live';

/** Event names of the live channel; payloads below. */
export const LiveEvents = {
  /** client → server: enter a session's room; the ack answers `JoinAck` and the full state follows. */
  join: 'meeting:join',
  /** client → server: leave it. */
  leave: 'meeting:leave',
  /**
   * server → client: the full current state of a session: on a join that cannot be answered with changes, and after a
   * command that declares no change of its own (its `serverTime` is when it was built; the join ack's is now).
   */
  state: 'meeting:state',
  /** server → client: one `MeetingChange`, to apply to the state of version `from`. */
  change: 'meeting:change',
  /** server → client: one poll of the session (counts, the running tally when not hidden, the result at the close). */
  poll: 'poll:state',
  /**
   * client → server: cast a ballot over the already signed-in socket (`CastBallotRequest`); the ack answers
   * `CastBallotAck` once the ballot's batch has committed, with the receipt or the same problem as `castBallot`.
   */
  cast: 'poll:cast',
} as const;

export type PollStatePayload = PollState;

/** A ballot the client cast, named by what its receipt derives from (a rejoin asks whether it was recorded). */
export interface LiveBallotKey {
  pollId: string;
  memberPersonId: string;
  idempotencyKey: string;
}

export interface LiveJoinRequest {
  meetingId: string;
  /** The version the client holds (a rejoin): it then gets nothing, the changes since, or the full state if too old. */
  version?: number;
  /**
   * The session's polls the client holds, each poll's id with its version (`{}` for none). The ack then carries every
   * poll of the session whose version differs or that the client lacks, as the room sees it.
   */
  polls?: Record<string, number>;
  /** Ballots the client cast in this session (at most 20): the ack carries the receipt of each one the api recorded. */
  ballots?: LiveBallotKey[];
}

/** `poll:cast`: the body of `POST /api/polls/:pollId/ballots` and the poll it is for. */
export type CastBallotRequest = CastBallot & { pollId: string };

/** The answer to `poll:cast`: the receipt once stored, or the problem the REST route would answer (its `status` too). */
export type CastBallotAck = { ok: true; receipt: BallotReceipt } | { ok: false; problem: Problem };

/**
 * On success, what was sent before the ack: `unchanged` (nothing), `changes` (MeetingChange events) or `state`. With
 * `polls` in the join, `polls` holds the session's polls that moved since the versions sent; with `ballots`,
 * `receipts` holds the receipt of each ballot recorded as cast by the caller with that key (`replayed: true`). A ballot
 * missing from `receipts` was not recorded: the client casts it again with the same key.
 */
export type JoinAck =
  | {
      ok: true;
      version: number;
      sent: 'unchanged' | 'changes' | 'state';
      serverTime: string;
      polls?: PollState[];
      receipts?: BallotReceipt[];
    }
  | { ok: false; code: 'unauthenticated' | 'forbidden' | 'not_found' | 'validation_failed' };

/** The parts of a session's state a change may replace whole (the roll call only when its list of people changed). */
export type ReplaceableMeetingState = Omit<MeetingState, 'quorum' | 'serverTime' | 'version'>;

/**
 * A change of a session's room: the roll-call rows it changed, whole, the quorum they give, and any other part of the
 * state that differs, replaced whole (the agenda, the decisions…; the roll call itself when people joined or left
 * it). A large room gets this, not its whole state again.
 */
export interface MeetingChange {
  meetingId: string;
  /** The version this change applies to, and the version it produces. */
  from: number;
  version: number;
  attendance: AttendanceRow[];
  quorum: QuorumState;
  replaced?: Partial<ReplaceableMeetingState>;
  serverTime: string;
}

/** The state after `change`, or null when the change does not follow `state` (the client then rejoins with its version). */
export function applyMeetingChange(state: MeetingState, change: MeetingChange): MeetingState | null {
  if (state.meeting.id !== change.meetingId || state.version !== change.from) return null;
  const rows = new Map(change.attendance.map((row) => [row.personId, row]));
  return {
    ...state,
    ...change.replaced,
    attendance: (change.replaced?.attendance ?? state.attendance).map((row) => rows.get(row.personId) ?? row),
    quorum: change.quorum,
    serverTime: change.serverTime,
    version: change.version,
  };
}

export type MeetingStatePayload = MeetingState;
