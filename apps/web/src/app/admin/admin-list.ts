import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { TranslatedPaginatorIntl } from '../core/i18n/translated-paginator-intl';
import { ErrorPanel } from '../core/ui/error-panel';
import { PagedList } from './paged-list';

/**
 * The frame of every administration list: the search box with the page's "create" button beside it (content marked
 * `listAction`), how many matched, a progress bar while it loads, the error panel with its retry, the sentence for
 * an empty list or a search without matches, the page's table (the rest of the content) and the paginator.
 */
@Component({
  selector: 'cc-admin-list',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatInput, MatPaginator, MatProgressBar, TranslocoPipe, ErrorPanel],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.scss',
  template: `
    <div class="toolbar-row">
      <mat-form-field appearance="outline" class="search" subscriptSizing="dynamic">
        <mat-label>{{ keys() + '.search' | transloco }}</mat-label>
        <input matInput type="search" [formControl]="list().search" autocomplete="off" />
        <mat-hint>{{ keys() + '.searchHint' | transloco }}</mat-hint>
      </mat-form-field>
      <ng-content select="[listAction]" />
    </div>

    <p class="muted" aria-live="polite">
      @if (list().loading()) {
        {{ 'admin.loading' | transloco }}
      } @else if (list().page(); as page) {
        {{ 'admin.count' | transloco: { count: page.total } }}
      }
    </p>
    <div class="progress">
      @if (list().loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'admin.loading' | transloco" />
      }
    </div>

    @if (list().error(); as error) {
      <cc-error-panel [heading]="keys() + '.loadError'" [error]="error" (retry)="list().reload()" />
    } @else if (list().empty()) {
      <p class="notice">{{ (list().query().q ? 'admin.noMatches' : keys() + '.empty') | transloco }}</p>
    } @else if (list().page(); as page) {
      <div class="table-scroll">
        <ng-content />
      </div>
      <mat-paginator
        [length]="page.total"
        [pageIndex]="list().query().page - 1"
        [pageSize]="list().query().pageSize"
        [pageSizeOptions]="list().pageSizeOptions"
        [showFirstLastButtons]="true"
        (page)="list().onPage($event)"
      />
    }
  `,
})
export class AdminList<T> {
  readonly list = input.required<PagedList<T>>();
  /** The page's block of translations ("admin.people"): its `search`, `searchHint`, `loadError` and `empty`. */
  readonly keys = input.required<string>();
}
