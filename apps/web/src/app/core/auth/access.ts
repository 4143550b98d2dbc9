import { Me } from '@cocrea/contracts';
import { can } from '@cocrea/domain';

/**
 * What the navigation offers and the route guards let through, from the same facts the api decides on: a seat in a
 * commission (or being an admin) opens the commission's sessions and agreements; the outbox is for admins.
 */
export const readsCommission = (me: Me | null): boolean => !!me && (me.platformRole === 'admin' || me.commissions.length > 0);
export const isAdmin = (me: Me | null): boolean => me?.platformRole === 'admin';
/** Who may invite without naming a group they run (the api also lets coordinators invite into their groups). */
export const invitesAnyone = (me: Me | null): boolean =>
  !!me && (me.platformRole === 'admin' || me.commissions.some((grant) => grant.role === 'secretary'));
/** Who may open the administration: those who may write people, organizations or a commission's membership. */
export const administers = (me: Me | null): boolean =>
  !!me && (['people.write', 'organizations.write', 'members.write'] as const).some((permission) => can(me, permission));
/** Who holds a vote of their own in a commission (a representative holds one only through a letter, per session). */
export const holdsVotes = (me: Me | null): boolean => !!me && me.commissions.some((grant) => grant.votes);
/** Who may launch an open challenge: the chair, the secretary and administrators (`challenges.manage`). */
export const launchesChallenges = (me: Me | null): boolean => !!me && can(me, 'challenges.manage');
