import { computed, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { PageEvent } from '@angular/material/paginator';
import { Page } from '@cocrea/contracts';
import { EMPTY, Observable, Subject, catchError, debounceTime, distinctUntilChanged, map, switchMap, tap } from 'rxjs';
import { ListQuery } from './admin.api';

export const SEARCH_DEBOUNCE_MS = 300;
export const PAGE_SIZE_OPTIONS = [10, 20, 50];

/**
 * The state every administration list shares: a search box, a page, and what the api answered (loading, error,
 * empty). A new search starts again at page 1; an answer to an older query never replaces a newer one.
 * Create it in a component's field initializer (it ends with the component).
 */
export class PagedList<T> {
  readonly search = new FormControl('', { nonNullable: true });
  readonly query = signal<ListQuery>({ q: '', page: 1, pageSize: PAGE_SIZE_OPTIONS[1] });
  readonly page = signal<Page<T> | null>(null);
  readonly loading = signal(true);
  readonly error = signal<unknown>(null);
  readonly items = computed(() => this.page()?.items ?? []);
  readonly empty = computed(() => !this.loading() && !this.error() && this.page()?.total === 0);
  readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  private readonly requests = new Subject<ListQuery>();

  constructor(load: (query: ListQuery) => Observable<Page<T>>) {
    this.requests
      .pipe(
        tap((query) => {
          this.query.set(query);
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap((query) =>
          load(query).pipe(
            catchError((error: unknown) => {
              this.page.set(null);
              this.error.set(error);
              this.loading.set(false);
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.page.set(page);
        this.loading.set(false);
      });

    this.search.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((q) => q.trim()),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.requests.next({ ...this.query(), q, page: 1 }));
  }

  /** Loads the current query again (first load, retry, or after a change elsewhere). */
  reload(): void {
    this.requests.next(this.query());
  }

  onPage(event: PageEvent): void {
    const pageSizeChanged = event.pageSize !== this.query().pageSize;
    this.requests.next({ ...this.query(), page: pageSizeChanged ? 1 : event.pageIndex + 1, pageSize: event.pageSize });
  }
}
