import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityDate } from '../core/i18n/mexico-city-time';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { urlListQuery, yearsUntil } from './portal-query';
import { DownloadLinks, PortalPaginatorIntl } from './portal-ui';

/** Every published document version, newest first. */
@Component({
  selector: 'cc-portal-documents-page',
  imports: [RouterLink, MatFormField, MatLabel, MatInput, MatPaginator, MatProgressBar, TranslocoPipe, ErrorPanel, DownloadLinks],
  providers: [{ provide: MatPaginatorIntl, useClass: PortalPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    <div class="heading">
      <h1 tabindex="-1">{{ 'portal.documents.title' | transloco }}</h1>
      <cc-download-links dataset="documents" what="portal.documents.dataset" />
    </div>
    <div class="filters" role="search" [attr.aria-label]="'portal.filters' | transloco">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portal.filter.year' | transloco }}</mat-label>
        <select matNativeControl [value]="list.query()['year'] ?? ''" (change)="list.setFilter({ year: $any($event.target).value })">
          <option value="">{{ 'portal.filter.all' | transloco }}</option>
          @for (y of years; track y) {
            <option [value]="y">{{ y }}</option>
          }
        </select>
      </mat-form-field>
    </div>
    @if (documents.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (documents.error(); as error) {
      <cc-error-panel [error]="error" heading="portal.documents.loadError" (retry)="documents.reload()" />
    } @else if (documents.value(); as page) {
      @if (page.items.length === 0) {
        <p class="empty">{{ 'portal.documents.empty' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (d of page.items; track d.id) {
            <li>
              <a class="list__title" [routerLink]="['/portal/documents', d.id]">{{ d.documentTitle }}</a>
              <span>{{ d.name ?? ('portal.documents.version' | transloco: { number: d.number }) }}</span>
              @if (d.groupName) {
                <span class="muted">{{ d.groupName }}</span>
              }
              @if (d.publishedAt) {
                <span class="muted">{{ day(d.publishedAt) }}</span>
              }
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
export class PortalDocumentsPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly years = yearsUntil();
  protected readonly list = urlListQuery(['year', 'groupId', 'meetingId']);
  protected readonly documents = loadFrom(this.list.query$, (q) => this.api.documents(q));

  protected day(iso: string): string {
    return mexicoCityDate(iso, this.locale());
  }
}
