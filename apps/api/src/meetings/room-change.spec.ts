import { applyMeetingChange, ATTENDANCE_STATUSES } from '@cocrea/contracts';
import fc from 'fast-check';
import { AttendanceEntry, attendanceChange, MeetingRecord, stateChange, toMeetingState } from './meeting-state';

/**
 * A check-in is published as a change computed from the previous version's state; a client applies it to the state
 * it holds. Both must end exactly where a fresh read of the whole room does, in any room.
 */
const ITEMS = ['item-1', 'item-2'];
const NOW = new Date('2021-02-15T18:00:00Z');

const entryArb = (personId: string, people: string[]) =>
  fc.record({
    personId: fc.constant(personId),
    status: fc.constantFrom(...ATTENDANCE_STATUSES),
    representativePersonId: fc.option(fc.constantFrom(...people, 'outsider'), { nil: null }),
    representativeName: fc.option(fc.constantFrom('Claudia Arteaga', 'claudia  arteaga', 'Otra Persona'), { nil: null }),
    arrivedAt: fc.option(fc.constant(new Date('2021-02-15T17:40:00Z')), { nil: null }),
  });

const roomArb = fc.integer({ min: 1, max: 7 }).chain((size) => {
  const people = Array.from({ length: size }, (_, i) => `person-${i}`);
  const optionalEntries = fc.tuple(...people.map((p) => fc.option(entryArb(p, people), { nil: undefined })));
  return fc.record({
    people: fc.constant(people),
    votes: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    fraction: fc.constantFrom(0.5, 2 / 3),
    currentItemId: fc.constantFrom(null, ...ITEMS),
    before: optionalEntries,
    after: optionalEntries,
    changed: fc.subarray(people, { minLength: 1 }),
    recusals: fc.subarray(people.flatMap((p) => ITEMS.map((item) => ({ personId: p, agendaItemId: item })))),
    representations: fc.array(
      fc.record({
        memberPersonId: fc.constantFrom(...people),
        representativePersonId: fc.option(fc.constantFrom(...people, 'outsider'), { nil: null }),
        representativeName: fc.constantFrom('Claudia Arteaga', 'Otra Persona'),
        hasLetter: fc.boolean(),
        validFrom: fc.option(fc.constantFrom(new Date('2021-02-15T17:00:00Z'), new Date('2021-02-15T19:00:00Z')), { nil: null }),
        validUntil: fc.option(fc.constantFrom(new Date('2021-02-15T17:30:00Z'), new Date('2021-02-16T00:00:00Z')), { nil: null }),
        agendaItemIds: fc.option(fc.subarray(ITEMS, { minLength: 1 }), { nil: null }),
      }),
      { maxLength: 4 },
    ),
  });
});

type Room = typeof roomArb extends fc.Arbitrary<infer T> ? T : never;

function record(room: Room, entries: Array<AttendanceEntry | undefined>, version: number): MeetingRecord {
  const letters = room.representations.map((_, i) => `letter-${i}`);
  return {
    meeting: {
      id: 'meeting-1',
      commissionId: 'commission-1',
      title: 'Sesión',
      kind: 'ordinary',
      status: 'open',
      scheduledAt: new Date('2021-02-15T17:00:00Z'),
      place: null,
      videoUrl: null,
      convenedAt: null,
      openedAt: null,
      closedAt: null,
      currentItemId: room.currentItemId,
      documentIds: [],
      version,
    },
    commission: { quorumFraction: room.fraction },
    members: room.people.map((personId, i) => ({
      personId,
      person: { name: `Integrante ${i}` },
      role: 'commissioner',
      votes: room.votes[i],
    })),
    agenda: [],
    attendance: entries.filter((e): e is AttendanceEntry => e !== undefined),
    representations: room.representations.map((r, i) => ({
      ...r,
      id: `representation-${i}`,
      member: { name: r.memberPersonId },
      letterAttachmentId: r.hasLetter ? letters[i] : null,
      createdAt: NOW,
      withdrawnAt: null,
      withdrawalReason: null,
      corrections: [],
    })),
    withdrawnRepresentations: [],
    decisions: [],
    invited: [],
    speakers: [],
    recusals: room.recusals.map((r) => ({ ...r, person: { name: r.personId }, reason: null })),
    attachments: new Map(
      letters.map((id) => [id, { id, filename: 'oficio.pdf', mediaType: 'application/pdf', size: 1, createdAt: NOW.toISOString() }]),
    ),
  } as unknown as MeetingRecord;
}

describe('a check-in published as a change', () => {
  it('applied to the previous state equals the fresh full state, in any room', () => {
    fc.assert(
      fc.property(roomArb, (room) => {
        const changed = new Set(room.changed);
        const after: Array<AttendanceEntry | undefined> = room.people.map((p, i) => (changed.has(p) ? room.after[i] : room.before[i]));
        const previous = toMeetingState(record(room, room.before, 7), NOW);
        // What the command wrote for each changed member (a member it sets absent gets an absent row).
        const written = room.changed.map((personId) => {
          const entry = after[room.people.indexOf(personId)];
          return entry ?? { personId, status: 'absent' as const, representativePersonId: null, representativeName: null, arrivedAt: null };
        });
        const change = attendanceChange(previous, written, NOW);
        expect(change.attendance.map((row) => row.personId).sort()).toEqual([...room.changed].sort());
        const stored = room.people.map((p, i) => (changed.has(p) ? written[room.changed.indexOf(p)] : room.before[i]));
        expect(applyMeetingChange(previous, change)).toEqual(toMeetingState(record(room, stored, 8), NOW));
      }),
      { numRuns: 300 },
    );
  });

  it('does not apply to a state of another version', () => {
    fc.assert(
      fc.property(roomArb, (room) => {
        const previous = toMeetingState(record(room, room.before, 7), NOW);
        const change = attendanceChange(previous, [], NOW);
        expect(applyMeetingChange({ ...previous, version: 6 }, change)).toBeNull();
      }),
      { numRuns: 20 },
    );
  });
});

describe('any other command published as a change', () => {
  it('applied to the previous state equals the new full state, whatever differs between them', () => {
    fc.assert(
      fc.property(roomArb, roomArb, fc.boolean(), (first, second, sameRoster) => {
        const previous = toMeetingState(record(first, first.before, 7), NOW);
        // Same people with another room around them, or people who joined or left the roll call.
        const room = sameRoster ? { ...second, people: first.people, votes: first.votes, before: first.after, after: first.after } : second;
        const next = toMeetingState(record(room, room.before, 8), new Date(NOW.getTime() + 60_000));
        const change = stateChange(previous, next);
        expect(applyMeetingChange(previous, change)).toEqual(next);
      }),
      { numRuns: 300 },
    );
  });

  it('carries only what differs: a new current item leaves the roll call and the agenda out', () => {
    const room = fc.sample(roomArb, { numRuns: 1, seed: 7 })[0];
    const previous = toMeetingState(record({ ...room, currentItemId: null }, room.before, 7), NOW);
    const next = toMeetingState(record({ ...room, currentItemId: 'item-1' }, room.before, 8), NOW);
    const change = stateChange(previous, next);
    expect(Object.keys(change.replaced ?? {})).toEqual(['currentItemId']);
    expect(
      change.attendance.every(
        (row) => JSON.stringify(row) !== JSON.stringify(previous.attendance.find((r) => r.personId === row.personId)),
      ),
    ).toBe(true);
  });
});
