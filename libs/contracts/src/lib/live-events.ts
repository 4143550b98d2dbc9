import type { MeetingState } from './meetings';
import type { PollState } from './voting';

/** Socket.IO namespace of the live room of sessions. */
export const LIVE_NAMESPACE = '/live';

/** Event names of the live channel; payloads below. */
export const LiveEvents = {
  /** client → server: enter a session's room; the ack answers `JoinAck` and the full state follows. */
  join: 'meeting:join',
  /** client → server: leave it. */
  leave: 'meeting:leave',
  /** server → client: the full current state of a session (on join and after every change). */
  state: 'meeting:state',
  /** server → client: one poll of the session (counts, the running tally when not hidden, the result at the close). */
  poll: 'poll:state',
} as const;

export type PollStatePayload = PollState;

export interface LiveJoinRequest {
  meetingId: string;
}

export type JoinAck = { ok: true } | { ok: false; code: 'unauthenticated' | 'forbidden' | 'not_found' | 'validation_failed' };

export type MeetingStatePayload = MeetingState;
