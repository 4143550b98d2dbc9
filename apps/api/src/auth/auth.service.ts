import { CommissionRoleGrant, LoginResponse, Me, UpdateMe } from '@cocrea/contracts';
import { commissionDay, isActiveOn, maySignIn } from '@cocrea/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, LessThan, MoreThan } from 'typeorm';
import { Clock } from '../common/clock';
import { sha256 } from '../common/sha256';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { AppException } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import { PersonEntity } from '../people/person.entity';
import { AuthSessionEntity } from './auth-session.entity';
import type { AuthenticatedUser } from '../common/route-access';
import { AccountChanges, PasswordHasher, SignInKeeper, toPerson } from '../people';
import { SignInCache } from './sign-in-cache';
import { FoundSignIn, SignInMembership, signInsByTokenHash } from './sign-in-query';

/** Sign-ins checked in one query at most (their hashes are its parameters). */
const MAX_CHECKED_TOGETHER = 500;

@Injectable()
export class AuthService implements SignInKeeper {
  /** Verified against when the email is unknown, so timing does not tell which emails exist. */
  private decoyHash?: Promise<string>;
  /** Told the id of every login session that ends, so long-lived connections (live rooms) can drop it. */
  private readonly logoutListeners = new Set<(sessionId: string) => void>();
  private readonly signIns = new SignInCache(() => this.clock.nowMs());
  private readonly checking = new Map<string, Promise<AuthenticatedUser | null>>();
  /** Sign-ins waiting for the next gathered check, by token hash. */
  private readonly unchecked = new Map<
    string,
    Array<{ resolve: (user: AuthenticatedUser | null) => void; reject: (error: unknown) => void }>
  >();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    accountChanges: AccountChanges,
  ) {
    // People and commissions change what a sign-in carries but sit below auth: they reach these sign-ins through it.
    accountChanges.keptBy(this);
  }

  async login(email: string, password: string): Promise<LoginResponse> {
    const person = await this.db
      .getRepository(PersonEntity)
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('person.email = :email', { email: email.toLowerCase() })
      .getOne();
    this.decoyHash ??= this.hasher.hash(randomBytes(16).toString('hex'));
    const storedHash = person?.passwordHash ?? (await this.decoyHash);
    const valid = await this.hasher.verify(storedHash, password);
    if (!person?.passwordHash || !valid) throw new AppException('invalid_credentials');
    // Told only to whoever knows the password: a disabled or deactivated person learns why they cannot sign in.
    if (!maySignIn(person)) throw new AppException('account_disabled');

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.nowMs() + this.config.sessionTtlHours * 3_600_000);
    const sessions = this.db.getRepository(AuthSessionEntity);
    await sessions.delete({ personId: person.id, expiresAt: LessThan(this.clock.now()) });
    await sessions.insert({ tokenHash: sha256(token), personId: person.id, expiresAt });
    return { token, expiresAt: expiresAt.toISOString(), me: await this.me(person.id) };
  }

  /** The sign-in behind a token; `fresh` skips the few seconds' cache (a re-check that exists to see a change). */
  async authenticate(token: string, options: { fresh?: boolean } = {}): Promise<AuthenticatedUser | null> {
    const tokenHash = sha256(token);
    const cached = options.fresh ? null : this.signIns.get(tokenHash);
    if (cached) return cached;
    if (options.fresh) return this.check(tokenHash);
    // A person's simultaneous requests (a citizen's supports sent at once) share one check.
    const pending = this.checking.get(tokenHash) ?? this.check(tokenHash).finally(() => this.checking.delete(tokenHash));
    this.checking.set(tokenHash, pending);
    return pending;
  }

  /** The sign-in behind a request's token, or the 401 every route without one answers (the one check of both). */
  async requireSignIn(token: string | undefined): Promise<AuthenticatedUser> {
    const user = token ? await this.authenticate(token) : null;
    if (!user) throw new AppException('unauthenticated');
    return user;
  }

  /** Checks one sign-in together with the others missed in the same turn of the event loop (see `checkGathered`). */
  private check(tokenHash: string): Promise<AuthenticatedUser | null> {
    return new Promise((resolve, reject) => {
      if (this.unchecked.size === 0) setImmediate(() => void this.checkGathered());
      const waiting = this.unchecked.get(tokenHash) ?? [];
      waiting.push({ resolve, reject });
      this.unchecked.set(tokenHash, waiting);
    });
  }

  /**
   * One round trip for every sign-in missed in one turn of the event loop: the logins, their people, organizations and
   * memberships (a thousand voters whose sign-ins have all left the cache cast within the same few milliseconds).
   */
  private async checkGathered(): Promise<void> {
    const gathered = new Map(this.unchecked);
    this.unchecked.clear();
    const hashes = [...gathered.keys()];
    try {
      const found = new Map<string, FoundSignIn>();
      for (let i = 0; i < hashes.length; i += MAX_CHECKED_TOGETHER)
        for (const [key, signIn] of await signInsByTokenHash(this.db, hashes.slice(i, i + MAX_CHECKED_TOGETHER), this.clock.now()))
          found.set(key, signIn);
      for (const [tokenHash, waiting] of gathered) {
        const signIn = found.get(tokenHash);
        const user =
          signIn && maySignIn(signIn.person)
            ? { me: toMe(signIn.person, signIn.memberships, commissionDay(this.clock.now())), sessionId: signIn.sessionId }
            : null;
        if (signIn && user) this.signIns.set(tokenHash, user, signIn.expiresAt);
        for (const w of waiting) w.resolve(user);
      }
    } catch (error) {
      for (const waiting of gathered.values()) for (const w of waiting) w.reject(error);
    }
  }

  /** The person's roles, details or sessions changed: their next request checks the database again. */
  forgetSignIns(personId: string): void {
    this.signIns.forgetPerson(personId);
    this.checking.clear();
  }

  async logout(sessionId: string): Promise<void> {
    await this.db.getRepository(AuthSessionEntity).delete({ id: sessionId });
    this.signIns.forgetSession(sessionId);
    this.checking.clear();
    for (const listener of this.logoutListeners) listener(sessionId);
  }

  /**
   * Ends every login of a person (a changed password, roles or a disabled account), but `keep`, and tells the
   * logout listeners about each, so their live sockets drop too.
   */
  async endSessionsOf(personId: string, keep?: string): Promise<void> {
    const sessions = this.db.getRepository(AuthSessionEntity);
    const ended = (await sessions.find({ where: { personId }, select: { id: true } })).filter((s) => s.id !== keep).map((s) => s.id);
    if (ended.length === 0) return;
    await sessions.delete(ended);
    this.signIns.forgetPerson(personId);
    this.checking.clear();
    for (const id of ended) for (const listener of this.logoutListeners) listener(id);
  }

  /** How many logins of the person have not expired. */
  openSessionCount(personId: string): Promise<number> {
    return this.db.getRepository(AuthSessionEntity).countBy({ personId, expiresAt: MoreThan(this.clock.now()) });
  }

  /** Subscribes to logouts; returns the unsubscribe function. */
  onLogout(listener: (sessionId: string) => void): () => void {
    this.logoutListeners.add(listener);
    return () => this.logoutListeners.delete(listener);
  }

  async updateMe(personId: string, changes: UpdateMe): Promise<Me> {
    await this.db.getRepository(PersonEntity).update({ id: personId }, { locale: changes.locale });
    this.signIns.forgetPerson(personId);
    this.checking.clear();
    return this.me(personId);
  }

  async me(personId: string): Promise<Me> {
    const person = await this.db.getRepository(PersonEntity).findOne({ where: { id: personId }, relations: { organization: true } });
    if (!person) throw new AppException('unauthenticated');
    return toMe(person, await this.db.getRepository(CommissionMemberEntity).findBy({ personId }), commissionDay(this.clock.now()));
  }
}

/** A person as signed in: their details and the commissions they sit on `day` (today), with their role and vote. */
function toMe(person: Parameters<typeof toPerson>[0], memberships: SignInMembership[], day: string): Me {
  const commissions: CommissionRoleGrant[] = memberships
    .filter((m) => isActiveOn(m, day))
    .map((m) => ({ commissionId: m.commissionId, role: m.role, votes: m.votes }));
  return { ...toPerson(person), commissions };
}
