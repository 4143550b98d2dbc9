import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';

/** One commission: what it is, its members (chair and secretary first) and the way to its sessions and agreements. */
@Component({
  selector: 'cc-portal-commission-page',
  imports: [RouterLink, MatProgressBar, TranslocoPipe, ErrorPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <p>
      <a routerLink="/portal/commissions">{{ 'portal.commissions.back' | transloco }}</a>
    </p>
    @if (commission.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (commission.error(); as error) {
      <h1 tabindex="-1">{{ 'portal.commissions.title' | transloco }}</h1>
      <cc-error-panel [error]="error" heading="portal.commissions.loadOneError" (retry)="commission.reload()" />
    } @else if (commission.value(); as c) {
      <h1 tabindex="-1">{{ c.name }} ({{ c.acronym }})</h1>
      <p class="lead">{{ c.system }}</p>
      <ul class="sections">
        <li>
          <a [routerLink]="['/portal/sessions']" [queryParams]="{ commissionId: c.id }">{{
            'portal.commissions.sessionsOf' | transloco
          }}</a>
        </li>
        <li>
          <a [routerLink]="['/portal/agreements']" [queryParams]="{ commissionId: c.id }">{{
            'portal.commissions.agreementsOf' | transloco
          }}</a>
        </li>
        <li>
          <a [routerLink]="['/portal/groups']" [queryParams]="{ commissionId: c.id }">{{ 'portal.commissions.groupsOf' | transloco }}</a>
        </li>
        <li>
          <a [routerLink]="['/portal/documents']" [queryParams]="{ commissionId: c.id }">{{
            'portal.commissions.documentsOf' | transloco
          }}</a>
        </li>
        <li>
          <a [routerLink]="['/portal/commissioners']" [queryParams]="{ commissionId: c.id }">{{
            'portal.commissions.recordsOf' | transloco
          }}</a>
        </li>
        <li>
          <a [routerLink]="['/portal/data']" [queryParams]="{ commissionId: c.id }">{{ 'portal.commissions.dataOf' | transloco }}</a>
        </li>
      </ul>
      <h2>{{ 'portal.commissions.members' | transloco }}</h2>
      @if (c.members.length === 0) {
        <p class="empty">{{ 'portal.commissions.noMembers' | transloco }}</p>
      } @else {
        <ul class="list" data-testid="portal-commission-members">
          @for (m of c.members; track m.personId) {
            <li>
              <a class="list__title" [routerLink]="['/portal/commissioners', m.personId]" [queryParams]="{ commissionId: c.id }">{{
                m.name
              }}</a>
              <span class="chip">{{ 'roles.' + m.role | transloco }}</span>
              <span class="muted"
                >{{ m.organization }}
                @if (m.state) {
                  · {{ m.state }}
                }
              </span>
            </li>
          }
        </ul>
      }
    }
  `,
})
export class PortalCommissionPage {
  private readonly api = inject(PortalApi);
  protected readonly commission = loadFrom(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id') ?? '')), (id) =>
    this.api.commissionById(id),
  );
}
