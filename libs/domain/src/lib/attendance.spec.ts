import { ATTENDANCE_STATUSES, AttendanceStatus } from '@cocrea/contracts';
import fc from 'fast-check';
import {
  attendanceQuorum,
  checkAttendanceChange,
  COUNTS_AS_PRESENT,
  itemPositions,
  letterGap,
  ProxyCheck,
  representationCovers,
  RepresentationWindow,
  sameRepresentative,
} from './attendance';

const members = (n: number, nonVoting = 0) => [
  ...Array.from({ length: n }, (_, i) => ({ personId: `m${i}`, votes: true })),
  ...Array.from({ length: nonVoting }, (_, i) => ({ personId: `o${i}`, votes: false })),
];
const roll = (entries: Array<[string, AttendanceStatus]>) => new Map(entries);

describe('attendanceQuorum', () => {
  it.each<[string, number, Array<[string, AttendanceStatus]>, number, boolean, number, number]>([
    ['nobody answered', 10, [], 0.5, false, 0, 6],
    ['six of ten present', 10, Array.from({ length: 6 }, (_, i) => [`m${i}`, 'present']), 0.5, true, 6, 6],
    ['five of ten present is not more than half', 10, Array.from({ length: 5 }, (_, i) => [`m${i}`, 'present']), 0.5, false, 5, 6],
    [
      'represented members count as present',
      10,
      [
        ['m0', 'present'],
        ['m1', 'present'],
        ['m2', 'present'],
        ['m3', 'represented'],
        ['m4', 'represented'],
        ['m5', 'represented'],
      ],
      0.5,
      true,
      6,
      6,
    ],
    [
      'a late arrival completes quorum',
      10,
      [...Array.from({ length: 5 }, (_, i): [string, AttendanceStatus] => [`m${i}`, 'present']), ['m5', 'late']],
      0.5,
      true,
      6,
      6,
    ],
    ['absent entries do not count', 10, Array.from({ length: 10 }, (_, i) => [`m${i}`, 'absent']), 0.5, false, 0, 6],
    ['a commission with a two-thirds fraction', 9, Array.from({ length: 6 }, (_, i) => [`m${i}`, 'present']), 2 / 3, false, 6, 7],
    ['two-thirds reached', 9, Array.from({ length: 7 }, (_, i) => [`m${i}`, 'present']), 2 / 3, true, 7, 7],
  ])('%s', (_, n, entries, fraction, reached, present, required) => {
    const result = attendanceQuorum({ members: members(n, 3), attendance: roll(entries), fraction });
    expect(result).toMatchObject({ reached, present, required, votingMembers: n });
  });

  it('the seed: 43 voting members, 33 present with 5 represented → quorum', () => {
    const entries: Array<[string, AttendanceStatus]> = [
      ...Array.from({ length: 28 }, (_, i): [string, AttendanceStatus] => [`m${i}`, 'present']),
      ...Array.from({ length: 5 }, (_, i): [string, AttendanceStatus] => [`m${28 + i}`, 'represented']),
    ];
    expect(attendanceQuorum({ members: members(43), attendance: roll(entries), fraction: 0.5 })).toEqual({
      reached: true,
      required: 22,
      votingMembers: 43,
      present: 33,
      represented: 5,
      fraction: 0.5,
    });
  });

  it('recused members drop out of the base and the count of that item', () => {
    const entries: Array<[string, AttendanceStatus]> = Array.from({ length: 6 }, (_, i) => [`m${i}`, 'present']);
    const result = attendanceQuorum({ members: members(10), attendance: roll(entries), fraction: 0.5, recused: new Set(['m0', 'm9']) });
    expect(result).toMatchObject({ votingMembers: 8, present: 5, required: 5, reached: true });
  });

  it('non-voting members never count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 10 }), (n, observers) => {
        const attendance = roll(Array.from({ length: observers }, (_, i) => [`o${i}`, 'present']));
        expect(attendanceQuorum({ members: members(n, observers), attendance, fraction: 0.5 }).present).toBe(0);
      }),
    );
  });

  it('present equals the members whose status counts, and adding one more present never loses quorum', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ATTENDANCE_STATUSES), { minLength: 1, maxLength: 60 }), (statuses) => {
        const ms = members(statuses.length);
        const attendance = roll(statuses.map((s, i) => [`m${i}`, s]));
        const before = attendanceQuorum({ members: ms, attendance, fraction: 0.5 });
        expect(before.present).toBe(statuses.filter((s) => COUNTS_AS_PRESENT.has(s)).length);
        const absentIndex = statuses.indexOf('absent');
        if (absentIndex >= 0) {
          const after = attendanceQuorum({ members: ms, attendance: new Map([...attendance, [`m${absentIndex}`, 'late']]), fraction: 0.5 });
          expect(after.present).toBe(before.present + 1);
          if (before.reached) expect(after.reached).toBe(true);
        }
      }),
    );
  });
});

