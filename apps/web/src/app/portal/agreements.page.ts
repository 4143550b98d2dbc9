import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AGREEMENT_STATUSES } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocaleService } from '../core/i18n/locale.service';
import { calendarDay } from '../core/i18n/calendar-day';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery, yearsUntil } from './portal-query';
import { DownloadLinks } from './portal-ui';
import { PortalItem, PortalList } from './portal-list';
import { PortalChoiceFilter, PortalWordsFilter } from './portal-filters';

const FILTERS = ['commissionId', 'year', 'status', 'meetingId', 'q'] as const;

/** Every agreement the commission adopted, with its follow-up status; by year, session, status or words. */
@Component({
  selector: 'cc-portal-agreements-page',
  imports: [RouterLink, TranslocoPipe, DownloadLinks, PortalChoiceFilter, PortalWordsFilter, PortalList, PortalItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <div class="heading">
      <h1 tabindex="-1">{{ 'portal.agreements.title' | transloco }}</h1>
      <cc-download-links dataset="agreements" what="portal.agreements.dataset" />
    </div>
    <div class="filters" role="search" [attr.aria-label]="'portal.filters' | transloco">
      <cc-portal-words-filter label="portal.filter.words" [value]="list.query()['q']" (chosen)="list.setFilter({ q: $event })" />
      <cc-portal-choice-filter
        label="portal.filter.year"
        [options]="years"
        [value]="list.query()['year']"
        (chosen)="list.setFilter({ year: $event })"
      />
      <cc-portal-choice-filter
        label="portal.filter.status"
        [options]="statuses"
        optionKey="voting.agreementStatuses."
        [value]="list.query()['status']"
        (chosen)="list.setFilter({ status: $event })"
      />
    </div>
    <cc-portal-list
      [loaded]="agreements"
      loadError="portal.agreements.loadError"
      empty="portal.agreements.empty"
      [counted]="true"
      (pageChange)="list.setPage($event)"
    >
      <ng-template [ccPortalItem]="agreements" let-a>
        <a class="list__title" [routerLink]="['/portal/agreements', a.number]">{{ a.number }}</a>
        <span>{{ a.text }}</span>
        <span class="chip">{{ 'voting.agreementStatuses.' + a.status | transloco }}</span>
        <a class="muted" [routerLink]="['/portal/sessions', a.meetingId]">{{ a.meetingTitle }} · {{ day(a.meetingDate) }}</a>
      </ng-template>
    </cc-portal-list>
  `,
})
export class PortalAgreementsPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly years = yearsUntil();
  protected readonly statuses = AGREEMENT_STATUSES;
  protected readonly list = urlListQuery(FILTERS);
  protected readonly agreements = loadFrom(this.list.query$, (q) => this.api.agreements(q));

  protected day(day: string): string {
    return calendarDay(day, this.locale());
  }
}
