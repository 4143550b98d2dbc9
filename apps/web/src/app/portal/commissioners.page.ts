import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MEXICAN_STATES, PublicVotingRecordSummary } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery, yearsUntil } from './portal-query';
import { DownloadLinks } from './portal-ui';
import { PortalItem, PortalList } from './portal-list';
import { PortalChoiceFilter, PortalWordsFilter } from './portal-filters';

/** The commission's members, each with a link to their voting record; by state or name. */
@Component({
  selector: 'cc-portal-commissioners-page',
  imports: [RouterLink, TranslocoPipe, DownloadLinks, PortalChoiceFilter, PortalWordsFilter, PortalList, PortalItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <div class="heading">
      <h1 tabindex="-1">{{ 'portal.commissioners.title' | transloco }}</h1>
      <cc-download-links dataset="members" what="portal.commissioners.dataset" />
    </div>
    <p class="lead">{{ 'portal.commissioners.intro' | transloco }}</p>
    <div class="filters" role="search" [attr.aria-label]="'portal.filters' | transloco">
      <cc-portal-words-filter label="portal.filter.name" [value]="list.query()['q']" (chosen)="list.setFilter({ q: $event })" />
      <cc-portal-choice-filter
        label="portal.filter.year"
        [options]="years"
        [value]="list.query()['year']"
        (chosen)="list.setFilter({ year: $event })"
      />
      <cc-portal-choice-filter
        label="portal.filter.state"
        [options]="states"
        [value]="list.query()['state']"
        (chosen)="list.setFilter({ state: $event })"
      />
    </div>
    <cc-portal-list
      [loaded]="people"
      loadError="portal.commissioners.loadError"
      empty="portal.commissioners.empty"
      [key]="byPerson"
      (pageChange)="list.setPage($event)"
    >
      <ng-template [ccPortalItem]="people" let-p>
        <a
          class="list__title"
          [routerLink]="['/portal/commissioners', p.personId]"
          [queryParams]="{ commissionId: list.query()['commissionId'] }"
          >{{ p.name }}</a
        >
        <span class="muted">{{ p.organization ?? '' }}</span>
        @if (p.state) {
          <span class="muted">{{ p.state }}</span>
        }
        <span>{{ 'portal.commissioners.summary' | transloco: p }}</span>
      </ng-template>
    </cc-portal-list>
  `,
})
export class PortalCommissionersPage {
  private readonly api = inject(PortalApi);
  protected readonly states = MEXICAN_STATES;
  protected readonly years = yearsUntil();
  protected readonly list = urlListQuery(['commissionId', 'q', 'state', 'year']);
  protected readonly people = loadFrom(this.list.query$, (q) => this.api.votingRecords(q));
  protected readonly byPerson = (record: PublicVotingRecordSummary) => record.personId;
}
