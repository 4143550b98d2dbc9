import { ATTENDANCE_STATUSES, AttendanceStatus } from '@cocrea/contracts';
import fc from 'fast-check';
import { RepresentationWindow } from './attendance';
import { mayAddOtherBusiness, mayTakePart, ParticipationInput } from './participation';

const at = new Date('2021-02-15T17:30:00Z');
const letter = (change: Partial<RepresentationWindow> = {}): RepresentationWindow => ({
  memberPersonId: 'salvador',
  representativePersonId: 'jimena',
  representativeName: 'Jimena Reigosa',
  validFrom: null,
  validUntil: null,
  agendaItemIds: null,
  hasLetter: true,
  ...change,
});
const input = (change: Partial<ParticipationInput>): ParticipationInput => ({
  personId: 'mariana',
  isMember: true,
  attendance: [],
  representations: [],
  agendaItemId: 'i6',
  at,
  ...change,
});
const represented = { personId: 'salvador', status: 'represented' as const, representativePersonId: 'jimena' };

describe('mayTakePart', () => {
  it.each<[string, Partial<ParticipationInput>, boolean]>([
    ['a member present', { attendance: [{ personId: 'mariana', status: 'present', representativePersonId: null }] }, true],
    ['a member arrived late', { attendance: [{ personId: 'mariana', status: 'late', representativePersonId: null }] }, true],
    ['a member absent', { attendance: [{ personId: 'mariana', status: 'absent', representativePersonId: null }] }, false],
    ['a member not on the roll call yet', {}, false],
    ['a represented member: the representative holds the seat', { personId: 'salvador', attendance: [represented] }, false],
    ['the representative of a represented member', { personId: 'jimena', isMember: false, attendance: [represented] }, true],
    ['a representative named for another member only', { personId: 'claudia', isMember: false, attendance: [represented] }, false],
    [
      'a representative whose letter covers the item',
      { personId: 'jimena', isMember: false, attendance: [represented], representations: [letter({ agendaItemIds: ['i6'] })] },
      true,
    ],
    [
      'a representative whose letter covers other items only',
      { personId: 'jimena', isMember: false, attendance: [represented], representations: [letter({ agendaItemIds: ['i3'] })] },
      false,
    ],
    [
      'a representative whose letter ran out',
      {
        personId: 'jimena',
        isMember: false,
        attendance: [represented],
        representations: [letter({ validUntil: new Date('2021-02-15T17:00:00Z') })],
      },
      false,
    ],
    [
      'a member present who also stands in for another',
      {
        personId: 'jimena',
        attendance: [represented, { personId: 'jimena', status: 'present', representativePersonId: null }],
      },
      true,
    ],
  ])('%s → %s', (_, change, expected) => {
    expect(mayTakePart(input(change))).toBe(expected);
  });

  it('never lets a member who is represented or absent take part for their own seat', () => {
    fc.assert(
      fc.property(fc.constantFrom<AttendanceStatus>(...ATTENDANCE_STATUSES), (status) => {
        const allowed = mayTakePart(
          input({ attendance: [{ personId: 'mariana', status, representativePersonId: status === 'represented' ? 'x' : null }] }),
        );
        expect(allowed).toBe(status === 'present' || status === 'late');
      }),
    );
  });
});

describe('mayAddOtherBusiness', () => {
  it('is for members of the commission only', () => {
    expect(mayAddOtherBusiness({ commissions: [{ commissionId: 'c1' }] }, 'c1')).toBe(true);
    expect(mayAddOtherBusiness({ commissions: [{ commissionId: 'c2' }] }, 'c1')).toBe(false);
    expect(mayAddOtherBusiness({ commissions: [] }, 'c1')).toBe(false);
  });
});
