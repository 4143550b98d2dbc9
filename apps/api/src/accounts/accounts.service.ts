import {
  ChangePassword,
  CreateInvitation,
  INVITATION_TTL_DAYS,
  Invitation,
  Me,
  PASSWORD_RESET_TTL_HOURS,
  SetPasswordWithToken,
  SignUp,
} from '@cocrea/contracts';
import { can } from '@cocrea/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { AuthService } from '../auth';
import type { AuthenticatedUser } from '../auth';
import { Clock } from '../common/clock';
import { AppException } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import { GroupAccess } from '../groups';
import { GroupMemberEntity } from '../groups/group-member.entity';
import { GroupsService } from '../groups';
import { invitationMail, passwordResetMail, signUpMail } from '../notifications';
import { OutboxService } from '../notifications';
import { PasswordHasher, PeopleService } from '../people';
import { PersonEntity } from '../people/person.entity';
import { AccountTokenEntity, AccountTokenPurpose } from './account-token.entity';
import { ProofOfWork } from './proof-of-work.service';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

const TTL_MS: Record<AccountTokenPurpose, number> = {
  reset: PASSWORD_RESET_TTL_HOURS * 3_600_000,
  invitation: INVITATION_TTL_DAYS * 24 * 3_600_000,
};

/** The web pages the links open; the token rides in the fragment, which browsers never send to a server (or its logs). */
const LINK_PATH: Record<AccountTokenPurpose, string> = { reset: '/restablecer', invitation: '/invitacion' };

