import type { MeetingAction, MeetingStatus } from '@cocrea/contracts';

/** draft → convened → open → closed: the only moves a session can make, each by one act. */
export const MEETING_TRANSITIONS: Readonly<Record<MeetingAction, { from: MeetingStatus; to: MeetingStatus }>> = {
  convene: { from: 'draft', to: 'convened' },
  open: { from: 'convened', to: 'open' },
  close: { from: 'open', to: 'closed' },
};

export type TransitionResult = { ok: true; status: MeetingStatus } | { ok: false; reason: 'wrong_status' | 'no_quorum' };

/**
 * The status after `action`, or why it cannot happen. Opening needs quorum (art. of the commission's rules):
 * `quorumReached` is only consulted for `open`.
 */
export function transition(status: MeetingStatus, action: MeetingAction, quorumReached = false): TransitionResult {
  const move = MEETING_TRANSITIONS[action];
  if (move.from !== status) return { ok: false, reason: 'wrong_status' };
  if (action === 'open' && !quorumReached) return { ok: false, reason: 'no_quorum' };
  return { ok: true, status: move.to };
}

/** While the session is open the room is live: roll call, the floor, decisions, the current item. */
export const isLive = (status: MeetingStatus) => status === 'open';

/** The roll call may be taken once the session is convened (before opening) and while it is open. */
export const acceptsRollCall = (status: MeetingStatus) => status === 'convened' || status === 'open';

/** A document's proposal goes to a session as an amendment once it is convened and while it is open: its polls decide it. */
export const receivesAmendments = (status: MeetingStatus) => status === 'convened' || status === 'open';
