import { CHALLENGE_SCORE_MAX, ChallengeWeights } from '@cocrea/contracts';
import { phaseClosed, rankIdeas, RankingEntry } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ChallengeContext } from './challenge-access';
import { ChallengeIdeaEntity, ChallengeScoreEntity } from './entities';

export const weightsOf = (c: ChallengeContext['challenge']): ChallengeWeights => ({
  support: c.weightSupport,
  feasibility: c.weightFeasibility,
  jury: c.weightJury,
});

/**
 * The one reader of a challenge's ranking, for the winners decision, the portal and the ranking dataset alike: the
 * admitted ideas of each problem ranked by the domain rule. Jury scores count only once the jury phase has closed,
 * since until then they are hidden (and the ranking would reveal them).
 */
@Injectable()
export class ChallengeRanking {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Supports per idea of the given problems. */
  async supportCounts(problemIds: string[]): Promise<Map<string, number>> {
    if (!problemIds.length) return new Map();
    const rows = (await this.db.query(
      `SELECT idea_id, count(*)::int AS supports FROM challenge_supports WHERE problem_id = ANY($1) GROUP BY idea_id`,
      [problemIds],
    )) as Array<{ idea_id: string; supports: number }>;
    return new Map(rows.map((r) => [r.idea_id, r.supports]));
  }

  /** The ranking of each problem, keyed by problem id. */
  async rankings(context: ChallengeContext, problemIds: string[], now: Date): Promise<Map<string, RankingEntry[]>> {
    const ideas = problemIds.length
      ? await this.db.manager.findBy(ChallengeIdeaEntity, { problemId: In(problemIds), status: 'admitted' })
      : [];
    const supports = await this.supportCounts(problemIds);
    const juryCounts = phaseClosed(context.windows, 'jury', now);
    const scores = ideas.length ? await this.db.manager.findBy(ChallengeScoreEntity, { ideaId: In(ideas.map((i) => i.id)) }) : [];
    const scoresOf = (ideaId: string, kind: ChallengeScoreEntity['kind']) =>
      scores.filter((s) => s.ideaId === ideaId && s.kind === kind).map((s) => s.score);
    const result = new Map<string, RankingEntry[]>();
    for (const problemId of problemIds) {
      const candidates = ideas
        .filter((i) => i.problemId === problemId)
        .map((i) => ({
          ideaId: i.id,
          submittedAt: i.createdAt.toISOString(),
          supports: supports.get(i.id) ?? 0,
          feasibilityScores: scoresOf(i.id, 'feasibility'),
          juryScores: juryCounts ? scoresOf(i.id, 'jury') : [],
        }));
      result.set(problemId, rankIdeas(candidates, weightsOf(context.challenge), CHALLENGE_SCORE_MAX));
    }
    return result;
  }
}
