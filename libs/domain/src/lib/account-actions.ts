import type { PlatformRole } from '@cocrea/contracts';
import { can, type Actor } from './permissions';

/**
 * What the administration does to a person's account: disable or enable sign-in, end every sign-in, make or unmake a
 * platform admin, deactivate (the person no longer takes part) or reactivate.
 */
export const ACCOUNT_ACTIONS = ['disable', 'enable', 'sign_out', 'set_role', 'deactivate', 'reactivate'] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

export type AccountActionRefusal = 'not_allowed' | 'target_is_admin' | 'own_account';

/** The actions after which the person's open sign-ins (and their live sockets) end. */
export function accountActionEndsSessions(action: AccountAction): boolean {
  return action === 'disable' || action === 'sign_out' || action === 'set_role' || action === 'deactivate';
}

/**
 * Who may act on an account: whoever writes people (platform admins and the secretary), but only a platform admin
 * acts on an admin or sets the platform role, and nobody on their own account (an admin cannot lock themselves out,
 * nor leave the platform without its last admin by stepping down). Returns why not, or null.
 */
export function accountActionRefusal(
  actor: Actor & { id: string },
  target: { id: string; platformRole: PlatformRole },
  action: AccountAction,
): AccountActionRefusal | null {
  if (!can(actor, 'people.write')) return 'not_allowed';
  if (action === 'set_role' && actor.platformRole !== 'admin') return 'not_allowed';
  if (actor.id === target.id) return 'own_account';
  if (target.platformRole === 'admin' && actor.platformRole !== 'admin') return 'target_is_admin';
  return null;
}

/** Whether a person with these marks may sign in. */
export function maySignIn(person: { accountDisabledAt: Date | null; deactivatedAt: Date | null }): boolean {
  return person.accountDisabledAt === null && person.deactivatedAt === null;
}