describe('checkAttendanceChange', () => {
  const person = 'p1';
  it.each<[AttendanceStatus | undefined, AttendanceStatus, string | null, ReturnType<typeof checkAttendanceChange>]>([
    [undefined, 'present', null, { ok: true }],
    [undefined, 'represented', 'Ruvalcaba', { ok: true }],
    [undefined, 'represented', null, { ok: false, reason: 'representative_missing' }],
    ['represented', 'present', null, { ok: false, reason: 'present_and_represented' }],
    ['represented', 'late', null, { ok: false, reason: 'present_and_represented' }],
    ['present', 'represented', 'Ruvalcaba', { ok: false, reason: 'present_and_represented' }],
    ['late', 'represented', 'Ruvalcaba', { ok: false, reason: 'present_and_represented' }],
    ['represented', 'absent', null, { ok: true }],
    ['absent', 'present', null, { ok: true }],
    ['absent', 'late', null, { ok: true }],
    ['present', 'late', null, { ok: true }],
  ])('%s → %s (representative %s): %j', (current, status, representativeName, expected) => {
    expect(checkAttendanceChange(current, { status, personId: person, representativeName })).toEqual(expected);
  });

  it('refuses a member standing in for themselves', () => {
    expect(
      checkAttendanceChange(undefined, {
        status: 'represented',
        personId: person,
        representativePersonId: person,
        representativeName: 'x',
      }),
    ).toEqual({
      ok: false,
      reason: 'self_representation',
    });
  });
});

describe('representationCovers', () => {
  const from = new Date('2021-02-15T16:00:00Z');
  const until = new Date('2021-02-15T20:00:00Z');
  const at = new Date('2021-02-15T17:23:00Z');
  const base: RepresentationWindow = {
    memberPersonId: 'm',
    representativePersonId: null,
    representativeName: 'Jimena Reigosa',
    validFrom: from,
    validUntil: until,
    agendaItemIds: null,
    hasLetter: true,
  };
  const jimena = { personId: null, name: 'Jimena Reigosa' };
  it.each<[string, Partial<RepresentationWindow>, ProxyCheck, boolean]>([
    ['in force', {}, { at }, true],
    ['without the letter', { hasLetter: false }, { at }, false],
    ['before its window', {}, { at: new Date('2021-02-15T15:00:00Z') }, false],
    ['after its window', {}, { at: new Date('2021-02-15T21:00:00Z') }, false],
    ['at the very end of its window', {}, { at: until }, true],
    ['open-ended', { validFrom: null, validUntil: null }, { at: new Date('2030-01-01T00:00:00Z') }, true],
    ['for a listed item', { agendaItemIds: ['i1'] }, { at, agendaItemId: 'i1' }, true],
    ['for an item it does not list', { agendaItemIds: ['i1'] }, { at, agendaItemId: 'i2' }, false],
    ['item-scoped, no item under way', { agendaItemIds: ['i1'] }, { at, agendaItemId: null }, false],
    ['whole session, no item under way', {}, { at, agendaItemId: null }, true],
    ['item-scoped, scope not asked (minutes)', { agendaItemIds: ['i1'] }, { at }, true],
    ['the representative the roll call names', {}, { at, representative: jimena }, true],
    ['the same name, other case and accents', {}, { at, representative: { personId: null, name: '  jiména  REIGOSA ' } }, true],
    ['another representative', {}, { at, representative: { personId: null, name: 'Claudia Arteaga' } }, false],
    ['the same account', { representativePersonId: 'p1' }, { at, representative: { personId: 'p1', name: 'otro nombre' } }, true],
    [
      'another account with the same name',
      { representativePersonId: 'p1' },
      { at, representative: { personId: 'p2', name: 'Jimena Reigosa' } },
      false,
    ],
    ['account on one side only: by name', { representativePersonId: 'p1' }, { at, representative: jimena }, true],
    ['no name on the roll call', {}, { at, representative: { personId: null, name: null } }, false],
  ])('%s', (_, change, check, expected) => {
    expect(representationCovers({ ...base, ...change }, check)).toBe(expected);
  });

  it('never covers outside the window or without the letter, whatever the item and representative', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2021-02-15T00:00:00Z'), max: new Date('2021-02-16T00:00:00Z'), noInvalidDate: true }),
        fc.boolean(),
        fc.option(fc.constantFrom('i1', 'i2'), { nil: undefined }),
        (when, hasLetter, agendaItemId) => {
          const covers = representationCovers({ ...base, hasLetter }, { at: when, agendaItemId, representative: jimena });
          if (covers) expect(hasLetter && when >= from && when <= until).toBe(true);
        },
      ),
    );
  });
});

