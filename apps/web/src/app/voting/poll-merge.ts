import { PollState } from '@cocrea/contracts';

/** Puts `poll` into `list` by id, keeping the newer version when both are known. */
export function mergePoll(list: readonly PollState[], poll: PollState): PollState[] {
  const index = list.findIndex((p) => p.id === poll.id);
  if (index === -1) return [...list, poll];
  if (list[index].version > poll.version) return [...list];
  const next = [...list];
  next[index] = poll;
  return next;
}

/** The translation key of a closed poll's outcome. */
export function resultKey(poll: PollState): string {
  const r = poll.result;
  if (!r) return 'voting.result.none';
  if (!r.passed)
    return r.reason === 'tie' ? 'voting.result.tie' : r.reason === 'no_quorum' ? 'voting.result.noQuorum' : 'voting.result.rejected';
  return r.unanimous ? 'voting.result.unanimous' : 'voting.result.majority';
}
