import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';

/**
 * The 403 and 404 pages: what happened and a way back, never a retry (trying again cannot change either answer).
 * Shown at the URL the person asked for; `kind` comes from the route's data.
 */
@Component({
  selector: 'cc-status-page',
  imports: [MatAnchor, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="status" [attr.aria-labelledby]="'status-title'">
      <p class="status__code" aria-hidden="true">{{ kind() === 'forbidden' ? 403 : 404 }}</p>
      <h1 id="status-title" tabindex="-1">{{ 'statusPages.' + kind() + '.title' | transloco }}</h1>
      <p>{{ 'statusPages.' + kind() + '.body' | transloco }}</p>
      <p class="status__actions">
        @if (auth.signedIn()) {
          <a mat-flat-button routerLink="/inicio">{{ 'statusPages.home' | transloco }}</a>
        } @else {
          <a mat-flat-button routerLink="/login">{{ 'auth.signIn' | transloco }}</a>
          <a mat-button routerLink="/portal">{{ 'nav.portal' | transloco }}</a>
        }
      </p>
    </section>
  `,
  styles: `
    .status {
      max-width: 640px;
      margin: 48px auto;
      padding: 0 16px;
    }
    .status__code {
      font-size: 3rem;
      font-weight: 700;
      margin: 0;
      color: var(--mat-sys-outline);
    }
    .status__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class StatusPage {
  protected readonly auth = inject(AuthService);
  readonly kind = input<'forbidden' | 'notFound'>('notFound');
}
