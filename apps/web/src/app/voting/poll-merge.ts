import { PollState } from '@cocrea/contracts';
import { pollResultKey } from '../core/i18n/poll-result-key';

/** Puts `poll` into `list` by id, keeping the newer version when both are known. */
export function mergePoll(list: readonly PollState[], poll: PollState): PollState[] {
  const index = list.findIndex((p) => p.id === poll.id);
  if (index === -1) return [...list, poll];
  if (list[index].version > poll.version) return [...list];
  const next = [...list];
  next[index] = poll;
  return next;
}

/** The translation key of a poll's outcome (none while it is open); `resultParams` fills in the rights used. */
export function resultKey(poll: PollState): string {
  return pollResultKey(poll.result);
}

/** "2 de 28 derechos": the rights used of those in the room when the poll closed. */
export function resultParams(poll: PollState): { cast: number; rights: number } {
  const r = poll.result;
  return { cast: r ? r.yes + r.no + r.abstain : poll.voted, rights: poll.rights };
}
