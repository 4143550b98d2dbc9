/**
 * A challenge runs through dated phases; each phase allows certain actions and the server enforces the dates.
 * One table says which action belongs to which phase, so the api and the portal never disagree.
 */
import { CHALLENGE_PHASES, ChallengePhase } from '@cocrea/contracts';

export type ChallengeAction =
  | 'submit_idea'
  | 'edit_idea'
  | 'filter_idea'
  | 'support'
  | 'score_feasibility'
  | 'declare_conflict'
  | 'score_jury'
  | 'decide_winners'
  | 'follow_pilot'
  | 'comment';

/**
 * Which actions each phase allows. Editing an idea (its text, files and co-authors) ends with the ideas phase;
 * commenting is open while the challenge is, from the ideas phase to the end of the pilots'.
 */
export const PHASE_ACTIONS: Readonly<Record<ChallengePhase, readonly ChallengeAction[]>> = {
  ideas: ['submit_idea', 'edit_idea', 'comment'],
  filtering: ['filter_idea', 'comment'],
  vote: ['support', 'comment'],
  feasibility: ['score_feasibility', 'comment'],
  jury: ['declare_conflict', 'score_jury', 'comment'],
  winners: ['decide_winners', 'comment'],
  pilots: ['follow_pilot', 'comment'],
};

export interface PhaseWindow {
  phase: ChallengePhase;
  opensAt: Date;
  closesAt: Date;
}

/** Where a set of phase windows breaks the rules: every phase once, each opening before it closes, in running order. */
export function phaseWindowProblems(windows: readonly PhaseWindow[]): string[] {
  const problems: string[] = [];
  for (const phase of CHALLENGE_PHASES) {
    const count = windows.filter((w) => w.phase === phase).length;
    if (count !== 1) problems.push(`${phase}: expected once, found ${count}`);
  }
  for (const w of windows) if (!(w.opensAt < w.closesAt)) problems.push(`${w.phase}: opens at or after it closes`);
  const ordered = CHALLENGE_PHASES.map((phase) => windows.find((w) => w.phase === phase)).filter((w): w is PhaseWindow => !!w);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i].opensAt < ordered[i - 1].opensAt) problems.push(`${ordered[i].phase}: opens before ${ordered[i - 1].phase}`);
  }
  return problems;
}

/** The phases open at `now` (a window includes its opening instant and excludes its closing one). */
export function openPhases(windows: readonly PhaseWindow[], now: Date): ChallengePhase[] {
  return CHALLENGE_PHASES.filter((phase) => windows.some((w) => w.phase === phase && w.opensAt <= now && now < w.closesAt));
}

/** The phases in which `action` is allowed, in running order (one for most actions, every phase for commenting). */
export function phasesOf(action: ChallengeAction): ChallengePhase[] {
  return CHALLENGE_PHASES.filter((phase) => PHASE_ACTIONS[phase].includes(action));
}

/** Whether `action` may happen at `now`: only while a phase it belongs to is open. */
export function phaseAllows(windows: readonly PhaseWindow[], action: ChallengeAction, now: Date): boolean {
  const open = openPhases(windows, now);
  return phasesOf(action).some((phase) => open.includes(phase));
}

/** Whether a phase has closed by `now` (e.g. the jury's scores become public once the jury phase has). */
export function phaseClosed(windows: readonly PhaseWindow[], phase: ChallengePhase, now: Date): boolean {
  const window = windows.find((w) => w.phase === phase);
  return !!window && window.closesAt <= now;
}

/**
 * Moving a challenge on: the open `phase` closes at `now`, and the phase after it opens at `now` if it was due later
 * (so the challenge never sits between phases). Null when `phase` is not open at `now`: only an open phase closes.
 */
export function closePhaseNow(windows: readonly PhaseWindow[], phase: ChallengePhase, now: Date): PhaseWindow[] | null {
  if (!openPhases(windows, now).includes(phase)) return null;
  const next = CHALLENGE_PHASES[CHALLENGE_PHASES.indexOf(phase) + 1];
  return windows.map((w) => {
    if (w.phase === phase) return { ...w, closesAt: now };
    if (w.phase === next && w.opensAt > now) return { ...w, opensAt: now };
    return w;
  });
}

/** The calendar with one phase's dates replaced; check it with `phaseWindowProblems` before keeping it. */
export function reschedulePhase(windows: readonly PhaseWindow[], change: PhaseWindow): PhaseWindow[] {
  return windows.map((w) => (w.phase === change.phase ? { ...change } : w));
}
