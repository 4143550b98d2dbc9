import { ChallengeDataset } from '@cocrea/contracts';
import { phaseClosed } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChallengeAccess } from './challenge-access';
import { ChallengeDatasetRows } from './challenge-datasets';
import { PublicChallengesService } from './public-challenges.service';

/** Loads the rows of each open dataset of one challenge; what is hidden on the portal is hidden here too. */
@Injectable()
export class ChallengeOpenDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ChallengeAccess,
    private readonly portal: PublicChallengesService,
  ) {}

  async rows<K extends ChallengeDataset>(challengeId: string, name: K): Promise<ChallengeDatasetRows[K][]> {
    const context = await this.access.challenge(challengeId);
    const loaders: { [D in ChallengeDataset]: () => Promise<ChallengeDatasetRows[D][]> } = {
      ideas: () => this.ideas(challengeId),
      supports: () => this.supports(challengeId),
      scores: () => this.scores(challengeId, phaseClosed(context.windows, 'jury', this.access.now())),
      ranking: () => this.ranking(challengeId),
    };
    return loaders[name]() as Promise<ChallengeDatasetRows[K][]>;
  }

  private async ideas(challengeId: string): Promise<ChallengeDatasetRows['ideas'][]> {
    const rows = (await this.db.query(
      `SELECT i.id, i.problem_id, p.institution, p.title AS problem, i.title, a.name AS author, i.created_at, i.status, i.decline_reason,
              i.duplicate_of_id, (SELECT count(*)::int FROM challenge_supports s WHERE s.idea_id = i.id) AS supports
         FROM challenge_ideas i JOIN challenge_problems p ON p.id = i.problem_id JOIN people a ON a.id = i.author_id
        WHERE p.challenge_id = $1 ORDER BY p.position, i.created_at, i.id`,
      [challengeId],
    )) as Array<Record<string, string | number | Date | null>>;
    return rows.map((r) => ({
      ideaId: r['id'] as string,
      problemId: r['problem_id'] as string,
      institution: r['institution'] as string,
      problem: r['problem'] as string,
      title: r['title'] as string,
      author: r['author'] as string,
      submittedAt: (r['created_at'] as Date).toISOString(),
      status: r['status'] as string,
      declineReason: r['decline_reason'] as string | null,
      duplicateOfId: r['duplicate_of_id'] as string | null,
      supports: r['supports'] as number,
    }));
  }

  private async supports(challengeId: string): Promise<ChallengeDatasetRows['supports'][]> {
    const rows = (await this.db.query(
      `SELECT s.idea_id, to_char(s.created_at AT TIME ZONE 'America/Mexico_City', 'YYYY-MM-DD') AS day, count(*)::int AS supports
         FROM challenge_supports s JOIN challenge_problems p ON p.id = s.problem_id
        WHERE p.challenge_id = $1 GROUP BY s.idea_id, day ORDER BY day, s.idea_id`,
      [challengeId],
    )) as Array<{ idea_id: string; day: string; supports: number }>;
    return rows.map((r) => ({ ideaId: r.idea_id, day: r.day, supports: r.supports }));
  }

  private async scores(challengeId: string, juryPublished: boolean): Promise<ChallengeDatasetRows['scores'][]> {
    const rows = (await this.db.query(
      `SELECT s.idea_id, s.kind, a.name AS scorer, s.score, s.justification, s.created_at
         FROM challenge_scores s JOIN challenge_ideas i ON i.id = s.idea_id JOIN challenge_problems p ON p.id = i.problem_id
         JOIN people a ON a.id = s.scorer_id
        WHERE p.challenge_id = $1 AND (s.kind = 'feasibility' OR $2) ORDER BY s.idea_id, s.kind, s.created_at, s.id`,
      [challengeId, juryPublished],
    )) as Array<{ idea_id: string; kind: string; scorer: string; score: number; justification: string; created_at: Date }>;
    return rows.map((r) => ({
      ideaId: r.idea_id,
      kind: r.kind,
      scorer: r.scorer,
      score: r.score,
      justification: r.justification,
      createdAt: r.created_at.toISOString(),
    }));
  }

  /** The portal's ranking, flattened: the same numbers the challenge page shows. */
  private async ranking(challengeId: string): Promise<ChallengeDatasetRows['ranking'][]> {
    const challenge = await this.portal.challenge(challengeId);
    return challenge.problems.flatMap((p) =>
      p.ranking.map((r) => ({
        problemId: p.id,
        ideaId: r.ideaId,
        title: r.title,
        position: r.position,
        tiedWith: r.tiedWith.join(' '),
        supports: r.arithmetic.supports,
        maxSupports: r.arithmetic.maxSupports,
        supportNormalized: r.arithmetic.supportNormalized,
        feasibilityAverage: r.arithmetic.feasibilityAverage,
        juryAverage: r.arithmetic.juryAverage,
        supportPoints: r.arithmetic.contributions.support,
        feasibilityPoints: r.arithmetic.contributions.feasibility,
        juryPoints: r.arithmetic.contributions.jury,
        total: r.arithmetic.total,
        winner: r.winner,
      })),
    );
  }
}
