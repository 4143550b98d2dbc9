import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl, PageEvent } from '@angular/material/paginator';
import { RouterLink } from '@angular/router';
import { AGREEMENT_STATUSES, Agreement, Commission, Page } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, debounceTime, EMPTY, Subject, switchMap, tap } from 'rxjs';
import { MembersApi } from '../directory/members.api';
import { LocaleService } from '../core/i18n/locale.service';
import { calendarDay } from '../core/i18n/calendar-day';
import { TranslatedPaginatorIntl } from '../core/i18n/translated-paginator-intl';
import { ErrorPanel } from '../core/ui/error-panel';
import { AgreementFilters, VotingApi } from './voting.api';
import { CurrentCommission } from '../core/commission/current-commission';
import { AdoptedBy } from '../core/i18n/adopted-by';

/** The follow-up board: every agreement of the commission, overdue ones first, filtered by status, paginated. */
@Component({
  selector: 'cc-agreements-board-page',
  imports: [
    AdoptedBy,
    RouterLink,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatInput,
    MatPaginator,
    TranslocoPipe,
    ErrorPanel,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'voting.board.title' | transloco }}</h1>
    @if (commission(); as c) {
      <p class="commission">{{ c.name }}</p>
    }
    <div class="filters" role="search">
      <mat-button-toggle-group
        [value]="filters().status ?? 'all'"
        (change)="setFilter({ status: $event.value === 'all' ? null : $event.value })"
        [attr.aria-label]="'voting.board.byStatus' | transloco"
      >
        <mat-button-toggle value="all">{{ 'voting.board.all' | transloco }}</mat-button-toggle>
        @for (st of statuses; track st) {
          <mat-button-toggle [value]="st">{{ 'voting.agreementStatuses.' + st | transloco }}</mat-button-toggle>
        }
      </mat-button-toggle-group>
      <mat-checkbox [checked]="filters().overdue" (change)="setFilter({ overdue: $event.checked })">{{
        'voting.board.overdueOnly' | transloco
      }}</mat-checkbox>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'voting.board.search' | transloco }}</mat-label>
        <input matInput type="search" [value]="filters().q" (input)="search$.next($any($event.target).value)" />
      </mat-form-field>
    </div>
    @if (error(); as e) {
      <cc-error-panel [error]="e" heading="voting.board.error" (retry)="reload()" />
    } @else if (loading()) {
      <p role="status">{{ 'voting.loading' | transloco }}</p>
    } @else if (page(); as p) {
      @if (p.items.length === 0) {
        <p>{{ 'voting.board.empty' | transloco }}</p>
      } @else {
        <table class="board">
          <caption class="visually-hidden">
            {{
              'voting.board.title' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'voting.board.number' | transloco }}</th>
              <th scope="col">{{ 'voting.board.text' | transloco }}</th>
              <th scope="col">{{ 'voting.board.adopted' | transloco }}</th>
              <th scope="col">{{ 'voting.board.responsible' | transloco }}</th>
              <th scope="col">{{ 'voting.board.due' | transloco }}</th>
              <th scope="col">{{ 'voting.board.status' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (a of p.items; track a.id) {
              <tr [class.overdue]="a.overdue">
                <td [attr.data-label]="'voting.board.number' | transloco">
                  <a [routerLink]="['/voting/agreements', a.id]">{{ a.number }}</a>
                </td>
                <td [attr.data-label]="'voting.board.text' | transloco">{{ a.text }}</td>
                <td [attr.data-label]="'voting.board.adopted' | transloco"><cc-adopted-by [agreement]="a" /></td>
                <td [attr.data-label]="'voting.board.responsible' | transloco">
                  {{ a.responsible ?? (a.assignee ? '' : '—') }}
                  @if (a.assignee) {
                    <span class="assignee">{{ a.assignee.name }}</span>
                  }
                </td>
                <td [attr.data-label]="'voting.board.due' | transloco">
                  {{ a.dueOn ? day(a.dueOn) : '—' }}
                  @if (a.overdue) {
                    <strong class="overdue__tag">{{ 'voting.board.overdue' | transloco }}</strong>
                  }
                </td>
                <td [attr.data-label]="'voting.board.status' | transloco">
                  <span class="status status--{{ a.status }}">{{ 'voting.agreementStatuses.' + a.status | transloco }}</span>
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
      <mat-paginator
        [length]="p.total"
        [pageIndex]="p.page - 1"
        [pageSize]="p.pageSize"
        [pageSizeOptions]="[10, 20, 50]"
        (page)="paginate($event)"
      />
    }
  `,
  styles: `
    .assignee {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
    .commission {
      color: var(--mat-sys-on-surface-variant);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px 24px;
      align-items: center;
      margin-bottom: 12px;
    }
    .board {
      width: 100%;
      border-collapse: collapse;
      th,
      td {
        text-align: left;
        padding: 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        vertical-align: top;
      }
    }
    .overdue td:first-child {
      border-left: 4px solid var(--mat-sys-error);
    }
    .overdue__tag {
      color: var(--mat-sys-error);
      display: block;
    }
    .status {
      font-weight: 600;
    }
    mat-button-toggle-group {
      flex-wrap: wrap;
      max-width: 100%;
    }
    /* On a phone each agreement is a card: its cells stacked, each with its column's name. */
    @media (max-width: 700px) {
      .board thead {
        display: none;
      }
      .board tr,
      .board td {
        display: block;
      }
      .board tr {
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        padding: 8px 0;
      }
      .board td {
        border-bottom: 0;
        padding: 4px 8px;
      }
      .board td::before {
        content: attr(data-label);
        display: block;
        font-size: 0.8125rem;
        color: var(--mat-sys-on-surface-variant);
      }
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class AgreementsBoardPage {
  private readonly api = inject(VotingApi);
  private readonly commissionChoice = inject(CurrentCommission);
  private readonly members = inject(MembersApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly statuses = AGREEMENT_STATUSES;
  protected readonly commission = signal<Commission | null>(null);
  protected readonly page = signal<Page<Agreement> | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly filters = signal<AgreementFilters>({ status: null, overdue: false, q: '', page: 1, pageSize: 20 });
  protected readonly search$ = new Subject<string>();
  private readonly reload$ = new Subject<void>();

  constructor() {
    this.search$.pipe(debounceTime(300), takeUntilDestroyed()).subscribe((q) => this.setFilter({ q }));
    this.reload$
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(() =>
          this.commissionChoice.chosen().pipe(
            tap((c) => this.commission.set(c)),
            switchMap((c) => (c ? this.api.agreements(c.id, this.filters()) : EMPTY)),
            catchError((e: unknown) => {
              this.error.set(e);
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
    this.reload();
  }

  protected reload(): void {
    this.reload$.next();
  }

  protected setFilter(change: Partial<AgreementFilters>): void {
    this.filters.update((f) => ({ ...f, ...change, page: 1 }));
    this.reload();
  }

  protected paginate(event: PageEvent): void {
    this.filters.update((f) => ({ ...f, page: event.pageIndex + 1, pageSize: event.pageSize }));
    this.reload();
  }

  protected day(date: string): string {
    return calendarDay(date, this.locale());
  }
}