/**
 * Passwords a person sets without an administrator: changing it, resetting a forgotten one by e-mail, and the first
 * one through an invitation. Links are single use, expire, and only their SHA-256 is stored; they travel only in the
 * (sensitive) outbox mail, never in a log line.
 */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly outbox: OutboxService,
    private readonly people: PeopleService,
    private readonly groups: GroupsService,
    private readonly groupAccess: GroupAccess,
    private readonly proofOfWork: ProofOfWork,
    private readonly clock: Clock,
  ) {}

  /** Needs the current password; every other session of the person ends (this one stays signed in). */
  async changePassword(user: AuthenticatedUser, input: ChangePassword): Promise<void> {
    const person = await this.withHash(user.me.id);
    if (!person?.passwordHash || !(await this.hasher.verify(person.passwordHash, input.currentPassword))) {
      throw new AppException('wrong_password');
    }
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.db.getRepository(PersonEntity).update({ id: user.me.id }, { passwordHash });
    await this.auth.endSessionsOf(user.me.id, user.sessionId);
  }

  /** Answers the same whether the address exists or not; a newer request voids the older link. */
  async requestReset(email: string): Promise<void> {
    const person = await this.db.getRepository(PersonEntity).findOneBy({ email });
    if (!person) return;
    await this.db.transaction(async (em) => {
      const token = await this.issue(em, person.id, 'reset', null);
      await this.outbox.enqueue(em, [person], {
        kind: 'password_reset',
        content: passwordResetMail(person.name, this.link('reset', token)),
        sensitive: true,
      });
    });
    this.outbox.wake();
  }

  /**
   * A citizen signs themself up: the account is made without a password and the confirmation link (an invitation
   * token) goes to the address. Until they open it and choose a password they cannot sign in, so nothing is written
   * in their name before the address is verified. Answers the same whether the address was known or not, once the
   * proof of work (checked first, for every address alike) is accepted.
   */
  async signUp(input: SignUp & { email: string }): Promise<void> {
    await this.proofOfWork.redeem(input.proofOfWork);
    const existing = await this.withHashByEmail(input.email);
    if (existing?.passwordHash) return;
    const person =
      existing ??
      (await this.people
        .create(null, { name: input.name, email: input.email, locale: input.locale ?? 'es-MX' })
        .catch((error: unknown) => (error instanceof AppException && error.code === 'email_taken' ? null : Promise.reject(error))));
    if (!person) return;
    await this.db.transaction(async (em) => {
      const token = await this.issue(em, person.id, 'invitation', null);
      await this.outbox.enqueue(em, [person], {
        kind: 'invitation',
        content: signUpMail(person.name, this.link('invitation', token)),
        sensitive: true,
      });
    });
    this.outbox.wake();
  }

  confirmReset(input: SetPasswordWithToken): Promise<void> {
    return this.redeem('reset', input);
  }

  acceptInvitation(input: SetPasswordWithToken): Promise<void> {
    return this.redeem('invitation', input);
  }

  /**
   * The secretary (people.write) invites anyone; a coordinator invites into a group they run. The person is created
   * without a password (or re-invited while they have none) and, with `groupId`, joins that group.
   */
  async invite(me: Me, input: CreateInvitation & { email: string }): Promise<Invitation> {
    if (input.groupId) await this.groupAccess.require(me, input.groupId, 'manage');
    else if (!can(me, 'people.write')) throw new AppException('forbidden');

    const existing = await this.withHashByEmail(input.email);
    if (existing?.passwordHash) throw new AppException('email_taken', { email: input.email });
    const personId =
      existing?.id ??
      (
        await this.people.create(me.id, {
          name: input.name,
          email: input.email,
          organizationId: input.organizationId,
          locale: input.locale,
        })
      ).id;
    if (input.groupId && !(await this.db.getRepository(GroupMemberEntity).existsBy({ groupId: input.groupId, personId }))) {
      await this.groups.addMember(me, input.groupId, { personId, role: input.groupRole ?? 'partner' });
    }
    const person = await this.db.getRepository(PersonEntity).findOneByOrFail({ id: personId });
    const expiresAt = await this.db.transaction(async (em) => {
      const token = await this.issue(em, person.id, 'invitation', me.id);
      await this.outbox.enqueue(em, [person], {
        kind: 'invitation',
        content: invitationMail(person.name, me.name, this.link('invitation', token)),
        sensitive: true,
      });
      return new Date(this.clock.nowMs() + TTL_MS.invitation);
    });
    this.outbox.wake();
    return { personId, email: person.email, expiresAt: expiresAt.toISOString() };
  }

  /** A new token for `purpose`; the person's earlier unused ones of that purpose stop working. */
  private async issue(em: EntityManager, personId: string, purpose: AccountTokenPurpose, createdById: string | null): Promise<string> {
    await em.update(AccountTokenEntity, { personId, purpose, usedAt: IsNull() }, { usedAt: this.clock.now() });
    const token = randomBytes(32).toString('base64url');
    await em.insert(AccountTokenEntity, {
      personId,
      purpose,
      tokenHash: sha256(token),
      expiresAt: new Date(this.clock.nowMs() + TTL_MS[purpose]),
      createdById,
    });
    return token;
  }

  /** Uses the token once (the conditional update wins a race) and sets the password; every session of the person ends. */
  private async redeem(purpose: AccountTokenPurpose, input: SetPasswordWithToken): Promise<void> {
    const passwordHash = await this.hasher.hash(input.password);
    const personId = await this.db.transaction(async (em) => {
      const used = await em
        .createQueryBuilder()
        .update(AccountTokenEntity)
        .set({ usedAt: () => 'now()' })
        .where({ tokenHash: sha256(input.token), purpose, usedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) })
        .returning(['personId'])
        .execute();
      const row = (used.raw as Array<{ person_id: string }>)[0];
      if (!row) throw new AppException('account_token_invalid');
      await em.update(PersonEntity, { id: row.person_id }, { passwordHash });
      return row.person_id;
    });
    await this.auth.endSessionsOf(personId);
  }

  private link(purpose: AccountTokenPurpose, token: string): string {
    return `${this.config.appUrl}${LINK_PATH[purpose]}#${token}`;
  }

  private withHash(id: string): Promise<PersonEntity | null> {
    return this.db.getRepository(PersonEntity).createQueryBuilder('p').addSelect('p.passwordHash').where('p.id = :id', { id }).getOne();
  }

  private withHashByEmail(email: string): Promise<PersonEntity | null> {
    return this.db
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .addSelect('p.passwordHash')
      .where('p.email = :email', { email })
      .getOne();
  }
}
