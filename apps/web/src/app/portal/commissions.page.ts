import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { of } from 'rxjs';
import { PortalApi } from './portal.api';
import { PortalItem, PortalList } from './portal-list';
import { loadFrom } from '../core/ui/load-from';

/** Every commission of the installation, oldest first, with the way to its sessions, agreements and members. */
@Component({
  selector: 'cc-portal-commissions-page',
  imports: [RouterLink, TranslocoPipe, PortalList, PortalItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <h1 tabindex="-1">{{ 'portal.commissions.title' | transloco }}</h1>
    <p class="lead">{{ 'portal.commissions.intro' | transloco }}</p>
    <cc-portal-list
      [loaded]="commissions"
      loadError="portal.commissions.loadError"
      empty="portal.commissions.empty"
      [paged]="false"
      testId="portal-commissions"
    >
      <ng-template [ccPortalItem]="commissions" let-c>
        <a class="list__title" [routerLink]="['/portal/commissions', c.id]">{{ c.name }} ({{ c.acronym }})</a>
        <span class="muted">{{ 'portal.commissions.counts' | transloco: c }}</span>
        <span>
          <a [routerLink]="['/portal/sessions']" [queryParams]="{ commissionId: c.id }">{{ 'portal.nav.sessions' | transloco }}</a> ·
          <a [routerLink]="['/portal/agreements']" [queryParams]="{ commissionId: c.id }">{{ 'portal.nav.agreements' | transloco }}</a>
          ·
          <a [routerLink]="['/portal/commissions', c.id]">{{ 'portal.commissions.members' | transloco }}</a>
        </span>
      </ng-template>
    </cc-portal-list>
  `,
})
export class PortalCommissionsPage {
  private readonly api = inject(PortalApi);
  protected readonly commissions = loadFrom(of(null), () => this.api.commissions());
}
