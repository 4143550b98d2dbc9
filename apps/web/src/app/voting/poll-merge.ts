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

/**
 * The translation key of a closed poll's outcome. A passed result states its base ("por unanimidad de los votos
 * emitidos"), as the domain's `resultWording` does for the record; `resultParams` fills in the rights used.
 */
export function resultKey(poll: PollState): string {
  const r = poll.result;
  if (!r) return 'voting.result.none';
  if (!r.passed)
    return r.reason === 'tie' ? 'voting.result.tie' : r.reason === 'no_quorum' ? 'voting.result.noQuorum' : 'voting.result.rejected';
  return `voting.result.${r.unanimous ? 'unanimous' : 'majority'}_${r.base}`;
}

/** "2 de 28 derechos": the rights used of those in the room when the poll closed. */
export function resultParams(poll: PollState): { cast: number; rights: number } {
  const r = poll.result;
  return { cast: r ? r.yes + r.no + r.abstain : poll.voted, rights: poll.rights };
}
