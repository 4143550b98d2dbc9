import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { MEXICAN_STATES } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subject, debounceTime, distinctUntilChanged } from 'rxjs';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery, yearsUntil } from './portal-query';
import { DownloadLinks, PortalPaginatorIntl } from './portal-ui';

/** The commission's members, each with a link to their voting record; by state or name. */
@Component({
  selector: 'cc-portal-commissioners-page',
  imports: [RouterLink, MatFormField, MatLabel, MatInput, MatPaginator, MatProgressBar, TranslocoPipe, ErrorPanel, DownloadLinks],
  providers: [{ provide: MatPaginatorIntl, useClass: PortalPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <div class="heading">
      <h1 tabindex="-1">{{ 'portal.commissioners.title' | transloco }}</h1>
      <cc-download-links dataset="members" what="portal.commissioners.dataset" />
    </div>
    <p class="lead">{{ 'portal.commissioners.intro' | transloco }}</p>
    <div class="filters" role="search" [attr.aria-label]="'portal.filters' | transloco">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portal.filter.name' | transloco }}</mat-label>
        <input matInput type="search" [value]="list.query()['q'] ?? ''" (input)="words.next($any($event.target).value)" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portal.filter.year' | transloco }}</mat-label>
        <select matNativeControl [value]="list.query()['year'] ?? ''" (change)="list.setFilter({ year: $any($event.target).value })">
          <option value="">{{ 'portal.filter.all' | transloco }}</option>
          @for (y of years; track y) {
            <option [value]="y">{{ y }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portal.filter.state' | transloco }}</mat-label>
        <select matNativeControl [value]="list.query()['state'] ?? ''" (change)="list.setFilter({ state: $any($event.target).value })">
          <option value="">{{ 'portal.filter.all' | transloco }}</option>
          @for (s of states; track s) {
            <option [value]="s">{{ s }}</option>
          }
        </select>
      </mat-form-field>
    </div>
    @if (people.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (people.error(); as error) {
      <cc-error-panel [error]="error" heading="portal.commissioners.loadError" (retry)="people.reload()" />
    } @else if (people.value(); as page) {
      @if (page.items.length === 0) {
        <p class="empty">{{ 'portal.commissioners.empty' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (p of page.items; track p.personId) {
            <li>
              <a class="list__title" [routerLink]="['/portal/commissioners', p.personId]">{{ p.name }}</a>
              <span class="muted">{{ p.organization ?? '' }}</span>
              @if (p.state) {
                <span class="muted">{{ p.state }}</span>
              }
              <span>{{ 'portal.commissioners.summary' | transloco: p }}</span>
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
export class PortalCommissionersPage {
  private readonly api = inject(PortalApi);
  protected readonly states = MEXICAN_STATES;
  protected readonly years = yearsUntil();
  protected readonly list = urlListQuery(['q', 'state', 'year']);
  protected readonly people = loadFrom(this.list.query$, (q) => this.api.votingRecords(q));
  protected readonly words = new Subject<string>();

  constructor() {
    this.words.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((q) => this.list.setFilter({ q: q.trim() }));
  }
}
