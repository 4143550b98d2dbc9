import type { DecisionOutcome } from '@cocrea/contracts';

export interface ShowOfHands {
  outcome: DecisionOutcome;
  yes?: number | null;
  no?: number | null;
  abstain?: number | null;
}

export type ShowOfHandsProblem =
  /** "By majority" says nothing without the counts. */
  | 'counts_required'
  /** A majority needs more votes for than against. */
  | 'majority_not_reached'
  /** Unanimous: nobody voted against. */
  | 'unanimous_with_votes_against'
  /** Rejected, yet more votes for than against. */
  | 'rejected_with_majority'
  /** More votes than voting rights present (minus those recused from the item). */
  | 'more_votes_than_rights';

export type ShowOfHandsCheck = { ok: true } | { ok: false; problem: ShowOfHandsProblem };

/** Whether a recorded show of hands is consistent with its outcome and with the voting rights in the room. */
export function checkShowOfHands(vote: ShowOfHands, votingRightsPresent: number): ShowOfHandsCheck {
  const counted = vote.yes != null || vote.no != null || vote.abstain != null;
  const yes = vote.yes ?? 0;
  const no = vote.no ?? 0;
  const abstain = vote.abstain ?? 0;
  if (vote.outcome === 'majority') {
    if (vote.yes == null || vote.no == null) return { ok: false, problem: 'counts_required' };
    if (yes <= no) return { ok: false, problem: 'majority_not_reached' };
  }
  if (vote.outcome === 'unanimous' && no > 0) return { ok: false, problem: 'unanimous_with_votes_against' };
  if (vote.outcome === 'rejected' && counted && yes > no) return { ok: false, problem: 'rejected_with_majority' };
  if (yes + no + abstain > votingRightsPresent) return { ok: false, problem: 'more_votes_than_rights' };
  return { ok: true };
}
