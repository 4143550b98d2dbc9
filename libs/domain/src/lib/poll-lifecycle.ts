import type { PollMethod, PollStatus } from '@cocrea/contracts';

export type PollAction = 'open' | 'close';

const MOVES: Readonly<Record<PollAction, { from: PollStatus; to: PollStatus }>> = {
  open: { from: 'draft', to: 'open' },
  close: { from: 'open', to: 'closed' },
};

/** draft → open → closed, nothing else. */
export function pollTransition(status: PollStatus, action: PollAction): { ok: true; status: PollStatus } | { ok: false } {
  const move = MOVES[action];
  return move.from === status ? { ok: true, status: move.to } : { ok: false };
}

export type PollSettingsProblem =
  | 'secret_to_named'
  | 'not_draft'
  | 'secret_change_not_allowed'
  | 'secret_reason_not_allowed'
  | 'show_of_hands_choices_not_allowed';

export interface PollSettings {
  method: PollMethod;
  allowChange: boolean;
  /** A secret ballot keeps no reason (it would name its author), so a secret poll cannot ask for one. */
  askReason?: boolean;
  /** Whether the poll offers a list of choices (a show of hands is counted as yes / no / abstain). */
  choices?: boolean;
}

/**
 * Whether a poll's settings may become `next`. Only drafts change; a secret poll never becomes named (its
 * voters were promised secrecy); a secret poll cannot let voters change their vote, because nothing links a
 * secret ballot to its voter.
 */
export function checkPollSettings(status: PollStatus | null, current: PollSettings | null, next: PollSettings): PollSettingsProblem | null {
  if (current && status !== 'draft') return 'not_draft';
  if (current?.method === 'secret' && next.method !== 'secret') return 'secret_to_named';
  if (next.method === 'secret' && next.allowChange) return 'secret_change_not_allowed';
  if (next.method === 'secret' && next.askReason) return 'secret_reason_not_allowed';
  if (next.method === 'show_of_hands' && next.choices) return 'show_of_hands_choices_not_allowed';
  return null;
}

/** Ballots are taken only while the poll is open. */
export const acceptsBallots = (status: PollStatus) => status === 'open';

/** Members cast ballots (their own screens, or the secretary's roll call) in named and secret polls; a show of hands is only counted. */
export const takesBallots = (method: PollMethod) => method !== 'show_of_hands';

/** The secretary records a show of hands' count, which closes it, only while it is open. */
export const acceptsShowOfHands = (method: PollMethod, status: PollStatus) => method === 'show_of_hands' && status === 'open';
