import { PublicChallenge, PublicChallengeSummary, PublicIdea, PublicIdeaSummary, PublicScore, RankedIdea } from '@cocrea/contracts';
import { openPhases, phaseClosed } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { ChallengeAccess } from './challenge-access';
import { ChallengeRanking, weightsOf } from './challenge-ranking.service';
import { IdeaFilesService } from './idea-files.service';
import { IdeaTeamService } from './idea-team.service';
import {
  ChallengeConflictEntity,
  ChallengeEntity,
  ChallengeIdeaEntity,
  ChallengePhaseEntity,
  ChallengePilotEntity,
  ChallengePilotMilestoneEntity,
  ChallengeProblemEntity,
  ChallengeScoreEntity,
  ChallengeWinnersDecisionEntity,
} from './entities';

/**
 * What the portal shows of challenges, with no account: every challenge, its problems, ideas with their answers,
 * the ranking with its arithmetic, scores (the jury's once its phase has closed) and pilots.
 */
@Injectable()
export class PublicChallengesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ChallengeAccess,
    private readonly ranking: ChallengeRanking,
    private readonly team: IdeaTeamService,
    private readonly files: IdeaFilesService,
  ) {}

  async list(): Promise<PublicChallengeSummary[]> {
    const challenges = await this.db.manager.find(ChallengeEntity, { order: { createdAt: 'DESC', id: 'ASC' } });
    const ids = challenges.map((c) => c.id);
    if (!ids.length) return [];
    const [phases, problems, counts] = await Promise.all([
      this.db.manager.findBy(ChallengePhaseEntity, { challengeId: In(ids) }),
      this.db.manager.find(ChallengeProblemEntity, { where: { challengeId: In(ids) }, order: { position: 'ASC' } }),
      this.db.query(
        `SELECT p.challenge_id, count(i.id)::int AS ideas FROM challenge_problems p LEFT JOIN challenge_ideas i ON i.problem_id = p.id
          WHERE p.challenge_id = ANY($1) GROUP BY p.challenge_id`,
        [ids],
      ) as Promise<Array<{ challenge_id: string; ideas: number }>>,
    ]);
    const now = this.access.now();
    return challenges.map((c) => {
      const own = problems.filter((p) => p.challengeId === c.id);
      return {
        id: c.id,
        title: c.title,
        summary: c.summary,
        currentPhases: openPhases(
          phases.filter((p) => p.challengeId === c.id),
          now,
        ),
        institutions: [...new Set(own.map((p) => p.institution))],
        problemCount: own.length,
        ideaCount: counts.find((r) => r.challenge_id === c.id)?.ideas ?? 0,
      };
    });
  }

  async challenge(id: string): Promise<PublicChallenge> {
    const context = await this.access.challenge(id);
    const now = this.access.now();
    const [phases, problems] = await Promise.all([
      this.db.manager.find(ChallengePhaseEntity, { where: { challengeId: id }, order: { opensAt: 'ASC' } }),
      this.db.manager.find(ChallengeProblemEntity, { where: { challengeId: id }, order: { position: 'ASC' } }),
    ]);
    const problemIds = problems.map((p) => p.id);
    const [ideas, supports, rankings, decisions] = await Promise.all([
      problemIds.length
        ? this.db.manager.find(ChallengeIdeaEntity, {
            where: { problemId: In(problemIds) },
            relations: { author: true },
            order: { createdAt: 'ASC', id: 'ASC' },
          })
        : Promise.resolve([]),
      this.ranking.supportCounts(problemIds),
      this.ranking.rankings(context, problemIds, now),
      problemIds.length ? this.db.manager.findBy(ChallengeWinnersDecisionEntity, { problemId: In(problemIds) }) : Promise.resolve([]),
    ]);
    const titles = new Map(ideas.map((i) => [i.id, i.title]));
    return {
      id,
      title: context.challenge.title,
      summary: context.challenge.summary,
      currentPhases: openPhases(context.windows, now),
      supportLimit: context.challenge.supportLimit,
      winnersPerProblem: context.challenge.winnersPerProblem,
      weights: weightsOf(context.challenge),
      juryPublished: phaseClosed(context.windows, 'jury', now),
      phases: phases.map((p) => ({ phase: p.phase, opensAt: p.opensAt.toISOString(), closesAt: p.closesAt.toISOString(), rules: p.rules })),
      problems: problems.map((p) => {
        const decision = decisions.find((d) => d.problemId === p.id) ?? null;
        return {
          id: p.id,
          institution: p.institution,
          title: p.title,
          context: p.context,
          ideas: ideas
            .filter((i) => i.problemId === p.id)
            .map(
              (i): PublicIdeaSummary => ({
                id: i.id,
                title: i.title,
                author: i.author.name,
                status: i.status,
                declineReason: i.declineReason,
                supports: supports.get(i.id) ?? 0,
              }),
            ),
          ranking: (rankings.get(p.id) ?? []).map(
            (r): RankedIdea => ({ ...r, title: titles.get(r.ideaId) ?? '', winner: !!decision?.ideaIds.includes(r.ideaId) }),
          ),
          winnersDecision: decision ? { reason: decision.reason, decidedAt: decision.decidedAt.toISOString() } : null,
        };
      }),
    };
  }

  async idea(id: string): Promise<PublicIdea> {
    const context = await this.access.idea(id);
    const { idea, problem, challenge } = context;
    const juryPublished = phaseClosed(context.windows, 'jury', this.access.now());
    const [author, scores, conflicts, supports, decision, pilot, coauthors, attachments] = await Promise.all([
      this.db.manager.findOneByOrFail(PersonEntity, { id: idea.authorId }),
      this.db.manager.find(ChallengeScoreEntity, {
        where: { ideaId: id },
        relations: { scorer: true },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
      juryPublished
        ? this.db.manager.find(ChallengeConflictEntity, { where: { ideaId: id }, relations: { juror: true } })
        : Promise.resolve([]),
      this.ranking.supportCounts([problem.id]),
      this.db.manager.findOneBy(ChallengeWinnersDecisionEntity, { problemId: problem.id }),
      this.db.manager.findOneBy(ChallengePilotEntity, { ideaId: id }),
      this.team.coauthors(id),
      this.files.list(id),
    ]);
    const milestones = pilot
      ? await this.db.manager.find(ChallengePilotMilestoneEntity, { where: { pilotId: pilot.id }, order: { dueOn: 'ASC', id: 'ASC' } })
      : [];
    const toScore = (s: ChallengeScoreEntity): PublicScore => ({
      scorer: s.scorer.name,
      score: s.score,
      justification: s.justification,
      createdAt: s.createdAt.toISOString(),
    });
    return {
      id,
      challengeId: challenge.id,
      challengeTitle: challenge.title,
      currentPhases: openPhases(context.windows, this.access.now()),
      problem: { id: problem.id, institution: problem.institution, title: problem.title },
      title: idea.title,
      description: idea.description,
      beneficiaries: idea.beneficiaries,
      team: idea.team,
      author: author.name,
      coauthors: coauthors.map((c) => c.name),
      attachments,
      submittedAt: idea.createdAt.toISOString(),
      status: idea.status,
      answer:
        idea.status === 'submitted' || !idea.decidedAt
          ? null
          : {
              outcome: idea.status,
              reason: idea.declineReason,
              duplicateOfId: idea.duplicateOfId,
              note: idea.decisionNote,
              decidedAt: idea.decidedAt.toISOString(),
            },
      supports: supports.get(id) ?? 0,
      feasibility: scores.filter((s) => s.kind === 'feasibility').map(toScore),
      jury: juryPublished ? scores.filter((s) => s.kind === 'jury').map(toScore) : [],
      conflicts: conflicts.map((c) => ({ juror: c.juror.name, reason: c.reason })),
      winner: !!decision?.ideaIds.includes(id),
      pilot: pilot
        ? {
            id: pilot.id,
            status: pilot.status,
            summary: pilot.summary,
            milestones: milestones.map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, evidence: m.evidence })),
          }
        : null,
    };
  }
}
