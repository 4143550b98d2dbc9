import { DELIVERABLE_STATUSES, DeliverableStatus, InputStatus } from '@cocrea/contracts';
import fc from 'fast-check';
import {
  acceptsInputs,
  addDays,
  canChangeDeliverableStatus,
  canReviewInput,
  canReviseInput,
  deliverableProgress,
  dueState,
  groupProgress,
  isOverdue,
} from './deliverables';

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
    ['planned', null, 0, 'status'],
    ['in_progress', null, 25, 'status'],
    ['in_review', null, 80, 'status'],
    ['delivered', null, 100, 'status'],
    ['cancelled', null, 0, 'status'],
    ['planned', 10, 10, 'set'],
    ['in_progress', 60, 60, 'set'],
    ['in_review', 95, 95, 'set'],
    ['delivered', 40, 100, 'status'],
    ['cancelled', 70, 0, 'status'],
  ] as Array<[DeliverableStatus, number | null, number, string]>)('%s with %p set is %i%% (%s)', (status, set, percent, basis) => {
    expect(deliverableProgress(status, set)).toEqual({ percent, basis });
  });

  it.each([
    [[], 0],
    [[{ status: 'cancelled', setPercent: null }], 0],
    [
      [
        { status: 'delivered', setPercent: null },
        { status: 'planned', setPercent: null },
      ],
      50,
    ],
    [
      [
        { status: 'in_review', setPercent: null },
        { status: 'in_progress', setPercent: 60 },
        { status: 'cancelled', setPercent: null },
      ],
      70,
    ],
  ] as Array<[{ status: DeliverableStatus; setPercent: number | null }[], number]>)('groupProgress of %j is %i%%', (list, expected) => {
    expect(groupProgress(list)).toBe(expected);
  });

  it('rises as the work moves forward through its statuses', () => {
    const path: DeliverableStatus[] = ['planned', 'in_progress', 'in_review', 'delivered'];
    const percents = path.map((status) => deliverableProgress(status, null).percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(new Set(percents).size).toBe(path.length);
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

describe('addDays', () => {
  it.each([
    ['2026-11-25', 30, '2026-12-25'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-25', 0, '2026-11-25'],
  ])('%s + %i days is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('goes back where it came from', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: -400, max: 400 }),
        (date, days) => {
          const day = date.toISOString().slice(0, 10);
          expect(addDays(addDays(day, days), -days)).toBe(day);
        },
      ),
    );
  });
});

describe('dueState', () => {
  const today = '2026-11-25';
  it.each([
    [null, false, null],
    ['2026-11-24', false, 'overdue'],
    ['2026-11-24', true, null],
    ['2026-11-25', false, 'due_soon'],
    ['2026-12-24', false, 'due_soon'],
    ['2026-12-25', false, null],
    ['2026-12-24', true, null],
    ['2021-02-22', false, 'overdue'],
  ] as const)('due %s, done %s → %s', (dueOn, done, expected) => {
    expect(dueState(dueOn, done, today, 30)).toBe(expected);
  });

  it('marks exactly the next N days (today included) as due soon', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 60 }), fc.integer({ min: 1, max: 60 }), (offset, horizon) => {
        const state = dueState(addDays(today, offset), false, today, horizon);
        expect(state).toBe(offset < 0 ? 'overdue' : offset < horizon ? 'due_soon' : null);
      }),
    );
  });
});