describe('sameRepresentative', () => {
  it('is symmetric', () => {
    fc.assert(
      fc.property(
        fc.record({
          personId: fc.option(fc.constantFrom('a', 'b'), { nil: null }),
          name: fc.option(fc.constantFrom('Ana', 'ana', 'Beto'), { nil: null }),
        }),
        fc.record({
          personId: fc.option(fc.constantFrom('a', 'b'), { nil: null }),
          name: fc.option(fc.constantFrom('Ana', 'ana', 'Beto'), { nil: null }),
        }),
        (x, y) => expect(sameRepresentative(x, y)).toBe(sameRepresentative(y, x)),
      ),
    );
  });
});

describe('letterGap: the rule that refused a proxy', () => {
  const at = new Date('2021-02-15T17:23:00Z');
  const jimena = { personId: null, name: 'Jimena Reigosa' };
  const letter = (over: Partial<RepresentationWindow> = {}): RepresentationWindow => ({
    memberPersonId: 'm',
    representativePersonId: null,
    representativeName: 'Jimena Reigosa',
    validFrom: null,
    validUntil: null,
    agendaItemIds: null,
    hasLetter: true,
    ...over,
  });
  it.each<[string, RepresentationWindow[], string | null, ReturnType<typeof letterGap>]>([
    ['a letter that covers', [letter()], 'i1', null],
    ['no letter on file', [letter({ hasLetter: false })], 'i1', { reason: 'no_letter' }],
    ['a letter for someone else', [letter({ representativeName: 'Ruvalcaba' })], 'i1', { reason: 'other_representative' }],
    ['a letter that ran out', [letter({ validUntil: new Date('2021-02-15T17:00:00Z') })], 'i1', { reason: 'not_in_force' }],
    [
      'letters for items 2 and 3',
      [letter({ agendaItemIds: ['i2'] }), letter({ agendaItemIds: ['i3'] })],
      'i1',
      { reason: 'other_items', agendaItemIds: ['i2', 'i3'] },
    ],
    [
      'a letter for items only, with no item under way',
      [letter({ agendaItemIds: ['i2'] })],
      null,
      { reason: 'other_items', agendaItemIds: ['i2'] },
    ],
  ])('%s', (_, letters, agendaItemId, gap) => {
    expect(letterGap(letters, { at, agendaItemId, representative: jimena })).toEqual(gap);
  });

  it.each([
    [[2, 3], '2–3'],
    [[3, 2, 2], '2–3'],
    [[1, 4, 5, 6], '1, 4–6'],
    [[7], '7'],
  ])('says the positions %j as %s', (positions, text) => expect(itemPositions(positions)).toBe(text));
});
