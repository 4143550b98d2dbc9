import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { COMMISSION_ROLES, Commission, CommissionMember, ExportFormat, MEMBER_STATUSES, MEXICAN_STATES, Page } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  EMPTY,
  Observable,
  Subject,
  catchError,
  combineLatest,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
  tap,
} from 'rxjs';
import { TranslatedPaginatorIntl } from '../core/i18n/translated-paginator-intl';
import { ErrorPanel } from '../core/ui/error-panel';
import { MemberFilters, PAGE_SIZE_OPTIONS, directoryReturnState, filtersToQueryParams, readFilters, sameFilters } from './member-filters';
import { MembersApi } from './members.api';
import { CurrentCommission } from '../core/commission/current-commission';

export const SEARCH_DEBOUNCE_MS = 300;

/** The commission's members: search, filters and pages live in the URL, the api does the work. */
@Component({
  selector: 'cc-directory-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatPaginator,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    MatSelect,
    MatOption,
    MatAnchor,
    TranslocoPipe,
    ErrorPanel,
  ],
  templateUrl: './directory.page.html',
  styleUrl: './directory.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Here rather than app-wide: keeps the paginator out of the initial bundle.
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
})
export class DirectoryPage {
  private readonly api = inject(MembersApi);
  private readonly commissionChoice = inject(CurrentCommission);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly retries = new Subject<void>();

  protected readonly states = MEXICAN_STATES;
  protected readonly roles = COMMISSION_ROLES;
  protected readonly statuses = MEMBER_STATUSES;
  protected readonly pageSizeOptions = [...PAGE_SIZE_OPTIONS];
  protected readonly columns = ['name', 'role', 'organization', 'state', 'vote'];

  protected readonly filters = signal<MemberFilters>(readFilters(this.route.snapshot.queryParamMap));
  protected readonly commission = signal<Commission | null>(null);
  protected readonly page = signal<Page<CommissionMember> | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  /** The api lists no commission at all. */
  protected readonly noCommission = signal(false);

  protected readonly members = computed(() => this.page()?.items ?? []);
  protected readonly empty = computed(() => !this.loading() && this.page()?.items.length === 0);
  /** Downloads of what the filters find; none while they find nobody (or the list did not load). */
  protected readonly exportLinks = computed(() => {
    const commission = this.commission();
    const filters = this.filters();
    if (!commission || !this.page()?.total) {
      return null;
    }
    const link = (format: ExportFormat) => this.api.exportUrl(commission.id, filters, format);
    return { csv: link('csv'), json: link('json') };
  });
  /** Navigation state for a person's link: their page's way back keeps these filters. */
  protected readonly personLinkState = computed(() => directoryReturnState(this.filters()));

  protected readonly search = new FormControl(this.filters().q, { nonNullable: true });

  constructor() {
    const filters$ = this.route.queryParamMap.pipe(map(readFilters), distinctUntilChanged(sameFilters));

    combineLatest([filters$, this.retries.pipe(startWith(undefined))])
      .pipe(
        tap(([filters]) => {
          this.filters.set(filters);
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(([filters]) =>
          this.currentCommission().pipe(
            switchMap((commission) => {
              this.noCommission.set(commission === null);
              return commission ? this.api.members(commission.id, filters) : of(null);
            }),
            catchError((error: unknown) => {
              // No stale count or paginator from the previous filters next to the error.
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
        const lastPage = page ? Math.ceil(page.total / page.pageSize) : 0;
        if (page && page.items.length === 0 && lastPage > 0 && page.page > lastPage) {
          // A stale or hand-made URL past the end: show the last page instead of "no members".
          this.applyFilters({ page: lastPage }, true);
          return;
        }
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
      .subscribe((q) => {
        if (q !== this.filters().q) {
          this.applyFilters({ q, page: 1 });
        }
      });

    // Back/forward changes the URL: keep the search box in step without re-triggering it.
    effect(() => {
      const q = this.filters().q;
      if (this.search.value.trim() !== q) {
        this.search.setValue(q, { emitEvent: false });
      }
    });
  }

  protected applyFilters(change: Partial<MemberFilters>, replaceUrl = false): void {
    const next = { ...this.filters(), ...change };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToQueryParams(next),
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }

  protected onPage(event: PageEvent): void {
    const pageSizeChanged = event.pageSize !== this.filters().pageSize;
    this.applyFilters({ page: pageSizeChanged ? 1 : event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected retry(): void {
    this.retries.next();
  }

  private currentCommission(): Observable<Commission | null> {
    const known = this.commission();
    if (known) {
      return of(known);
    }
    return this.commissionChoice.chosen().pipe(tap((commission) => this.commission.set(commission)));
  }
}
