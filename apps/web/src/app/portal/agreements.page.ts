import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { AGREEMENT_STATUSES } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subject, debounceTime, distinctUntilChanged } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { calendarDay } from '../core/i18n/calendar-day';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery, yearsUntil } from './portal-query';
import { DownloadLinks, PortalPaginatorIntl } from './portal-ui';

const FILTERS = ['commissionId', 'year', 'status', 'meetingId', 'q'] as const;

/** Every agreement the commission adopted, with its follow-up status; by year, session, status or words. */
@Component({
  selector: 'cc-portal-agreements-page',
  imports: [RouterLink, MatFormField, MatLabel, MatInput, MatPaginator, MatProgressBar, TranslocoPipe, ErrorPanel, DownloadLinks],
  providers: [{ provide: MatPaginatorIntl, useClass: PortalPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <div class="heading">
      <h1 tabindex="-1">{{ 'portal.agreements.title' | transloco }}</h1>
      <cc-download-links dataset="agreements" what="portal.agreements.dataset" />
    </div>
    <div class="filters" role="search" [attr.aria-label]="'portal.filters' | transloco">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portal.filter.words' | transloco }}</mat-label>
        <input matInput type="search" [value]="list.query()['q'] ?? ''" (input)="words.next($any($event.target).value)" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portal.filter.year' | transloco }}</mat-label>
        <select matNativeControl [value]="list.query()['year'] ?? ''" (change)="list.setFilter({ year: $any($event.target).value })">
          <option value="">{{ 'portal.filter.all' | transloco }}</option>
          @for (y of years; track y) {
            <option [value]="y">{{ y }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portal.filter.status' | transloco }}</mat-label>
        <select matNativeControl [value]="list.query()['status'] ?? ''" (change)="list.setFilter({ status: $any($event.target).value })">
          <option value="">{{ 'portal.filter.all' | transloco }}</option>
          @for (s of statuses; track s) {
            <option [value]="s">{{ 'voting.agreementStatuses.' + s | transloco }}</option>
          }
        </select>
      </mat-form-field>
    </div>
    @if (agreements.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (agreements.error(); as error) {
      <cc-error-panel [error]="error" heading="portal.agreements.loadError" (retry)="agreements.reload()" />
    } @else if (agreements.value(); as page) {
      <p class="muted" role="status">{{ 'portal.results' | transloco: { total: page.total } }}</p>
      @if (page.items.length === 0) {
        <p class="empty">{{ 'portal.agreements.empty' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (a of page.items; track a.id) {
            <li>
              <a class="list__title" [routerLink]="['/portal/agreements', a.number]">{{ a.number }}</a>
              <span>{{ a.text }}</span>
              <span class="chip">{{ 'voting.agreementStatuses.' + a.status | transloco }}</span>
              <a class="muted" [routerLink]="['/portal/sessions', a.meetingId]">{{ a.meetingTitle }} · {{ day(a.meetingDate) }}</a>
            </li>
          }
        </ul>
        <mat-paginator
          [length]="page.total"
          [pageIndex]="page.page - 1"
          [pageSize]="page.pageSize"
          [pageSizeOptions]="[10, 20, 50, 100]"
          (page)="list.setPage($event)"
        />
      }
    }
  `,
})
export class PortalAgreementsPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly years = yearsUntil();
  protected readonly statuses = AGREEMENT_STATUSES;
  protected readonly list = urlListQuery(FILTERS);
  protected readonly agreements = loadFrom(this.list.query$, (q) => this.api.agreements(q));
  protected readonly words = new Subject<string>();

  constructor() {
    this.words.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((q) => this.list.setFilter({ q: q.trim() }));
  }

  protected day(day: string): string {
    return calendarDay(day, this.locale());
  }
}
