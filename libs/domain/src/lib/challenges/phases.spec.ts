import { CHALLENGE_PHASES, ChallengePhase } from '@cocrea/contracts';
import {
  ChallengeAction,
  closePhaseNow,
  openPhases,
  phaseAllows,
  phaseClosed,
  phasesOf,
  PhaseWindow,
  phaseWindowProblems,
  reschedulePhase,
} from './phases';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
/** One week per phase, in order, from 2026-01-01. */
const calendar: PhaseWindow[] = CHALLENGE_PHASES.map((phase, i) => ({ phase, opensAt: day(1 + 7 * i), closesAt: day(8 + 7 * i) }));

describe('phaseAllows', () => {
  it.each<[ChallengeAction, Date, boolean]>([
    ['submit_idea', day(1), true],
    ['submit_idea', day(7), true],
    ['submit_idea', day(8), false],
    ['edit_idea', day(9), false],
    ['filter_idea', day(8), true],
    ['support', day(15), true],
    ['support', day(14), false],
    ['support', day(22), false],
    ['score_feasibility', day(22), true],
    ['score_jury', day(29), true],
    ['declare_conflict', day(30), true],
    ['score_jury', day(36), false],
    ['decide_winners', day(36), true],
    ['follow_pilot', day(45), true],
    ['follow_pilot', day(60), false],
    ['comment', day(0), false],
    ['comment', day(1), true],
    ['comment', day(23), true],
    ['comment', day(49), true],
    ['comment', day(50), false],
  ])('%s on %s: %s', (action, now, allowed) => {
    expect(phaseAllows(calendar, action, now)).toBe(allowed);
  });

  it('ties editing an idea to the ideas phase alone and commenting to every phase', () => {
    expect(phasesOf('edit_idea')).toEqual<ChallengePhase[]>(['ideas']);
    expect(phasesOf('comment')).toEqual(CHALLENGE_PHASES);
  });

  it('allows nothing before the challenge opens', () => {
    expect(openPhases(calendar, day(0))).toEqual([]);
  });

  it('lets overlapping phases both be open', () => {
    const overlapping = calendar.map((w) => (w.phase === 'jury' ? { ...w, opensAt: day(22) } : w));
    expect(openPhases(overlapping, day(23))).toEqual<ChallengePhase[]>(['feasibility', 'jury']);
  });
});

describe('phaseClosed', () => {
  it('is false while the phase runs and true from its closing instant', () => {
    expect(phaseClosed(calendar, 'jury', day(35))).toBe(false);
    expect(phaseClosed(calendar, 'jury', day(36))).toBe(true);
  });
});

describe('phaseWindowProblems', () => {
  it('accepts a calendar with every phase once, in order', () => {
    expect(phaseWindowProblems(calendar)).toEqual([]);
  });

  it.each<[string, PhaseWindow[], string]>([
    ['a missing phase', calendar.filter((w) => w.phase !== 'vote'), 'vote: expected once, found 0'],
    ['a repeated phase', [...calendar, calendar[0]], 'ideas: expected once, found 2'],
    [
      'a phase that closes before it opens',
      calendar.map((w) => (w.phase === 'jury' ? { ...w, closesAt: w.opensAt } : w)),
      'jury: opens at or after it closes',
    ],
    [
      'a phase that opens before the previous one',
      calendar.map((w) => (w.phase === 'vote' ? { ...w, opensAt: day(0) } : w)),
      'vote: opens before filtering',
    ],
  ])('names %s', (_, windows, problem) => {
    expect(phaseWindowProblems(windows)).toContain(problem);
  });
});

describe('closePhaseNow', () => {
  const at = (windows: PhaseWindow[] | null, phase: ChallengePhase) => windows?.find((w) => w.phase === phase);

  it('closes the open phase now and opens the next one at once, leaving the calendar valid', () => {
    const now = day(3);
    const moved = closePhaseNow(calendar, 'ideas', now);
    expect(at(moved, 'ideas')).toEqual({ phase: 'ideas', opensAt: day(1), closesAt: now });
    expect(at(moved, 'filtering')).toEqual({ phase: 'filtering', opensAt: now, closesAt: day(15) });
    expect(at(moved, 'vote')).toEqual(at(calendar, 'vote'));
    expect(openPhases(moved ?? [], now)).toEqual<ChallengePhase[]>(['filtering']);
    expect(phaseWindowProblems(moved ?? [])).toEqual([]);
  });

  it('leaves a next phase that already opened where it is', () => {
    const overlapping = calendar.map((w) => (w.phase === 'jury' ? { ...w, opensAt: day(22) } : w));
    expect(at(closePhaseNow(overlapping, 'feasibility', day(24)), 'jury')?.opensAt).toEqual(day(22));
  });

  it('closes the last phase without opening another', () => {
    const moved = closePhaseNow(calendar, 'pilots', day(45));
    expect(openPhases(moved ?? [], day(45))).toEqual([]);
  });

  it.each<[ChallengePhase, Date]>([
    ['filtering', day(3)],
    ['ideas', day(8)],
    ['ideas', day(0)],
  ])('refuses to close %s when it is not open on %s', (phase, now) => {
    expect(closePhaseNow(calendar, phase, now)).toBeNull();
  });
});

describe('reschedulePhase', () => {
  it('replaces one phase and keeps the others', () => {
    const moved = reschedulePhase(calendar, { phase: 'vote', opensAt: day(16), closesAt: day(20) });
    expect(moved.find((w) => w.phase === 'vote')).toEqual({ phase: 'vote', opensAt: day(16), closesAt: day(20) });
    expect(moved.filter((w) => w.phase !== 'vote')).toEqual(calendar.filter((w) => w.phase !== 'vote'));
  });
});
