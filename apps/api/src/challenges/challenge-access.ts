import { ChallengeRole, Me } from '@cocrea/contracts';
import { ChallengeAction, phaseAllows, phasesOf, PhaseWindow } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppException, notFound } from '../common/problem';
import { ChallengeEntity, ChallengeIdeaEntity, ChallengeMemberEntity, ChallengePhaseEntity, ChallengeProblemEntity } from './entities';

export interface ChallengeContext {
  challenge: ChallengeEntity;
  windows: PhaseWindow[];
}

export interface IdeaContext extends ChallengeContext {
  idea: ChallengeIdeaEntity;
  problem: ChallengeProblemEntity;
}

/**
 * The one place that loads a challenge with its phase calendar, says whether an action is open now (the server
 * enforces the dates) and whether the caller manages the challenge or sits on its jury.
 */
@Injectable()
export class ChallengeAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The server's clock: every phase check reads it here. */
  now(): Date {
    return new Date();
  }

  async challenge(id: string, em: EntityManager = this.db.manager): Promise<ChallengeContext> {
    const challenge = await em.findOneBy(ChallengeEntity, { id });
    if (!challenge) throw notFound('un reto', 'challenge');
    const phases = await em.findBy(ChallengePhaseEntity, { challengeId: id });
    return { challenge, windows: phases.map((p) => ({ phase: p.phase, opensAt: p.opensAt, closesAt: p.closesAt })) };
  }

  async problem(id: string): Promise<ChallengeContext & { problem: ChallengeProblemEntity }> {
    const problem = await this.db.manager.findOneBy(ChallengeProblemEntity, { id });
    if (!problem) throw notFound('un problema del reto', 'challenge problem');
    return { ...(await this.challenge(problem.challengeId)), problem };
  }

  async idea(id: string): Promise<IdeaContext> {
    const idea = await this.db.manager.findOneBy(ChallengeIdeaEntity, { id });
    if (!idea) throw notFound('una idea', 'idea');
    const { problem, ...context } = await this.problem(idea.problemId);
    return { ...context, problem, idea };
  }

  /**
   * Refuses (409) an action outside the phases it belongs to: naming the phase and its dates for a one-phase action,
   * the whole challenge's dates for one that runs through every phase (commenting).
   */
  requirePhase(context: ChallengeContext, action: ChallengeAction): void {
    if (phaseAllows(context.windows, action, this.now())) return;
    const phases = phasesOf(action);
    const windows = context.windows.filter((w) => phases.includes(w.phase));
    const opensAt = windows.map((w) => w.opensAt.toISOString()).sort()[0] ?? '';
    const closesAt =
      windows
        .map((w) => w.closesAt.toISOString())
        .sort()
        .at(-1) ?? '';
    if (phases.length > 1) throw new AppException('challenge_closed', { opensAt, closesAt });
    throw new AppException('challenge_phase_closed', { phase: phases[0], opensAt, closesAt });
  }

  /** A manager runs the challenge (platform admins too); a juror scores it. Anyone else gets 403. */
  async requireRole(me: Me, challengeId: string, role: ChallengeRole): Promise<void> {
    if (role === 'manager' && me.platformRole === 'admin') return;
    if (!(await this.db.manager.existsBy(ChallengeMemberEntity, { challengeId, personId: me.id, role })))
      throw new AppException('forbidden');
  }

  async hasRole(me: Me, challengeId: string, role: ChallengeRole): Promise<boolean> {
    return this.requireRole(me, challengeId, role).then(
      () => true,
      () => false,
    );
  }
}
