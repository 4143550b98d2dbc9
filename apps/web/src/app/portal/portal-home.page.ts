import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { of } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityDate } from '../core/i18n/mexico-city-time';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';

/** The portal's front page: the commission, its latest sessions and where to find everything it decided. */
@Component({
  selector: 'cc-portal-home-page',
  imports: [RouterLink, MatProgressBar, TranslocoPipe, ErrorPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <h1 tabindex="-1">{{ commission.value()?.name ?? ('portal.home.title' | transloco) }}</h1>
    @if (commission.value(); as c) {
      <p class="lead">{{ c.system }}</p>
    }
    <p>{{ 'portal.home.intro' | transloco }}</p>
    @if (commission.error(); as error) {
      <cc-error-panel [error]="error" heading="portal.home.loadError" (retry)="commission.reload()" />
    }

    <h2>{{ 'portal.home.latestSessions' | transloco }}</h2>
    @if (sessions.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (sessions.error(); as error) {
      <cc-error-panel [error]="error" heading="portal.sessions.loadError" (retry)="sessions.reload()" />
    } @else if (sessions.value(); as page) {
      @if (page.items.length === 0) {
        <p class="empty">{{ 'portal.sessions.empty' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (s of page.items; track s.id) {
            <li>
              <a class="list__title" [routerLink]="['/portal/sessions', s.id]">{{ s.title }}</a>
              <span class="chip">{{ 'sessions.statuses.' + s.status | transloco }}</span>
              <span class="muted">{{ day(s.scheduledAt) }}</span>
            </li>
          }
        </ul>
      }
    }

    <h2>{{ 'portal.home.explore' | transloco }}</h2>
    <ul class="sections">
      <li>
        <a routerLink="/portal/commissions">{{ 'portal.nav.commissions' | transloco }}</a> — {{ 'portal.home.commissions' | transloco }}
      </li>
      <li>
        <a routerLink="/portal/agreements">{{ 'portal.nav.agreements' | transloco }}</a> — {{ 'portal.home.agreements' | transloco }}
      </li>
      <li>
        <a routerLink="/portal/groups">{{ 'portal.nav.groups' | transloco }}</a> — {{ 'portal.home.groups' | transloco }}
      </li>
      <li>
        <a routerLink="/portal/commissioners">{{ 'portal.nav.commissioners' | transloco }}</a> —
        {{ 'portal.home.commissioners' | transloco }}
      </li>
      <li>
        <a routerLink="/portal/data">{{ 'portal.nav.data' | transloco }}</a> — {{ 'portal.home.data' | transloco }}
      </li>
    </ul>
  `,
})
export class PortalHomePage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly commission = loadFrom(of(null), () => this.api.commission());
  protected readonly sessions = loadFrom(of(null), () => this.api.sessions({ page: 1, pageSize: 5 }));

  protected day(iso: string): string {
    return mexicoCityDate(iso, this.locale());
  }
}
