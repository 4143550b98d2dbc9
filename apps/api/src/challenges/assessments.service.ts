import {
  IdeaScoreInput,
  Me,
  MilestoneDone,
  MilestoneInputSchema,
  PilotInputSchema,
  PilotStatus,
  WinnersInput,
  WinnersInputSchema,
} from '@cocrea/contracts';
import { juryScoreVisible, jurorMayScore, phaseClosed, rankedWinners } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type * as z from 'zod';
import { AppException, invalidField, notFound } from '../common/problem';
import { ChallengeAccess, IdeaContext } from './challenge-access';
import { ChallengeModerationLog } from './challenge-moderation-log';
import { ChallengeRanking } from './challenge-ranking.service';
import {
  ChallengeConflictEntity,
  ChallengeIdeaEntity,
  ChallengePilotEntity,
  ChallengePilotMilestoneEntity,
  ChallengeProblemEntity,
  ChallengeScoreEntity,
  ChallengeWinnersDecisionEntity,
} from './entities';

/** Only ideas admitted by filtering are scored. */
function requireAdmitted(context: IdeaContext): void {
  if (context.idea.status !== 'admitted') throw new AppException('idea_not_admitted');
}

export interface JuryScoreView {
  ideaId: string;
  scorerId: string;
  score: number;
  justification: string;
}

