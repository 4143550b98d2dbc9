import fc from 'fast-check';
import { representationCovers, RepresentationWindow } from './attendance';
import { RoomAttendance, RoomMember, votingRightOf, votingRights, VotingRoom } from './voting-rights';

const PEOPLE = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
const ITEMS = ['i0', 'i1'];
const NAMES = ['Jimena Reigosa', 'jiména  REIGOSA', 'Claudia Arteaga'];
const T0 = Date.parse('2021-02-15T16:00:00Z');
const hour = 3_600_000;
const at = new Date(T0 + 2 * hour);

const instant = fc.option(fc.integer({ min: 0, max: 4 }).map((h) => new Date(T0 + h * hour)));
const member = (personId: string) =>
  fc.record<RoomMember>({
    personId: fc.constant(personId),
    name: fc.constantFrom('Ana', 'Beto', 'Carla', 'Diego', 'Elena', 'Félix'),
    votes: fc.boolean(),
    since: fc.constantFrom(null, '2021-01-01', '2021-03-01'),
    until: fc.constantFrom(null, '2021-02-14', '2021-12-31'),
  });
const attendance = (personId: string) =>
  fc.record<RoomAttendance>({
    personId: fc.constant(personId),
    status: fc.constantFrom('present', 'late', 'absent', 'represented'),
    representativePersonId: fc.constantFrom(null, 'r0', 'r1'),
    representativeName: fc.constantFrom(null, ...NAMES),
  });
const letter = fc.record<RepresentationWindow>({
  memberPersonId: fc.constantFrom(...PEOPLE),
  representativePersonId: fc.constantFrom(null, 'r0', 'r1'),
  representativeName: fc.constantFrom(...NAMES),
  validFrom: instant,
  validUntil: instant,
  agendaItemIds: fc.option(fc.subarray(ITEMS)),
  hasLetter: fc.boolean(),
});
const room: fc.Arbitrary<VotingRoom> = fc
  .record({
    members: fc.tuple(...PEOPLE.map(member)),
    roll: fc.tuple(...PEOPLE.map((p) => fc.option(attendance(p)))),
    letters: fc.array(letter, { maxLength: 8 }),
    recused: fc.array(fc.tuple(fc.constantFrom(...ITEMS), fc.constantFrom(...PEOPLE)), { maxLength: 4 }),
  })
  .map(({ members, roll, letters, recused }) => ({
    day: '2021-02-15',
    members,
    attendance: new Map(roll.filter((a): a is RoomAttendance => a !== null).map((a) => [a.personId, a])),
    letters,
    recusals: new Map(ITEMS.map((item) => [item, new Set(recused.filter(([i]) => i === item).map(([, p]) => p))])),
  }));

/** The rule written out from its parts, as the glossary states it, for comparison. */
function oracle(r: VotingRoom, item: string): Array<[string, string | null]> {
  return r.members.flatMap((m): Array<[string, string | null]> => {
    const active = (m.since === null || m.since <= r.day) && (m.until === null || m.until >= r.day);
    if (!m.votes || !active || r.recusals.get(item)?.has(m.personId)) return [];
    const entry = r.attendance.get(m.personId);
    if (entry?.status === 'present' || entry?.status === 'late') return [[m.personId, m.personId]];
    if (entry?.status !== 'represented') return [];
    const representative = { personId: entry.representativePersonId, name: entry.representativeName };
    const letters = r.letters.filter((l) => l.memberPersonId === m.personId);
    return letters.some((l) => representationCovers(l, { at, agendaItemId: item, representative }))
      ? [[m.personId, entry.representativePersonId]]
      : [];
  });
}

describe('votingRights', () => {
  it('grants exactly the rights representationCovers and the roll call allow, on random rooms', () => {
    fc.assert(
      fc.property(room, fc.constantFrom(...ITEMS), (r, item) => {
        const got = votingRights(r, item, at).map((x): [string, string | null] => [x.memberPersonId, x.holderPersonId]);
        const sort = (xs: Array<[string, string | null]>) => [...xs].sort(([a], [b]) => a.localeCompare(b));
        expect(sort(got)).toEqual(sort(oracle(r, item)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives one member the same right as the whole room does', () => {
    fc.assert(
      fc.property(room, fc.constantFrom(...ITEMS), (r, item) => {
        const all = new Map(votingRights(r, item, at).map((x) => [x.memberPersonId, x]));
        for (const m of r.members) expect(votingRightOf(r, m, item, at)).toEqual(all.get(m.personId) ?? null);
      }),
    );
  });

  it('refuses a proxy whose letter names another representative than the roll call', () => {
    const r: VotingRoom = {
      day: '2021-02-15',
      members: [{ personId: 'm', name: 'Ana', votes: true, since: null, until: null }],
      attendance: new Map([
        ['m', { personId: 'm', status: 'represented', representativePersonId: null, representativeName: 'Claudia Arteaga' }],
      ]),
      letters: [
        {
          memberPersonId: 'm',
          representativePersonId: null,
          representativeName: 'Jimena Reigosa',
          validFrom: null,
          validUntil: null,
          agendaItemIds: null,
          hasLetter: true,
        },
      ],
      recusals: new Map(),
    };
    expect(votingRights(r, 'i0', at)).toEqual([]);
  });
});
