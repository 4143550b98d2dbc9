import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityDate } from '../core/i18n/mexico-city-time';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery, yearsUntil } from './portal-query';
import { DownloadLinks } from './portal-ui';
import { PortalItem, PortalList } from './portal-list';
import { PortalChoiceFilter } from './portal-filters';

/** Every published document version, newest first. */
@Component({
  selector: 'cc-portal-documents-page',
  imports: [RouterLink, TranslocoPipe, DownloadLinks, PortalChoiceFilter, PortalList, PortalItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <div class="heading">
      <h1 tabindex="-1">{{ 'portal.documents.title' | transloco }}</h1>
      <cc-download-links dataset="documents" what="portal.documents.dataset" />
    </div>
    <div class="filters" role="search" [attr.aria-label]="'portal.filters' | transloco">
      <cc-portal-choice-filter
        label="portal.filter.year"
        [options]="years"
        [value]="list.query()['year']"
        (chosen)="list.setFilter({ year: $event })"
      />
    </div>
    <cc-portal-list
      [loaded]="documents"
      loadError="portal.documents.loadError"
      empty="portal.documents.empty"
      (pageChange)="list.setPage($event)"
    >
      <ng-template [ccPortalItem]="documents" let-d>
        <a class="list__title" [routerLink]="['/portal/documents', d.id]">{{ d.documentTitle }}</a>
        <span>{{ d.name ?? ('portal.documents.version' | transloco: { number: d.number }) }}</span>
        @if (d.groupName) {
          <span class="muted">{{ d.groupName }}</span>
        }
        @if (d.publishedAt) {
          <span class="muted">{{ day(d.publishedAt) }}</span>
        }
      </ng-template>
    </cc-portal-list>
  `,
})
export class PortalDocumentsPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly years = yearsUntil();
  protected readonly list = urlListQuery(['commissionId', 'year', 'groupId', 'meetingId']);
  protected readonly documents = loadFrom(this.list.query$, (q) => this.api.documents(q));

  protected day(iso: string): string {
    return mexicoCityDate(iso, this.locale());
  }
}
