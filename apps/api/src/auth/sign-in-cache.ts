import type { AuthenticatedUser } from '../common/route-access';

/** How long a checked sign-in is trusted without asking the database again. */
export const SIGN_IN_TTL_MS = 3_000;
/** Entries kept at most (the oldest go first). */
const MAX_ENTRIES = 20_000;

interface Entry {
  user: AuthenticatedUser;
  until: number;
}

/**
 * The session check of the last few seconds, by the token's hash (never the token): a thousand ballots in a few
 * seconds cost one database check per voter, not four statements each. Dropped at logout and whenever the person's
 * roles change on this instance; another instance's change is seen after at most SIGN_IN_TTL_MS.
 */
export class SignInCache {
  private readonly entries = new Map<string, Entry>();

  /** `now` is the api clock's milliseconds: the cached sign-in also ends with its session's expiry. */
  constructor(private readonly now: () => number) {}

  get(tokenHash: string): AuthenticatedUser | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.until > this.now()) return entry.user;
    this.entries.delete(tokenHash);
    return null;
  }

  /** Remembers a checked sign-in until the TTL or the session's own expiry, whichever comes first. */
  set(tokenHash: string, user: AuthenticatedUser, expiresAt: Date): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(tokenHash, { user, until: Math.min(this.now() + SIGN_IN_TTL_MS, expiresAt.getTime()) });
  }

  forgetSession(sessionId: string): void {
    for (const [hash, entry] of this.entries) if (entry.user.sessionId === sessionId) this.entries.delete(hash);
  }

  forgetPerson(personId: string): void {
    for (const [hash, entry] of this.entries) if (entry.user.me.id === personId) this.entries.delete(hash);
  }
}
