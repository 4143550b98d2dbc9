import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PUBLIC_MEETING_STATUSES } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityDate } from '../core/i18n/mexico-city-time';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery, yearsUntil } from './portal-query';
import { DownloadLinks } from './portal-ui';
import { PortalItem, PortalList } from './portal-list';
import { PortalChoiceFilter } from './portal-filters';

const FILTERS = ['commissionId', 'year', 'status'] as const;

/** Every public session, newest first, by year and status. */
@Component({
  selector: 'cc-portal-sessions-page',
  imports: [RouterLink, TranslocoPipe, DownloadLinks, PortalChoiceFilter, PortalList, PortalItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <div class="heading">
      <h1 tabindex="-1">{{ 'portal.sessions.title' | transloco }}</h1>
      <cc-download-links dataset="sessions" what="portal.sessions.dataset" />
    </div>
    <div class="filters" role="search" [attr.aria-label]="'portal.filters' | transloco">
      <cc-portal-choice-filter
        label="portal.filter.year"
        [options]="years"
        [value]="list.query()['year']"
        (chosen)="list.setFilter({ year: $event })"
      />
      <cc-portal-choice-filter
        label="portal.filter.status"
        [options]="statuses"
        optionKey="sessions.statuses."
        [value]="list.query()['status']"
        (chosen)="list.setFilter({ status: $event })"
      />
    </div>
    <cc-portal-list
      [loaded]="sessions"
      loadError="portal.sessions.loadError"
      empty="portal.sessions.empty"
      (pageChange)="list.setPage($event)"
    >
      <ng-template [ccPortalItem]="sessions" let-s>
        <a class="list__title" [routerLink]="['/portal/sessions', s.id]">{{ s.title }}</a>
        <span class="chip">{{ 'sessions.statuses.' + s.status | transloco }}</span>
        <span class="muted">{{ day(s.scheduledAt) }}</span>
        <span class="muted">{{ 'sessions.kinds.' + s.kind | transloco }}</span>
        <span class="muted">{{ 'portal.sessions.agreementCount' | transloco: { count: s.agreementCount } }}</span>
        @if (s.minutesApproved) {
          <span class="muted">{{ 'portal.sessions.minutesApproved' | transloco }}</span>
        }
      </ng-template>
    </cc-portal-list>
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
