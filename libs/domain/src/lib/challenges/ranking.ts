/**
 * The published ranking of a problem's admitted ideas: citizen support normalized to the most supported idea,
 * the feasibility and jury averages on their 0–max scale, weighted by the challenge's weights into a total out of
 * 100. Every step is returned so the portal can show the arithmetic; equal totals are recorded as ties and ordered
 * deterministically (earlier submission first, then id).
 */
import type { ChallengeWeights, RankingArithmetic } from '@cocrea/contracts';

export interface RankingCandidate {
  ideaId: string;
  /** Orders ties: the earlier submission comes first. */
  submittedAt: string;
  supports: number;
  feasibilityScores: readonly number[];
  juryScores: readonly number[];
}

export interface RankingEntry {
  ideaId: string;
  position: number;
  tiedWith: string[];
  arithmetic: RankingArithmetic;
}

/** Totals and averages are published with four decimals; equal rounded totals are ties. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;
const average = (scores: readonly number[]) => (scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null);

export function arithmeticOf(
  candidate: RankingCandidate,
  maxSupports: number,
  weights: ChallengeWeights,
  scoreMax: number,
): RankingArithmetic {
  const supportNormalized = maxSupports > 0 ? candidate.supports / maxSupports : 0;
  const feasibilityAverage = average(candidate.feasibilityScores);
  const juryAverage = average(candidate.juryScores);
  const contributions = {
    support: round(weights.support * supportNormalized),
    feasibility: round((weights.feasibility * (feasibilityAverage ?? 0)) / scoreMax),
    jury: round((weights.jury * (juryAverage ?? 0)) / scoreMax),
  };
  return {
    supports: candidate.supports,
    maxSupports,
    supportNormalized: round(supportNormalized),
    feasibilityAverage: feasibilityAverage === null ? null : round(feasibilityAverage),
    feasibilityCount: candidate.feasibilityScores.length,
    juryAverage: juryAverage === null ? null : round(juryAverage),
    juryCount: candidate.juryScores.length,
    contributions,
    total: round(contributions.support + contributions.feasibility + contributions.jury),
  };
}

/** Ranks the candidates; weights add up to 100, so totals run from 0 to 100. */
export function rankIdeas(candidates: readonly RankingCandidate[], weights: ChallengeWeights, scoreMax: number): RankingEntry[] {
  const maxSupports = Math.max(0, ...candidates.map((c) => c.supports));
  const scored = candidates
    .map((c) => ({ c, arithmetic: arithmeticOf(c, maxSupports, weights, scoreMax) }))
    .sort(
      (a, b) =>
        b.arithmetic.total - a.arithmetic.total || a.c.submittedAt.localeCompare(b.c.submittedAt) || a.c.ideaId.localeCompare(b.c.ideaId),
    );
  return scored.map(({ c, arithmetic }, index) => ({
    ideaId: c.ideaId,
    position: index + 1,
    tiedWith: scored.filter((o) => o.c.ideaId !== c.ideaId && o.arithmetic.total === arithmetic.total).map((o) => o.c.ideaId),
    arithmetic,
  }));
}

/**
 * The ideas the ranking makes winners: the first `count`. When a tie straddles the cut the ranking cannot decide
 * alone, and `tieAtCut` asks the institution to decide and record its reason.
 */
export function rankedWinners(ranking: readonly RankingEntry[], count: number): { ideaIds: string[]; tieAtCut: boolean } {
  const ideaIds = ranking.slice(0, count).map((r) => r.ideaId);
  const last = ranking[count - 1];
  const tieAtCut = !!last && ranking.slice(count).some((r) => r.arithmetic.total === last.arithmetic.total);
  return { ideaIds, tieAtCut };
}
