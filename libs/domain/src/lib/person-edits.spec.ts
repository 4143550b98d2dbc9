import fc from 'fast-check';
import { personEditRefusal } from './person-edits';
import type { Actor } from './permissions';

const admin: Actor = { platformRole: 'admin', commissions: [] };
const secretary: Actor = { platformRole: 'user', commissions: [{ commissionId: 'c', role: 'secretary', votes: true }] };

describe('personEditRefusal', () => {
  it.each([
    [secretary, 'user', ['title'], null],
    [secretary, 'user', ['name', 'organizationId', 'locale'], null],
    [secretary, 'user', ['email'], 'credentials_admin_only'],
    [secretary, 'user', ['password'], 'credentials_admin_only'],
    [secretary, 'user', ['title', 'password'], 'credentials_admin_only'],
    [secretary, 'admin', ['title'], 'target_is_admin'],
    [secretary, 'admin', ['password'], 'target_is_admin'],
    [admin, 'admin', ['password'], null],
    [admin, 'user', ['email', 'password'], null],
  ] as const)('%j editing a %s: %j → %s', (actor, targetRole, fields, expected) => {
    expect(personEditRefusal(actor, { platformRole: targetRole }, fields)).toBe(expected);
  });

  it('never lets a non-admin touch credentials, whatever else changes', () => {
    const field = fc.constantFrom('name', 'title', 'organizationId', 'locale', 'email', 'password');
    fc.assert(
      fc.property(fc.array(field, { maxLength: 6 }), fc.constantFrom('admin' as const, 'user' as const), (fields, targetRole) => {
        const refused = personEditRefusal(secretary, { platformRole: targetRole }, fields) !== null;
        expect(refused).toBe(targetRole === 'admin' || fields.includes('email') || fields.includes('password'));
      }),
    );
  });
});
