import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatPaginator, MatPaginatorIntl } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery } from './portal-query';
import { DownloadLinks, PortalPaginatorIntl } from './portal-ui';

/** The commission's working groups with their overall progress. */
@Component({
  selector: 'cc-portal-groups-page',
  imports: [RouterLink, MatPaginator, MatProgressBar, TranslocoPipe, ErrorPanel, DownloadLinks],
  providers: [{ provide: MatPaginatorIntl, useClass: PortalPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <div class="heading">
      <h1 tabindex="-1">{{ 'portal.groups.title' | transloco }}</h1>
      <cc-download-links dataset="deliverables" what="portal.groups.dataset" />
    </div>
    @if (groups.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (groups.error(); as error) {
      <cc-error-panel [error]="error" heading="portal.groups.loadError" (retry)="groups.reload()" />
    } @else if (groups.value(); as page) {
      @if (page.items.length === 0) {
        <p class="empty">{{ 'portal.groups.empty' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (g of page.items; track g.id) {
            <li>
              <a class="list__title" [routerLink]="['/portal/groups', g.id]">{{ g.name }}</a>
              <span class="muted">{{ g.purpose }}</span>
              <span class="muted">{{ 'portal.groups.deliverables' | transloco: { count: g.deliverableCount } }}</span>
              <span class="chip">{{ 'portal.progress' | transloco: { percent: g.progress } }}</span>
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
export class PortalGroupsPage {
  private readonly api = inject(PortalApi);
  protected readonly list = urlListQuery(['commissionId', 'q']);
  protected readonly groups = loadFrom(this.list.query$, (q) => this.api.groups(q));
}
