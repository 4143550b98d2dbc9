import { AGENDA_ITEM_KINDS } from '@cocrea/contracts';
import fc from 'fast-check';
import { canRequestFloor, isValidOrder, remainingSeconds, SpeakerListEntry, speakingLimitSeconds, speakingTotals } from './speakers';

describe('speakers', () => {
  it.each([
    ['report', null, 180],
    ['vote', null, 180],
    ['procedural', 20, 180],
    ['presentation', null, 600],
    ['presentation', 15, 900],
  ] as const)('a %s item (allotted %s) gives %i seconds', (kind, allotted, seconds) => {
    expect(speakingLimitSeconds(kind, allotted)).toBe(seconds);
  });

  it('follows the commission rules when they set other limits', () => {
    expect(speakingLimitSeconds('report', null, { interventionMinutes: 5 })).toBe(300);
    expect(speakingLimitSeconds('presentation', null, { presentationMinutes: 12 })).toBe(720);
  });

  it('always gives a positive limit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...AGENDA_ITEM_KINDS), fc.option(fc.integer({ min: 1, max: 600 })), (kind, m) =>
        expect(speakingLimitSeconds(kind, m)).toBeGreaterThan(0),
      ),
    );
  });

  const entry = (personId: string, agendaItemId: string, status: SpeakerListEntry['status']): SpeakerListEntry => ({
    id: `${personId}-${agendaItemId}-${status}`,
    personId,
    agendaItemId,
    status,
  });

  it.each<[string, SpeakerListEntry[], boolean]>([
    ['an empty list', [], true],
    ['already waiting on the item', [entry('p', 'i', 'waiting')], false],
    ['speaking on the item', [entry('p', 'i', 'speaking')], false],
    ['spoke before on the item', [entry('p', 'i', 'done')], true],
    ['withdrew before', [entry('p', 'i', 'withdrawn')], true],
    ['waiting on another item', [entry('p', 'j', 'waiting')], true],
    ['someone else waiting', [entry('q', 'i', 'waiting')], true],
  ])('asking for the floor with %s: %s', (_, entries, allowed) => {
    expect(canRequestFloor(entries, 'p', 'i')).toBe(allowed);
  });

  it.each<[string[], string[], boolean]>([
    [['a', 'b', 'c'], ['c', 'a', 'b'], true],
    [['a', 'b'], ['a'], false],
    [['a', 'b'], ['a', 'a'], false],
    [['a', 'b'], ['a', 'x'], false],
    [[], [], true],
  ])('order %j → %j valid=%s', (waiting, order, valid) => {
    expect(isValidOrder(waiting, order)).toBe(valid);
  });

  it('accepts every permutation of the waiting list', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { maxLength: 20 }), fc.nat(), (ids, seed) => {
        const shuffled = [...ids].sort((a, b) => (a.charCodeAt(seed % 30) ?? 0) - (b.charCodeAt(seed % 30) ?? 0));
        expect(isValidOrder(ids, shuffled)).toBe(true);
      }),
    );
  });

  it('adds up speaking time per person and per item', () => {
    expect(
      speakingTotals([
        { personId: 'p', agendaItemId: 'i', seconds: 100 },
        { personId: 'p', agendaItemId: 'j', seconds: 50 },
        { personId: 'q', agendaItemId: 'i', seconds: 30 },
      ]),
    ).toEqual({ byPerson: { p: 150, q: 30 }, byItem: { i: 130, j: 50 }, total: 180 });
    expect(() => speakingTotals([{ personId: 'p', agendaItemId: 'i', seconds: -1 }])).toThrow(RangeError);
  });

  it('person totals and item totals both add up to the whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ personId: fc.constantFrom('a', 'b', 'c'), agendaItemId: fc.constantFrom('1', '2'), seconds: fc.nat(3600) })),
        (interventions) => {
          const totals = speakingTotals(interventions);
          const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
          expect(sum(totals.byPerson)).toBe(totals.total);
          expect(sum(totals.byItem)).toBe(totals.total);
        },
      ),
    );
  });

  it('counts the clock down and past zero', () => {
    const start = new Date('2021-02-15T17:30:00Z');
    expect(remainingSeconds(start, 180, new Date('2021-02-15T17:30:00Z'))).toBe(180);
    expect(remainingSeconds(start, 180, new Date('2021-02-15T17:31:30.900Z'))).toBe(90);
    expect(remainingSeconds(start, 180, new Date('2021-02-15T17:34:00Z'))).toBe(-60);
  });
});
