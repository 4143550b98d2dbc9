import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { of } from 'rxjs';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';

/** Every commission of the installation, oldest first, with the way to its sessions, agreements and members. */
@Component({
  selector: 'cc-portal-commissions-page',
  imports: [RouterLink, MatProgressBar, TranslocoPipe, ErrorPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <h1 tabindex="-1">{{ 'portal.commissions.title' | transloco }}</h1>
    <p class="lead">{{ 'portal.commissions.intro' | transloco }}</p>
    @if (commissions.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (commissions.error(); as error) {
      <cc-error-panel [error]="error" heading="portal.commissions.loadError" (retry)="commissions.reload()" />
    } @else if (commissions.value(); as page) {
      @if (page.items.length === 0) {
        <p class="empty">{{ 'portal.commissions.empty' | transloco }}</p>
      } @else {
        <ul class="list" data-testid="portal-commissions">
          @for (c of page.items; track c.id) {
            <li>
              <a class="list__title" [routerLink]="['/portal/commissions', c.id]">{{ c.name }} ({{ c.acronym }})</a>
              <span class="muted">{{ 'portal.commissions.counts' | transloco: c }}</span>
              <span>
                <a [routerLink]="['/portal/sessions']" [queryParams]="{ commissionId: c.id }">{{ 'portal.nav.sessions' | transloco }}</a> ·
                <a [routerLink]="['/portal/agreements']" [queryParams]="{ commissionId: c.id }">{{
                  'portal.nav.agreements' | transloco
                }}</a>
                ·
                <a [routerLink]="['/portal/commissions', c.id]">{{ 'portal.commissions.members' | transloco }}</a>
              </span>
            </li>
          }
        </ul>
      }
    }
  `,
})
export class PortalCommissionsPage {
  private readonly api = inject(PortalApi);
  protected readonly commissions = loadFrom(of(null), () => this.api.commissions());
}
