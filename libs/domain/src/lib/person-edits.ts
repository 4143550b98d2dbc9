import type { PlatformRole } from '@cocrea/contracts';
import type { Actor } from './permissions';

/** The fields of a person that let someone sign in as them. */
export const CREDENTIAL_FIELDS = ['email', 'password'] as const;

export interface PersonEditTarget {
  platformRole: PlatformRole;
}

export type PersonEditRefusal = 'target_is_admin' | 'credentials_admin_only';

/**
 * Beyond `people.write`: only a platform admin edits an admin, or changes anyone's email or
 * password (either would let the editor sign in as that person). Returns why not, or null.
 */
export function personEditRefusal(actor: Actor, target: PersonEditTarget, changedFields: readonly string[]): PersonEditRefusal | null {
  if (actor.platformRole === 'admin') return null;
  if (target.platformRole === 'admin') return 'target_is_admin';
  if (changedFields.some((field) => (CREDENTIAL_FIELDS as readonly string[]).includes(field))) return 'credentials_admin_only';
  return null;
}
