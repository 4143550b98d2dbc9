import { DELIVERABLE_STATUSES, DeliverableStatus, INPUT_STATUSES, InputStatus } from '@cocrea/contracts';
import fc from 'fast-check';
import { acceptsInputs, canChangeDeliverableStatus, canReviewInput, canReviseInput, deliverableProgress, isOverdue } from './deliverables';

describe('canChangeDeliverableStatus', () => {
  const allowed = new Set([
    'planned→in_progress',
    'planned→cancelled',
    'in_progress→in_review',
    'in_progress→cancelled',
    'in_review→delivered',
    'in_review→in_progress',
    'in_review→cancelled',
    'cancelled→planned',
  ]);
  const table: Array<[DeliverableStatus, DeliverableStatus, boolean]> = DELIVERABLE_STATUSES.flatMap((from) =>
    DELIVERABLE_STATUSES.map((to): [DeliverableStatus, DeliverableStatus, boolean] => [from, to, allowed.has(`${from}→${to}`)]),
  );

  it('has a row for every pair of statuses', () => {
    expect(table).toHaveLength(25);
  });

  it.each(table)('%s → %s is %s', (from, to, expected) => {
    expect(canChangeDeliverableStatus(from, to)).toBe(expected);
  });

  it('never stays in place and never leaves delivered', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DELIVERABLE_STATUSES), fc.constantFrom(...DELIVERABLE_STATUSES), (from, to) => {
        if (from === to || from === 'delivered') expect(canChangeDeliverableStatus(from, to)).toBe(false);
      }),
    );
  });

  it('reaches delivered from planned only through progress and review', () => {
    const reachable = new Set<DeliverableStatus>(['planned']);
    let grew = true;
    while (grew) {
      const before = reachable.size;
      for (const from of [...reachable]) {
        for (const to of DELIVERABLE_STATUSES) {
          if (canChangeDeliverableStatus(from, to)) reachable.add(to);
        }
      }
      grew = reachable.size > before;
    }
    expect([...reachable].sort()).toEqual([...DELIVERABLE_STATUSES].sort());
    expect(DELIVERABLE_STATUSES.filter((s) => canChangeDeliverableStatus(s, 'delivered'))).toEqual(['in_review']);
  });
});

describe('deliverableProgress', () => {
  it.each([
    ['planned', [], 0],
    ['in_progress', ['pending'], 0],
    ['in_progress', ['accepted'], 100],
    ['in_progress', ['accepted', 'pending'], 50],
    ['in_progress', ['accepted', 'pending', 'needs_changes'], 33],
    ['in_progress', ['accepted', 'declined'], 100],
    ['in_progress', ['declined', 'declined'], 0],
    ['in_review', ['accepted', 'accepted', 'pending', 'pending'], 50],
    ['delivered', [], 100],
    ['delivered', ['pending'], 100],
    ['cancelled', ['accepted', 'pending'], 50],
  ] as Array<[DeliverableStatus, InputStatus[], number]>)('%s with %j is %i%%', (status, inputs, expected) => {
    expect(deliverableProgress(status, inputs)).toBe(expected);
  });

  const inputs = fc.array(fc.constantFrom(...INPUT_STATUSES), { maxLength: 30 });
  const open = fc.constantFrom<DeliverableStatus>('planned', 'in_progress', 'in_review', 'cancelled');

  it('stays an integer between 0 and 100, and is 100 exactly when every input in play is accepted', () => {
    fc.assert(
      fc.property(open, inputs, (status, list) => {
        const progress = deliverableProgress(status, list);
        expect(Number.isInteger(progress) && progress >= 0 && progress <= 100).toBe(true);
        const inPlay = list.filter((s) => s !== 'declined');
        expect(progress === 100).toBe(inPlay.length > 0 && inPlay.every((s) => s === 'accepted'));
      }),
    );
  });

  it('never goes down when a pending input is accepted, nor changes when a declined one is added', () => {
    fc.assert(
      fc.property(open, inputs, (status, list) => {
        const before = deliverableProgress(status, [...list, 'pending']);
        expect(deliverableProgress(status, [...list, 'accepted'])).toBeGreaterThanOrEqual(before);
        expect(deliverableProgress(status, [...list, 'declined'])).toBe(deliverableProgress(status, list));
      }),
    );
  });

  it('ignores the order of the inputs', () => {
    fc.assert(
      fc.property(open, inputs, (status, list) => {
        expect(deliverableProgress(status, [...list].reverse())).toBe(deliverableProgress(status, list));
      }),
    );
  });
});

describe('acceptsInputs and canReviewInput', () => {
  it.each([
    ['planned', true],
    ['in_progress', true],
    ['in_review', true],
    ['delivered', false],
    ['cancelled', false],
  ] as Array<[DeliverableStatus, boolean]>)('a %s deliverable accepts inputs: %s', (status, expected) => {
    expect(acceptsInputs(status)).toBe(expected);
  });

  it.each([
    ['pending', true],
    ['needs_changes', true],
    ['accepted', false],
    ['declined', false],
  ] as Array<[InputStatus, boolean]>)('a %s input can be reviewed and revised by its author: %s', (status, expected) => {
    expect(canReviewInput(status)).toBe(expected);
    expect(canReviseInput(status)).toBe(expected);
  });
});

describe('isOverdue', () => {
  it.each([
    ['2021-02-22', false, '2021-02-23', true],
    ['2021-02-22', false, '2021-02-22', false],
    ['2021-02-22', true, '2026-01-01', false],
    [null, false, '2026-01-01', false],
  ] as Array<[string | null, boolean, string, boolean]>)('due %s, done %s, on %s → %s', (due, done, today, expected) => {
    expect(isOverdue(due, done, today)).toBe(expected);
  });
});
