import type { CommissionRoleGrant, GroupAbilities, GroupRole, GroupStatus, PlatformRole } from '@cocrea/contracts';

/** Who is asking, as far as one working group is concerned. */
export interface GroupActor {
  platformRole: PlatformRole;
  /** The caller's active role in the group's commission, if any. */
  commissionRole: CommissionRoleGrant | null;
  /** The caller's role in the group, if any. */
  groupRole: GroupRole | null;
}

/**
 * Who may read a group: anyone in its commission, anyone taking part in it (partners have no commission
 * role), and platform admins.
 */
export function canReadGroup(actor: GroupActor): boolean {
  return actor.platformRole === 'admin' || actor.commissionRole !== null || actor.groupRole !== null;
}

/**
 * What the caller may do in a group. The chair and platform admins create and archive groups and may step
 * in for a coordinator; coordinators run the group (joins, partners, deliverables, milestones, reviews);
 * members and partners submit inputs; voting commissioners outside the group may ask to join. Partners never
 * vote, so they never ask to join as members: a coordinator invites them. An archived group is read-only.
 */
export function groupAbilities(actor: GroupActor, status: GroupStatus): GroupAbilities {
  const oversees = actor.platformRole === 'admin' || actor.commissionRole?.role === 'chair';
  const active = status === 'active';
  return {
    archive: oversees && active,
    manage: active && (oversees || actor.groupRole === 'coordinator'),
    submitInput: active && actor.groupRole !== null,
    requestToJoin: active && actor.groupRole === null && actor.commissionRole !== null && actor.commissionRole.votes,
  };
}
