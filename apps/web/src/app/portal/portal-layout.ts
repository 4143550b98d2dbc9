import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** The portal's frame: its sections and a search box on every page, then the page. */
@Component({
  selector: 'cc-portal-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, FormsModule, MatButton, MatFormField, MatLabel, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="portal-bar no-print">
      <nav class="portal-nav" [attr.aria-label]="'portal.nav.label' | transloco">
        @for (link of links; track link.path) {
          <a
            [routerLink]="link.path"
            routerLinkActive="portal-nav__active"
            ariaCurrentWhenActive="page"
            [routerLinkActiveOptions]="{ exact: link.exact }"
            >{{ link.key | transloco }}</a
          >
        }
      </nav>
      <form class="portal-search" role="search" (ngSubmit)="search()">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'portal.search.label' | transloco }}</mat-label>
          <input matInput type="search" name="q" [(ngModel)]="q" />
        </mat-form-field>
        <button mat-flat-button type="submit">{{ 'portal.search.submit' | transloco }}</button>
      </form>
    </div>
    <router-outlet />
  `,
  styles: `
    .portal-bar {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      justify-content: space-between;
      margin-bottom: 24px;
      padding-bottom: 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .portal-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
    }
    .portal-nav a {
      padding: 8px 0;
    }
    .portal-nav__active {
      font-weight: 600;
      text-decoration-thickness: 3px;
    }
    .portal-search {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .portal-search mat-form-field {
      flex: 1 1 12rem;
      min-width: 0;
    }
    @media print {
      .no-print {
        display: none !important;
      }
    }
  `,
})
export class PortalLayout {
  private readonly router = inject(Router);
  protected q = '';
  protected readonly links = [
    { path: '/portal', key: 'portal.nav.home', exact: true },
    { path: '/portal/commissions', key: 'portal.nav.commissions', exact: false },
    { path: '/portal/sessions', key: 'portal.nav.sessions', exact: false },
    { path: '/portal/agreements', key: 'portal.nav.agreements', exact: false },
    { path: '/portal/groups', key: 'portal.nav.groups', exact: false },
    { path: '/portal/commissioners', key: 'portal.nav.commissioners', exact: false },
    { path: '/portal/documents', key: 'portal.nav.documents', exact: false },
    { path: '/portal/challenges', key: 'portal.nav.challenges', exact: false },
    { path: '/portal/data', key: 'portal.nav.data', exact: false },
  ];

  protected search(): void {
    const q = this.q.trim();
    if (q) void this.router.navigate(['/portal/search'], { queryParams: { q } });
  }
}
