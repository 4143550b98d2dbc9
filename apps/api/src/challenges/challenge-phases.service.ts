import { ChallengePhase, ChallengePhaseSchedule, Me } from '@cocrea/contracts';
import { closePhaseNow, PhaseWindow, phaseWindowProblems, reschedulePhase } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { invalidField } from '../common/problem';
import { ChallengeAccess, phaseClosedError } from './challenge-access';
import { ChallengeModerationLog } from './challenge-moderation-log';
import { ChallengePhaseEntity } from './entities';

/**
 * Moving a challenge through its phases: its managers close the open phase now (the next opens at once) or move a
 * phase's dates. The calendar's rule (`phaseWindowProblems`) holds after every change, and each change is logged.
 */
@Injectable()
export class ChallengePhasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ChallengeAccess,
    private readonly log: ChallengeModerationLog,
  ) {}

  /** Closes `phase` now; a phase that is not open answers 409 with its dates. */
  async close(me: Me, challengeId: string, phase: ChallengePhase): Promise<void> {
    await this.access.requireRole(me, challengeId, 'manager');
    await this.db.transaction(async (em) => {
      const windows = await this.lockedCalendar(em, challengeId);
      const now = this.access.now();
      const moved = closePhaseNow(windows, phase, now);
      if (!moved) throw phaseClosedError(windows, phase);
      await this.save(em, challengeId, windows, moved);
      await this.log.record(em, challengeId, me.id, 'phase_closed', { phase, closedAt: now.toISOString() });
    });
  }

  /** Moves one phase's dates (and its rules, when given); a calendar that breaks the rule is a 400 naming why. */
  async reschedule(me: Me, challengeId: string, input: ChallengePhaseSchedule): Promise<void> {
    await this.access.requireRole(me, challengeId, 'manager');
    await this.db.transaction(async (em) => {
      const windows = await this.lockedCalendar(em, challengeId);
      const change = { phase: input.phase, opensAt: new Date(input.opensAt), closesAt: new Date(input.closesAt) };
      const moved = reschedulePhase(windows, change);
      const problems = phaseWindowProblems(moved);
      if (problems.length)
        throw invalidField(
          'phases',
          `Calendario de fases no válido: ${problems.join('; ')}`,
          `Invalid phase calendar: ${problems.join('; ')}`,
        );
      await this.save(em, challengeId, windows, moved);
      if (input.rules !== undefined) await em.update(ChallengePhaseEntity, { challengeId, phase: input.phase }, { rules: input.rules });
      await this.log.record(em, challengeId, me.id, 'phase_rescheduled', {
        phase: input.phase,
        opensAt: change.opensAt.toISOString(),
        closesAt: change.closesAt.toISOString(),
      });
    });
  }

  /** The calendar read under a row lock, so two managers moving phases at once do not interleave. */
  private async lockedCalendar(em: EntityManager, challengeId: string): Promise<PhaseWindow[]> {
    await em.query(`SELECT id FROM challenge_phases WHERE challenge_id = $1 FOR UPDATE`, [challengeId]);
    return (await this.access.challenge(challengeId, em)).windows;
  }

  private async save(em: EntityManager, challengeId: string, before: PhaseWindow[], after: PhaseWindow[]): Promise<void> {
    for (const w of after) {
      const old = before.find((b) => b.phase === w.phase);
      if (old && old.opensAt.getTime() === w.opensAt.getTime() && old.closesAt.getTime() === w.closesAt.getTime()) continue;
      await em.update(ChallengePhaseEntity, { challengeId, phase: w.phase }, { opensAt: w.opensAt, closesAt: w.closesAt });
    }
  }
}
