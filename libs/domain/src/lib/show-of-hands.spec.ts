import { DECISION_OUTCOMES } from '@cocrea/contracts';
import fc from 'fast-check';
import { checkShowOfHands, ShowOfHands } from './show-of-hands';

describe('checkShowOfHands', () => {
  it.each<[ShowOfHands, number, ReturnType<typeof checkShowOfHands>]>([
    [{ outcome: 'unanimous' }, 33, { ok: true }],
    [{ outcome: 'unanimous', yes: 33, no: 0, abstain: 0 }, 33, { ok: true }],
    [{ outcome: 'unanimous', yes: 30, no: 1 }, 33, { ok: false, problem: 'unanimous_with_votes_against' }],
    [{ outcome: 'majority' }, 33, { ok: false, problem: 'counts_required' }],
    [{ outcome: 'majority', yes: 20 }, 33, { ok: false, problem: 'counts_required' }],
    [{ outcome: 'majority', yes: 20, no: 1, abstain: 2 }, 33, { ok: true }],
    [{ outcome: 'majority', yes: 10, no: 10 }, 33, { ok: false, problem: 'majority_not_reached' }],
    [{ outcome: 'majority', yes: 5, no: 10 }, 33, { ok: false, problem: 'majority_not_reached' }],
    [{ outcome: 'majority', yes: 30, no: 3, abstain: 1 }, 33, { ok: false, problem: 'more_votes_than_rights' }],
    [{ outcome: 'majority', yes: 30, no: 3 }, 33, { ok: true }],
    [{ outcome: 'rejected' }, 33, { ok: true }],
    [{ outcome: 'rejected', yes: 5, no: 20 }, 33, { ok: true }],
    [{ outcome: 'rejected', yes: 20, no: 5 }, 33, { ok: false, problem: 'rejected_with_majority' }],
    [{ outcome: 'unanimous', yes: 34 }, 33, { ok: false, problem: 'more_votes_than_rights' }],
  ])('%j with %d rights present → %j', (vote, rights, expected) => {
    expect(checkShowOfHands(vote, rights)).toEqual(expected);
  });

  const count = fc.option(fc.integer({ min: 0, max: 60 }), { nil: null });
  it('accepts a vote only when it fits in the room and agrees with its outcome', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DECISION_OUTCOMES),
        count,
        count,
        count,
        fc.integer({ min: 0, max: 60 }),
        (outcome, yes, no, abstain, rights) => {
          const result = checkShowOfHands({ outcome, yes, no, abstain }, rights);
          if (!result.ok) return;
          expect((yes ?? 0) + (no ?? 0) + (abstain ?? 0)).toBeLessThanOrEqual(rights);
          if (outcome === 'majority') expect(yes ?? 0).toBeGreaterThan(no ?? 0);
          if (outcome === 'unanimous') expect(no ?? 0).toBe(0);
        },
      ),
    );
  });
});
