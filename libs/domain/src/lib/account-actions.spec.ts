import type { CommissionRoleGrant } from '@cocrea/contracts';
import { ACCOUNT_ACTIONS, accountActionEndsSessions, accountActionRefusal, maySignIn } from './account-actions';

const secretaryGrant: CommissionRoleGrant = { commissionId: 'c1', role: 'secretary', votes: true };
const admin = { id: 'a', platformRole: 'admin' as const, commissions: [] };
const secretary = { id: 's', platformRole: 'user' as const, commissions: [secretaryGrant] };
const commissioner = { id: 'c', platformRole: 'user' as const, commissions: [{ ...secretaryGrant, role: 'commissioner' as const }] };
const person = { id: 'p', platformRole: 'user' as const };
const otherAdmin = { id: 'b', platformRole: 'admin' as const };

describe('account actions', () => {
  it.each(ACCOUNT_ACTIONS)('lets an admin %s another person’s account', (action) => {
    expect(accountActionRefusal(admin, person, action)).toBeNull();
    expect(accountActionRefusal(admin, otherAdmin, action)).toBeNull();
  });

  it.each(ACCOUNT_ACTIONS)('refuses an admin who would %s their own account', (action) => {
    expect(accountActionRefusal(admin, { id: 'a', platformRole: 'admin' }, action)).toBe('own_account');
  });

  it.each(ACCOUNT_ACTIONS.filter((a) => a !== 'set_role'))('lets the secretary %s a person who is not an admin', (action) => {
    expect(accountActionRefusal(secretary, person, action)).toBeNull();
    expect(accountActionRefusal(secretary, otherAdmin, action)).toBe('target_is_admin');
  });

  it('keeps the platform role to admins', () => {
    expect(accountActionRefusal(secretary, person, 'set_role')).toBe('not_allowed');
  });

  it.each(ACCOUNT_ACTIONS)('refuses a commissioner who would %s an account', (action) => {
    expect(accountActionRefusal(commissioner, person, action)).toBe('not_allowed');
  });

  it('ends the sign-ins when an account is disabled, signed out, deactivated or its role changes, not when it is enabled', () => {
    expect(ACCOUNT_ACTIONS.filter(accountActionEndsSessions)).toEqual(['disable', 'sign_out', 'set_role', 'deactivate']);
  });

  it('lets only a person neither disabled nor deactivated sign in', () => {
    const at = new Date();
    expect(maySignIn({ accountDisabledAt: null, deactivatedAt: null })).toBe(true);
    expect(maySignIn({ accountDisabledAt: at, deactivatedAt: null })).toBe(false);
    expect(maySignIn({ accountDisabledAt: null, deactivatedAt: at })).toBe(false);
  });
});
