import { COMMISSION_ROLES, CommissionRole, PERMISSIONS, Permission } from '@cocrea/contracts';
import fc from 'fast-check';
import { Actor, can, ROLE_PERMISSIONS } from './permissions';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

function member(role: CommissionRole, commissionId = A): Actor {
  return { platformRole: 'user', commissions: [{ commissionId, role, votes: role !== 'observer' }] };
}

describe('can', () => {
  const table: Array<[Permission, CommissionRole, boolean]> = [
    ['organizations.write', 'chair', false],
    ['organizations.write', 'secretary', true],
    ['organizations.write', 'commissioner', false],
    ['organizations.write', 'observer', false],
    ['people.write', 'chair', false],
    ['people.write', 'secretary', true],
    ['people.write', 'commissioner', false],
    ['people.write', 'observer', false],
    ['members.write', 'chair', false],
    ['members.write', 'secretary', true],
    ['members.write', 'commissioner', false],
    ['members.write', 'observer', false],
    ['meetings.manage', 'chair', true],
    ['meetings.manage', 'secretary', true],
    ['meetings.manage', 'commissioner', false],
    ['meetings.manage', 'observer', false],
    ['meetings.preside', 'chair', true],
    ['meetings.preside', 'secretary', false],
    ['meetings.preside', 'commissioner', false],
    ['meetings.preside', 'observer', false],
    ['groups.write', 'chair', true],
    ['groups.write', 'secretary', false],
    ['groups.write', 'commissioner', false],
    ['groups.write', 'observer', false],
    ['mail.read', 'chair', false],
    ['mail.read', 'secretary', false],
    ['mail.read', 'commissioner', false],
    ['mail.read', 'observer', false],
    ['commissions.write', 'chair', false],
    ['commissions.write', 'secretary', false],
    ['commissions.write', 'commissioner', false],
    ['commissions.write', 'observer', false],
    ['challenges.manage', 'chair', true],
    ['challenges.manage', 'secretary', true],
    ['challenges.manage', 'commissioner', false],
    ['challenges.manage', 'observer', false],
    ['audit.read', 'chair', false],
    ['audit.read', 'secretary', true],
    ['audit.read', 'commissioner', false],
    ['audit.read', 'observer', false],
    ['audit.verify', 'chair', false],
    ['audit.verify', 'secretary', false],
    ['audit.verify', 'commissioner', false],
    ['audit.verify', 'observer', false],
  ];

  it('covers every permission and role in the table', () => {
    expect(table).toHaveLength(PERMISSIONS.length * COMMISSION_ROLES.length);
  });

  it.each(table)('%s for a %s is %s', (permission, role, expected) => {
    expect(can(member(role), permission, A)).toBe(expected);
  });

  it('ignores a role held in another commission when a commission is named', () => {
    expect(can(member('secretary', B), 'members.write', A)).toBe(false);
    expect(can(member('secretary', B), 'members.write')).toBe(true);
  });

  it('denies everything to a person without any commission role', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERMISSIONS), fc.option(fc.uuid(), { nil: undefined }), (permission, commissionId) => {
        expect(can({ platformRole: 'user', commissions: [] }, permission, commissionId)).toBe(false);
      }),
    );
  });

  it('grants everything to a platform admin', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERMISSIONS), fc.option(fc.uuid(), { nil: undefined }), (permission, commissionId) => {
        expect(can({ platformRole: 'admin', commissions: [] }, permission, commissionId)).toBe(true);
      }),
    );
  });

  it('agrees with ROLE_PERMISSIONS for any set of grants', () => {
    const grant = fc.record({
      commissionId: fc.constantFrom(A, B),
      role: fc.constantFrom(...COMMISSION_ROLES),
      votes: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(grant, { maxLength: 4 }), fc.constantFrom(...PERMISSIONS), (commissions, permission) => {
        const expected = commissions.some((g) => g.commissionId === A && ROLE_PERMISSIONS[permission].includes(g.role));
        expect(can({ platformRole: 'user', commissions }, permission, A)).toBe(expected);
      }),
    );
  });
});
