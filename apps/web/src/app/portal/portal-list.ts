import { ChangeDetectionStrategy, Component, Directive, TemplateRef, contentChild, inject, input, output } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatPaginator, MatPaginatorIntl, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Page } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorPanel } from '../core/ui/error-panel';
import { Loaded } from '../core/ui/load-from';
import { PortalPaginatorIntl } from './portal-ui';

/** The row of a portal list: `<ng-template [ccPortalItem]="loaded" let-item>`; the list it names types `item`. */
@Directive({ selector: 'ng-template[ccPortalItem]' })
export class PortalItem<T> {
  readonly ccPortalItem = input.required<Loaded<Page<T>>>();
  readonly template = inject<TemplateRef<{ $implicit: T }>>(TemplateRef);

  // Angular reads the guard's signature only, to type `let-item` in the page's template.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  static ngTemplateContextGuard<T>(dir: PortalItem<T>, context: unknown): context is { $implicit: T } {
    return true;
  }
}

/**
 * One page of a public list, the way every portal list shows it: a progress bar while it loads, the error panel
 * with its retry, a sentence when nothing matches, the rows, and the paginator that counts results. The page keeps
 * its filters and its data loading; this shows what they loaded.
 */
@Component({
  selector: 'cc-portal-list',
  imports: [NgTemplateOutlet, MatPaginator, MatProgressBar, TranslocoPipe, ErrorPanel],
  providers: [{ provide: MatPaginatorIntl, useClass: PortalPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    @if (loaded().loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (loaded().error(); as error) {
      <cc-error-panel [error]="error" [heading]="loadError()" (retry)="loaded().reload()" />
    } @else if (loaded().value(); as page) {
      @if (counted()) {
        <p class="muted" role="status">{{ 'portal.results' | transloco: { total: page.total } }}</p>
      }
      @if (page.items.length === 0) {
        <p class="empty">{{ empty() | transloco }}</p>
      } @else {
        <ul class="list" [attr.data-testid]="testId()">
          @for (item of page.items; track key()(item)) {
            <li><ng-container [ngTemplateOutlet]="row().template" [ngTemplateOutletContext]="{ $implicit: item }" /></li>
          }
        </ul>
        @if (paged()) {
          <mat-paginator
            [length]="page.total"
            [pageIndex]="page.page - 1"
            [pageSize]="page.pageSize"
            [pageSizeOptions]="[10, 20, 50, 100]"
            (page)="pageChange.emit($event)"
          />
        }
      }
    }
  `,
})
export class PortalList<T> {
  readonly loaded = input.required<Loaded<Page<T>>>();
  /** Translation keys of the error panel's heading and of the sentence for an empty list. */
  readonly loadError = input.required<string>();
  readonly empty = input.required<string>();
  /** Each row's identity, so a reload keeps the rows that stayed. */
  readonly key = input<(item: T) => string>((item) => (item as { id: string }).id);
  /** Says how many results matched above the rows. */
  readonly counted = input(false);
  /** Shows the paginator (a list that always fits on one page has none). */
  readonly paged = input(true);
  readonly testId = input<string | null>(null);
  /** Another page or page size was chosen. */
  readonly pageChange = output<PageEvent>();
  protected readonly row = contentChild.required<PortalItem<T>>(PortalItem);
}