/**
 * The institution's and the jury's side: feasibility scores, jurors' conflicts and scores, the winners decision
 * checked against the ranking, and the pilots that follow the winners.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ChallengeAccess,
    private readonly ranking: ChallengeRanking,
    private readonly log: ChallengeModerationLog,
  ) {}

  /** The institution's team (a manager) scores feasibility with a written justification; scoring again replaces it. */
  async scoreFeasibility(me: Me, ideaId: string, input: IdeaScoreInput): Promise<void> {
    const context = await this.access.idea(ideaId);
    await this.access.requireRole(me, context.challenge.id, 'manager');
    this.access.requirePhase(context, 'score_feasibility');
    requireAdmitted(context);
    await this.db.manager.upsert(ChallengeScoreEntity, { ideaId, scorerId: me.id, kind: 'feasibility', ...input }, [
      'ideaId',
      'scorerId',
      'kind',
    ]);
  }

  /** A juror declares a conflict on an idea; a score they had given it is withdrawn. */
  async declareConflict(me: Me, ideaId: string, reason: string): Promise<void> {
    const context = await this.access.idea(ideaId);
    await this.access.requireRole(me, context.challenge.id, 'juror');
    this.access.requirePhase(context, 'declare_conflict');
    await this.db.transaction(async (em) => {
      await em.createQueryBuilder().insert().into(ChallengeConflictEntity).values({ ideaId, jurorId: me.id, reason }).orIgnore().execute();
      await em.delete(ChallengeScoreEntity, { ideaId, scorerId: me.id, kind: 'jury' });
    });
  }

  /** A juror scores an admitted idea with the rubric, unless they declared a conflict on it. */
  async scoreJury(me: Me, ideaId: string, input: IdeaScoreInput): Promise<void> {
    const context = await this.access.idea(ideaId);
    await this.access.requireRole(me, context.challenge.id, 'juror');
    this.access.requirePhase(context, 'score_jury');
    requireAdmitted(context);
    const conflicts = await this.db.manager.findBy(ChallengeConflictEntity, { jurorId: me.id, ideaId });
    if (!jurorMayScore(new Set(conflicts.map((c) => c.ideaId)), ideaId)) throw new AppException('juror_conflict');
    await this.db.manager.upsert(ChallengeScoreEntity, { ideaId, scorerId: me.id, kind: 'jury', ...input }, ['ideaId', 'scorerId', 'kind']);
  }

  /** The jury scores a juror or manager may see: their own until the jury phase closes, all of them afterwards. */
  async juryScores(me: Me, challengeId: string): Promise<JuryScoreView[]> {
    const context = await this.access.challenge(challengeId);
    if (!(await this.access.hasRole(me, challengeId, 'juror')) && !(await this.access.hasRole(me, challengeId, 'manager'))) {
      throw new AppException('forbidden');
    }
    const closed = phaseClosed(context.windows, 'jury', this.access.now());
    const rows = (await this.db.query(
      `SELECT s.idea_id, s.scorer_id, s.score, s.justification FROM challenge_scores s
         JOIN challenge_ideas i ON i.id = s.idea_id JOIN challenge_problems p ON p.id = i.problem_id
        WHERE p.challenge_id = $1 AND s.kind = 'jury' ORDER BY s.created_at, s.id`,
      [challengeId],
    )) as Array<{ idea_id: string; scorer_id: string; score: number; justification: string }>;
    return rows
      .filter((r) => juryScoreVisible(closed, r.scorer_id, me.id))
      .map((r) => ({ ideaId: r.idea_id, scorerId: r.scorer_id, score: r.score, justification: r.justification }));
  }

  /**
   * The institution's final decision on a problem's winners. Following the ranking needs no reason; departing
   * from it, or settling a tie across the cut, does, and the reason is published with the decision.
   */
  async decideWinners(me: Me, challengeId: string, input: WinnersInput & z.infer<typeof WinnersInputSchema>): Promise<void> {
    const context = await this.access.challenge(challengeId);
    await this.access.requireRole(me, challengeId, 'manager');
    this.access.requirePhase(context, 'decide_winners');
    const problem = await this.db.manager.findOneBy(ChallengeProblemEntity, { id: input.problemId, challengeId });
    if (!problem) throw notFound('un problema del reto', 'challenge problem');
    const ideaIds = [...new Set(input.ideaIds)];
    if (ideaIds.length > context.challenge.winnersPerProblem) {
      throw invalidField(
        'ideaIds',
        `El reto tiene ${context.challenge.winnersPerProblem} ganadoras por problema.`,
        `The challenge has ${context.challenge.winnersPerProblem} winners per problem.`,
      );
    }
    const admitted = await this.db.manager.countBy(ChallengeIdeaEntity, { id: In(ideaIds), problemId: problem.id, status: 'admitted' });
    if (admitted !== ideaIds.length)
      throw invalidField('ideaIds', 'Solo ideas admitidas de este problema.', 'Only admitted ideas of this problem.');
    const ranking = (await this.ranking.rankings(context, [problem.id], this.access.now())).get(problem.id) ?? [];
    const ranked = rankedWinners(ranking, context.challenge.winnersPerProblem);
    const followsRanking =
      !ranked.tieAtCut && ranked.ideaIds.length === ideaIds.length && ranked.ideaIds.every((id) => ideaIds.includes(id));
    if (!followsRanking && !input.reason) {
      throw invalidField(
        'reason',
        'La decisión se aparta del ranking o resuelve un empate: explique por qué.',
        'The decision departs from the ranking or settles a tie: say why.',
      );
    }
    await this.db.transaction(async (em) => {
      await em.upsert(
        ChallengeWinnersDecisionEntity,
        { problemId: problem.id, ideaIds, reason: input.reason, decidedById: me.id, decidedAt: this.access.now() },
        ['problemId'],
      );
      await this.log.record(em, challengeId, me.id, 'winners_decided', { problem: problem.title, winners: String(ideaIds.length) });
    });
  }

  /** A winning idea becomes a pilot (once). */
  async startPilot(me: Me, ideaId: string, input: z.infer<typeof PilotInputSchema>): Promise<{ id: string }> {
    const context = await this.access.idea(ideaId);
    await this.access.requireRole(me, context.challenge.id, 'manager');
    this.access.requirePhase(context, 'follow_pilot');
    const decision = await this.db.manager.findOneBy(ChallengeWinnersDecisionEntity, { problemId: context.problem.id });
    if (!decision?.ideaIds.includes(ideaId)) throw new AppException('not_a_winner');
    await this.db
      .createQueryBuilder()
      .insert()
      .into(ChallengePilotEntity)
      .values({ ideaId, ...input })
      .orIgnore()
      .execute();
    const pilot = await this.db.manager.findOneByOrFail(ChallengePilotEntity, { ideaId });
    return { id: pilot.id };
  }

  async setPilotStatus(me: Me, pilotId: string, status: PilotStatus): Promise<void> {
    await this.pilotContext(me, pilotId);
    await this.db.manager.update(ChallengePilotEntity, { id: pilotId }, { status });
  }

  /** A milestone marked done carries its evidence. */
  async addMilestone(me: Me, pilotId: string, input: z.infer<typeof MilestoneInputSchema>): Promise<{ id: string }> {
    await this.pilotContext(me, pilotId);
    if (input.doneOn && !input.evidence)
      throw invalidField('evidence', 'Un hito cumplido lleva su evidencia.', 'A milestone done carries its evidence.');
    const saved = await this.db.manager.save(this.db.manager.create(ChallengePilotMilestoneEntity, { pilotId, ...input }));
    return { id: saved.id };
  }

  /** A milestone reached: the day and its evidence (a link or a text), logged. */
  async completeMilestone(me: Me, milestoneId: string, input: MilestoneDone): Promise<void> {
    const milestone = await this.db.manager.findOneBy(ChallengePilotMilestoneEntity, { id: milestoneId });
    if (!milestone) throw notFound('un hito del piloto', 'pilot milestone');
    const context = await this.pilotContext(me, milestone.pilotId);
    await this.db.transaction(async (em) => {
      await em.update(ChallengePilotMilestoneEntity, { id: milestoneId }, input);
      await this.log.record(em, context.challenge.id, me.id, 'milestone_done', { milestone: milestone.title, doneOn: input.doneOn });
    });
  }

  private async pilotContext(me: Me, pilotId: string): Promise<IdeaContext> {
    const pilot = await this.db.manager.findOneBy(ChallengePilotEntity, { id: pilotId });
    if (!pilot) throw notFound('un piloto', 'pilot');
    const context = await this.access.idea(pilot.ideaId);
    await this.access.requireRole(me, context.challenge.id, 'manager');
    this.access.requirePhase(context, 'follow_pilot');
    return context;
  }
}
