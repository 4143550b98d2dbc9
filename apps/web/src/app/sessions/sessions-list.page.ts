import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatPaginator, MatPaginatorIntl, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Commission, MeetingSummary, Page } from '@cocrea/contracts';
import { can } from '@cocrea/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subject, catchError, EMPTY, startWith, switchMap, tap } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { MembersApi } from '../directory/members.api';
import { mexicoCityDate } from '../core/i18n/mexico-city-time';
import { NotificationsPanel } from './notifications-panel';
import { SessionsPaginatorIntl } from './sessions-paginator-intl';
import { SessionsApi } from './sessions.api';
import { CurrentCommission } from '../core/commission/current-commission';

/** The commission's sessions, newest first; chair and secretary draft new ones from here. */
@Component({
  selector: 'cc-sessions-list-page',
  imports: [RouterLink, MatAnchor, MatPaginator, MatProgressBar, NotificationsPanel, TranslocoPipe, ErrorPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: MatPaginatorIntl, useClass: SessionsPaginatorIntl }],
  template: `
    <div class="heading">
      <h1 tabindex="-1">{{ 'sessions.title' | transloco }}</h1>
      @if (canDraft()) {
        <a mat-flat-button routerLink="/sessions/new">{{ 'sessions.new' | transloco }}</a>
      }
    </div>
    @if (commission(); as c) {
      <p class="commission">{{ c.name }}</p>
    }
    <cc-notifications-panel />
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'sessions.loading' | transloco" />
    }
    @if (error(); as error) {
      <cc-error-panel [error]="error" heading="sessions.listLoadError" (retry)="retry()" />
    } @else if (page(); as page) {
      @if (page.items.length === 0) {
        <p class="empty">{{ 'sessions.empty' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (m of page.items; track m.id) {
            <li>
              <a [routerLink]="['/sessions', m.id]" class="list__title">{{ m.title }}</a>
              <span class="status status--{{ m.status }}">{{ 'sessions.statuses.' + m.status | transloco }}</span>
              <span class="when">{{ day(m.scheduledAt) }}</span>
              @if (m.status === 'closed') {
                <a [routerLink]="['/sessions', m.id, 'minutes']">{{ 'sessions.minutesLink' | transloco }}</a>
              }
            </li>
          }
        </ul>
        <mat-paginator
          [length]="page.total"
          [pageIndex]="page.page - 1"
          [pageSize]="page.pageSize"
          [pageSizeOptions]="[10, 20, 50]"
          (page)="onPage($event)"
        />
      }
    }
  `,
  styles: `
    .heading {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
      flex-wrap: wrap;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0;
    }
    .commission {
      color: var(--mat-sys-on-surface-variant);
    }
    .list {
      list-style: none;
      padding: 0;
    }
    .list li {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: baseline;
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .list__title {
      font-weight: 600;
    }
    .status {
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .status--open {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .when {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SessionsListPage {
  private readonly api = inject(SessionsApi);
  private readonly commissionChoice = inject(CurrentCommission);
  private readonly members = inject(MembersApi);
  private readonly auth = inject(AuthService);
  protected readonly locale = inject(LocaleService).locale;
  private readonly reload = new Subject<void>();

  protected readonly commission = signal<Commission | null>(null);
  protected readonly page = signal<Page<MeetingSummary> | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  private readonly pageIndex = signal({ page: 1, pageSize: 20 });
  protected readonly canDraft = computed(() => {
    const me = this.auth.me();
    const c = this.commission();
    return !!me && !!c && can(me, 'meetings.manage', c.id);
  });

  constructor() {
    this.reload
      .pipe(
        startWith(undefined),
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(() =>
          this.commissionChoice.chosen().pipe(
            tap((c) => this.commission.set(c)),
            switchMap((c) => (c ? this.api.list(c.id, this.pageIndex().page, this.pageIndex().pageSize, null) : EMPTY)),
            catchError((error: unknown) => {
              this.error.set(error);
              this.loading.set(false);
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.page.set(page);
        this.loading.set(false);
      });
  }

  protected day(iso: string): string {
    return mexicoCityDate(iso, this.locale());
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set({ page: event.pageIndex + 1, pageSize: event.pageSize });
    this.reload.next();
  }

  protected retry(): void {
    this.reload.next();
  }
}
