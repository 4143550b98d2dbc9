import { ChallengePhase, ChallengeRole, Me } from '@cocrea/contracts';
import { ChallengeAction, phaseAllows, phasesOf, PhaseWindow } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { AppException, notFound } from '../common/problem';
import { PublicDocumentCache } from '../public';
import { ChallengeEntity, ChallengeIdeaEntity, ChallengeMemberEntity, ChallengePhaseEntity, ChallengeProblemEntity } from './entities';

export interface ChallengeContext {
  challenge: ChallengeEntity;
  windows: PhaseWindow[];
}

export interface IdeaContext extends ChallengeContext {
  idea: ChallengeIdeaEntity;
  problem: ChallengeProblemEntity;
}

/** Where an idea sits: its problem and challenge, which never change. */
export interface IdeaPlace {
  problemId: string;
  challengeId: string;
}

/** The 409 for an act in a phase that is not open, naming that phase and its dates. */
export function phaseClosedError(windows: readonly PhaseWindow[], phase: ChallengePhase): AppException {
  const window = windows.find((w) => w.phase === phase);
  return new AppException('challenge_phase_closed', {
    phase,
    opensAt: window?.opensAt.toISOString() ?? '',
    closesAt: window?.closesAt.toISOString() ?? '',
  });
}

/**
 * The one place that loads a challenge with its phase calendar, says whether an action is open now (the server
 * enforces the dates) and whether the caller manages the challenge or sits on its jury.
 *
 * A challenge and its calendar are read by every citizen's request and change a few times in its life: outside a
 * transaction they are kept for `CONTEXT_TTL_MS`, dropped at once when this instance changes a challenge
 * (`changed`), so a change made on another api instance is enforced here within that time.
 */
@Injectable()
export class ChallengeAccess {
  static readonly CONTEXT_TTL_MS = 1_000;
  private static readonly MAX_PLACES = 50_000;

  private readonly contexts = new Map<string, { expires: number; context: Promise<ChallengeContext> }>();
  private readonly places = new Map<string, IdeaPlace>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly publicDocuments: PublicDocumentCache,
    private readonly clock: Clock,
  ) {}

  /** The server's clock: every phase check reads it here. */
  now(): Date {
    return this.clock.now();
  }

  /** The challenge and its calendar: fresh inside a transaction (`em`), else as kept for `CONTEXT_TTL_MS`. */
  challenge(id: string, em?: EntityManager): Promise<ChallengeContext> {
    if (em) return this.load(id, em);
    const now = performance.now();
    const kept = this.contexts.get(id);
    if (kept && kept.expires > now) return kept.context;
    const context = this.load(id, this.db.manager);
    this.contexts.set(id, { expires: now + ChallengeAccess.CONTEXT_TTL_MS, context });
    context.catch(() => this.contexts.delete(id));
    return context;
  }

  /** A challenge (its settings, calendar, ideas, answers or scores) changed here: forget what is kept of challenges. */
  changed(): void {
    this.contexts.clear();
    this.publicDocuments.invalidateKind('challenge');
  }

  /** The problem and challenge of an idea, in one query the first time (404 for an unknown idea). */
  async ideaPlace(ideaId: string): Promise<IdeaPlace> {
    const kept = this.places.get(ideaId);
    if (kept) return kept;
    const [row] = (await this.db.query(
      `SELECT i.problem_id AS "problemId", p.challenge_id AS "challengeId"
         FROM challenge_ideas i JOIN challenge_problems p ON p.id = i.problem_id WHERE i.id = $1`,
      [ideaId],
    )) as IdeaPlace[];
    if (!row) throw notFound('una idea', 'idea');
    if (this.places.size >= ChallengeAccess.MAX_PLACES) this.places.clear();
    this.places.set(ideaId, row);
    return row;
  }

  private async load(id: string, em: EntityManager): Promise<ChallengeContext> {
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
    if (phases.length === 1) throw phaseClosedError(context.windows, phases[0]);
    const windows = context.windows.filter((w) => phases.includes(w.phase));
    const opensAt = windows.map((w) => w.opensAt.toISOString()).sort()[0] ?? '';
    const closesAt =
      windows
        .map((w) => w.closesAt.toISOString())
        .sort()
        .at(-1) ?? '';
    throw new AppException('challenge_closed', { opensAt, closesAt });
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
