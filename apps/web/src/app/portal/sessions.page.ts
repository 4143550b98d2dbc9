import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { PUBLIC_MEETING_STATUSES } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityDate } from '../core/i18n/mexico-city-time';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery, yearsUntil } from './portal-query';
import { DownloadLinks, PortalPaginatorIntl } from './portal-ui';

const FILTERS = ['commissionId', 'year', 'status'] as const;

/** Every public session, newest first, by year and status. */
@Component({
  selector: 'cc-portal-sessions-page',
  imports: [RouterLink, MatFormField, MatLabel, MatInput, MatPaginator, MatProgressBar, TranslocoPipe, ErrorPanel, DownloadLinks],
  providers: [{ provide: MatPaginatorIntl, useClass: PortalPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <div class="heading">
      <h1 tabindex="-1">{{ 'portal.sessions.title' | transloco }}</h1>
      <cc-download-links dataset="sessions" what="portal.sessions.dataset" />
    </div>
    <div class="filters" role="search" [attr.aria-label]="'portal.filters' | transloco">
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
            <option [value]="s">{{ 'sessions.statuses.' + s | transloco }}</option>
          }
        </select>
      </mat-form-field>
    </div>
    @if (sessions.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (sessions.error(); as error) {
      <cc-error-panel [error]="error" heading="portal.sessions.loadError" (retry)="sessions.reload()" />
    } @else if (sessions.value(); as page) {
      @if (page.items.length === 0) {
        <p class="empty">{{ 'portal.sessions.empty' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (s of page.items; track s.id) {
            <li>
              <a class="list__title" [routerLink]="['/portal/sessions', s.id]">{{ s.title }}</a>
              <span class="chip">{{ 'sessions.statuses.' + s.status | transloco }}</span>
              <span class="muted">{{ day(s.scheduledAt) }}</span>
              <span class="muted">{{ 'sessions.kinds.' + s.kind | transloco }}</span>
              <span class="muted">{{ 'portal.sessions.agreementCount' | transloco: { count: s.agreementCount } }}</span>
              @if (s.minutesApproved) {
                <span class="muted">{{ 'portal.sessions.minutesApproved' | transloco }}</span>
              }
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
export class PortalSessionsPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly years = yearsUntil();
  protected readonly statuses = PUBLIC_MEETING_STATUSES;
  protected readonly list = urlListQuery(FILTERS);
  protected readonly sessions = loadFrom(this.list.query$, (q) => this.api.sessions(q));

  protected day(iso: string): string {
    return mexicoCityDate(iso, this.locale());
  }
}
