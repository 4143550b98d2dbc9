import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatPaginator, MatPaginatorIntl } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { of } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { calendarDay } from '../core/i18n/calendar-day';
import { ErrorPanel } from '../core/ui/error-panel';
import { ListQuery, PortalApi } from './portal.api';
import { Page, PublicSearchHit } from './portal.types';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery } from './portal-query';
import { PortalPaginatorIntl } from './portal-ui';

/** The portal page of a hit: its own, except a deliverable's, which is its group's (the api gives that id). */
export function hitLink(hit: Pick<PublicSearchHit, 'kind' | 'targetId'>): string[] {
  switch (hit.kind) {
    case 'session':
      return ['/portal/sessions', hit.targetId];
    case 'agreement':
      return ['/portal/agreements', hit.targetId];
    case 'group':
    case 'deliverable':
      return ['/portal/groups', hit.targetId];
    case 'document':
      return ['/portal/documents', hit.targetId];
  }
}

/** Search across sessions, agreements, groups, members and published documents (accents optional). */
@Component({
  selector: 'cc-portal-search-page',
  imports: [RouterLink, MatPaginator, MatProgressBar, TranslocoPipe, ErrorPanel],
  providers: [{ provide: MatPaginatorIntl, useClass: PortalPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <h1 tabindex="-1">{{ 'portal.search.title' | transloco: { q: list.query()['q'] ?? '' } }}</h1>
    @if (results.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (results.error(); as error) {
      <cc-error-panel [error]="error" heading="portal.search.loadError" (retry)="results.reload()" />
    } @else if (results.value(); as page) {
      <p class="muted" role="status">{{ 'portal.results' | transloco: { total: page.total } }}</p>
      @if (page.items.length === 0) {
        <p class="empty">{{ 'portal.search.empty' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (hit of page.items; track hit.kind + hit.id) {
            <li>
              <span class="chip">{{ 'portal.search.kinds.' + hit.kind | transloco }}</span>
              <a class="list__title" [routerLink]="link(hit)">{{ hit.title }}</a>
              @if (hit.date) {
                <span class="muted">{{ day(hit.date) }}</span>
              }
              <span class="muted">{{ hit.snippet }}</span>
            </li>
          }
        </ul>
        <mat-paginator
          [length]="page.total"
          [pageIndex]="page.page - 1"
          [pageSize]="page.pageSize"
          [pageSizeOptions]="[10, 20, 50]"
          (page)="list.setPage($event)"
        />
      }
    } @else if (!results.loading()) {
      <p>{{ 'portal.search.hint' | transloco }}</p>
    }
  `,
})
export class PortalSearchPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly list = urlListQuery(['q', 'commissionId']);
  /** No words, no search: the page only explains itself. */
  protected readonly results = loadFrom<ListQuery, Page<PublicSearchHit> | null>(this.list.query$, (q) =>
    q['q'] ? this.api.search(q) : of(null),
  );

  protected readonly link = hitLink;

  protected day(day: string): string {
    return calendarDay(day, this.locale());
  }
}
