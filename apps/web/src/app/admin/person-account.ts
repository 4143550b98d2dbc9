import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { PersonAccount } from '@cocrea/contracts';
import { AccountAction, accountActionRefusal } from '@cocrea/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable, switchMap } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { AdminApi } from './admin.api';
import { problemMessage } from './problem-message';

/** What the panel offers: the account actions, with the role change split into its two directions. */
type PanelAction = 'sign_out' | 'disable' | 'enable' | 'deactivate' | 'reactivate' | 'make_admin' | 'remove_admin';

/** The actions that take something away: each asks first. Enabling and reactivating only give back. */
const ASKS_FIRST: ReadonlySet<PanelAction> = new Set(['sign_out', 'disable', 'deactivate', 'make_admin', 'remove_admin']);

const RULE: Record<PanelAction, AccountAction> = {
  sign_out: 'sign_out',
  disable: 'disable',
  enable: 'enable',
  deactivate: 'deactivate',
  reactivate: 'reactivate',
  make_admin: 'set_role',
  remove_admin: 'set_role',
};

/**
 * The account part of a person's administration page: whether they may sign in, their platform role and open
 * sign-ins, and the actions on them that the signed-in person may take (`accountActionRefusal`, the api's own rule).
 * Destructive actions ask for confirmation; focus goes to the question, then to the result.
 */
@Component({
  selector: 'cc-admin-person-account',
  imports: [MatButton, MatProgressBar, TranslocoPipe, ErrorPanel, CommissionTimePipe],
  templateUrl: './person-account.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPersonAccount implements OnInit {
  private readonly api = inject(AdminApi);
  private readonly me = inject(AuthService).me;
  private readonly injector = inject(Injector);
  protected readonly locale = inject(LocaleService).locale;

  readonly personId = input.required<string>();
  readonly personName = input.required<string>();

  protected readonly account = signal<PersonAccount | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<unknown>(null);
  protected readonly confirming = signal<PanelAction | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<PanelAction | null>(null);
  protected readonly actionError = signal<string | null>(null);
  private readonly question = viewChild<ElementRef<HTMLElement>>('question');
  private readonly result = viewChild<ElementRef<HTMLElement>>('result');
  private readonly actionList = viewChild<ElementRef<HTMLElement>>('actionList');

  /** Nobody acts on their own account (the api refuses it too); the panel says so instead of offering buttons. */
  protected readonly ownAccount = computed(() => this.me()?.id === this.personId());

  /** The secretary may not act on a platform admin: the panel says so instead of offering nothing silently. */
  protected readonly adminOnly = computed(() => {
    const me = this.me();
    const account = this.account();
    return (
      !!me &&
      !!account &&
      accountActionRefusal(me, { id: account.personId, platformRole: account.platformRole }, 'disable') === 'target_is_admin'
    );
  });

  protected readonly actions = computed<PanelAction[]>(() => {
    const me = this.me();
    const account = this.account();
    if (!me || !account) return [];
    const offered: PanelAction[] = [
      'sign_out',
      account.disabledAt ? 'enable' : 'disable',
      account.deactivatedAt ? 'reactivate' : 'deactivate',
      account.platformRole === 'admin' ? 'remove_admin' : 'make_admin',
    ];
    const target = { id: account.personId, platformRole: account.platformRole };
    return offered.filter((action) => accountActionRefusal(me, target, RULE[action]) === null);
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.personAccount(this.personId()).subscribe({
      next: (account) => {
        this.account.set(account);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loadError.set(error);
        this.loading.set(false);
      },
    });
  }

  protected start(action: PanelAction): void {
    this.done.set(null);
    this.actionError.set(null);
    if (!ASKS_FIRST.has(action)) {
      this.run(action);
      return;
    }
    this.confirming.set(action);
    this.afterRender(() => this.question()?.nativeElement.focus());
  }

  protected cancel(): void {
    this.confirming.set(null);
    this.afterRender(() => this.actionList()?.nativeElement.querySelector('button')?.focus());
  }

  protected run(action: PanelAction): void {
    this.busy.set(true);
    this.request(action).subscribe({
      next: (account) => {
        this.account.set(account);
        this.busy.set(false);
        this.confirming.set(null);
        this.done.set(action);
        this.afterRender(() => this.result()?.nativeElement.focus());
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.confirming.set(null);
        this.actionError.set(problemMessage(error, this.locale()) ?? '');
        this.afterRender(() => this.result()?.nativeElement.focus());
      },
    });
  }

  private request(action: PanelAction): Observable<PersonAccount> {
    const id = this.personId();
    switch (action) {
      case 'sign_out':
        return this.api.signOutEverywhere(id).pipe(switchMap(() => this.api.personAccount(id)));
      case 'disable':
        return this.api.disableAccount(id);
      case 'enable':
        return this.api.enableAccount(id);
      case 'deactivate':
        return this.api.deactivatePerson(id);
      case 'reactivate':
        return this.api.reactivatePerson(id);
      case 'make_admin':
        return this.api.setPlatformRole(id, 'admin');
      case 'remove_admin':
        return this.api.setPlatformRole(id, 'user');
    }
  }

  /** Focus follows the action: onto what it revealed, once that is on screen. */
  private afterRender(focus: () => void): void {
    afterNextRender({ write: focus }, { injector: this.injector });
  }
}
