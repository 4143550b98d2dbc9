import { ActivityKind, Me, PersonAccount, SetPlatformRole } from '@cocrea/contracts';
import { AccountAction, accountActionEndsSessions, accountActionRefusal } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { changedFields, CommissionAudit } from '../audit';
import { AuthService } from '../auth';
import { AppException, notFound } from '../common/problem';
import { PersonEntity } from '../people/person.entity';

type AccountChange = Partial<Pick<PersonEntity, 'accountDisabledAt' | 'deactivatedAt' | 'platformRole'>>;

/** How each action reads in the commission's audit trail. */
const ACTIVITY: Record<AccountAction, ActivityKind> = {
  disable: 'account_disabled',
  enable: 'account_enabled',
  sign_out: 'account_signed_out',
  set_role: 'platform_role_set',
  deactivate: 'person_deactivated',
  reactivate: 'person_reactivated',
};
const AUDITED_FIELDS = ['accountDisabledAt', 'deactivatedAt', 'platformRole'] as const;

/**
 * The administration's actions on a person's account: disable and enable sign-in, end every sign-in, set the platform
 * role, deactivate and reactivate the person. Who may is `accountActionRefusal` (libs/domain); an action that takes
 * access away ends the person's sign-ins through AuthService, which drops their live sockets too. Each action, even one
 * that changes nothing stored (ending sign-ins, disabling a disabled account), leaves its link in the audit trail.
 */
@Injectable()
export class AccountActionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly audit: CommissionAudit,
    private readonly clock: Clock,
  ) {}

  async account(id: string): Promise<PersonAccount> {
    const person = await this.find(id);
    const openSessions = await this.auth.openSessionCount(id);
    return {
      personId: person.id,
      platformRole: person.platformRole,
      disabledAt: person.accountDisabledAt?.toISOString() ?? null,
      deactivatedAt: person.deactivatedAt?.toISOString() ?? null,
      openSessions,
    };
  }

  disable(me: Me, id: string): Promise<PersonAccount> {
    return this.act(me, id, 'disable', (p) => ({ accountDisabledAt: p.accountDisabledAt ?? this.clock.now() }));
  }

  enable(me: Me, id: string): Promise<PersonAccount> {
    return this.act(me, id, 'enable', () => ({ accountDisabledAt: null }));
  }

  async signOut(me: Me, id: string): Promise<void> {
    await this.act(me, id, 'sign_out', () => ({}));
  }

  setPlatformRole(me: Me, id: string, input: SetPlatformRole): Promise<PersonAccount> {
    return this.act(me, id, 'set_role', () => ({ platformRole: input.platformRole }));
  }

  deactivate(me: Me, id: string): Promise<PersonAccount> {
    return this.act(me, id, 'deactivate', (p) => ({ deactivatedAt: p.deactivatedAt ?? this.clock.now() }));
  }

  reactivate(me: Me, id: string): Promise<PersonAccount> {
    return this.act(me, id, 'reactivate', () => ({ deactivatedAt: null }));
  }

  private async act(me: Me, id: string, action: AccountAction, change: (person: PersonEntity) => AccountChange): Promise<PersonAccount> {
    const person = await this.find(id);
    const refusal = accountActionRefusal(me, person, action);
    if (refusal === 'own_account') throw new AppException('own_account_action');
    if (refusal) throw new AppException('forbidden');
    const changes = change(person);
    await this.db.transaction(async (em) => {
      if (Object.keys(changes).length) await em.update(PersonEntity, { id }, changes);
      await this.audit.record(em, {
        actorPersonId: me.id,
        kind: ACTIVITY[action],
        subject: { type: 'person', id, label: person.name },
        changes: changedFields({ ...person }, { ...person, ...changes }, AUDITED_FIELDS),
      });
    });
    if (accountActionEndsSessions(action)) await this.auth.endSessionsOf(id);
    else this.auth.forgetSignIns(id);
    return this.account(id);
  }

  private async find(id: string): Promise<PersonEntity> {
    const person = await this.db.getRepository(PersonEntity).findOneBy({ id });
    if (!person) throw notFound('una persona', 'person');
    return person;
  }
}
