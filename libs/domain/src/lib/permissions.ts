import type { CommissionRole, CommissionRoleGrant, Permission, PlatformRole } from '@cocrea/contracts';

/** Which commission roles hold each permission. Platform admins hold every permission. */
export const ROLE_PERMISSIONS: Readonly<Record<Permission, readonly CommissionRole[]>> = {
  'organizations.write': ['secretary'],
  'people.write': ['secretary'],
  'members.write': ['secretary'],
  'meetings.manage': ['chair', 'secretary'],
  'meetings.preside': ['chair'],
  'groups.write': ['chair'],
  'mail.read': [],
  'commissions.write': [],
  'challenges.manage': ['chair', 'secretary'],
  'audit.read': ['secretary'],
  'audit.verify': [],
};

export interface Actor {
  platformRole: PlatformRole;
  commissions: readonly CommissionRoleGrant[];
}

/**
 * Whether `actor` holds `permission`. With a `commissionId` only the role in that commission
 * counts; without one, a role in any commission does (for commission-wide directories).
 */
export function can(actor: Actor, permission: Permission, commissionId?: string): boolean {
  if (actor.platformRole === 'admin') return true;
  const allowed = ROLE_PERMISSIONS[permission];
  return actor.commissions.some(
    (grant) => (commissionId === undefined || grant.commissionId === commissionId) && allowed.includes(grant.role),
  );
}
