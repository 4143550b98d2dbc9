import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery } from './portal-query';
import { DownloadLinks } from './portal-ui';
import { PortalItem, PortalList } from './portal-list';

/** The commission's working groups with their overall progress. */
@Component({
  selector: 'cc-portal-groups-page',
  imports: [RouterLink, TranslocoPipe, DownloadLinks, PortalList, PortalItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <div class="heading">
      <h1 tabindex="-1">{{ 'portal.groups.title' | transloco }}</h1>
      <cc-download-links dataset="deliverables" what="portal.groups.dataset" />
    </div>
    <cc-portal-list [loaded]="groups" loadError="portal.groups.loadError" empty="portal.groups.empty" (pageChange)="list.setPage($event)">
      <ng-template [ccPortalItem]="groups" let-g>
        <a class="list__title" [routerLink]="['/portal/groups', g.id]">{{ g.name }}</a>
        <span class="muted">{{ g.purpose }}</span>
        <span class="muted">{{ 'portal.groups.deliverables' | transloco: { count: g.deliverableCount } }}</span>
        <span class="chip">{{ 'portal.progress' | transloco: { percent: g.progress } }}</span>
      </ng-template>
    </cc-portal-list>
  `,
})
export class PortalGroupsPage {
  private readonly api = inject(PortalApi);
  protected readonly list = urlListQuery(['commissionId', 'q']);
  protected readonly groups = loadFrom(this.list.query$, (q) => this.api.groups(q));
}
