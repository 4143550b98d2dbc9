import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationStart, Router } from '@angular/router';
import { Commission, MAX_PAGE_SIZE, Page } from '@cocrea/contracts';
import { catchError, EMPTY, expand, filter, map, Observable, reduce, shareReplay, tap, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { ApiClient } from '../http/api-client';

/** Where the chosen commission is remembered between visits (an id; nothing personal). */
export const CHOSEN_COMMISSION_KEY = 'cocrea.commission';

/** The query parameter that names the commission a link opens in: its acronym (`?comision=CAGD`) or its id. */
export const COMMISSION_PARAM = 'comision';

/**
 * The commission every page works in: the one a link names (`?comision=`), else the one the person chose in the
 * header's switcher (remembered in this browser), else their first seat, else the installation's first commission.
 * Pages read it through `chosen()`, so every list, export and new record is scoped to it; switching (or following a
 * link to another commission) bumps `generation`, which rebuilds the page.
 */
@Injectable({ providedIn: 'root' })
export class CurrentCommission {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly all = signal<Commission[]>([]);
  /** An id or an acronym: what the URL or the switcher asked for, resolved against the options by `current`. */
  private readonly wanted = signal<string | null>(fromUrl(this.router.parseUrl(locationPath())));
  /** The choice remembered in this browser: used when the URL names no commission (or one the person cannot open). */
  private readonly remembered = signal<string | null>(readChosen());
  private request: Observable<Commission[]> | null = null;
  private requestFor: string | null = null;

  /** What the switcher offers: the person's seats (admins and people with no seat: every commission). */
  readonly options = computed(() => offered(this.all(), this.auth.me()));
  readonly current = computed(() => pick(this.options(), [this.wanted(), this.remembered()]));
  /** Changes each time the person switches commission (not when the list first loads). */
  readonly generation = signal(0);

  constructor() {
    // A link within the app that names another commission opens the page in it, like a shared link does.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationStart),
        map((event) => fromUrl(this.router.parseUrl(event.url))),
        filter((named): named is string => named !== null),
        takeUntilDestroyed(),
      )
      .subscribe((named) => this.follow(named));
  }

  /** The commission pages work in, once the list is known (null when the installation has none). */
  chosen(): Observable<Commission | null> {
    return this.list().pipe(map(() => this.current()));
  }

  /** Loads the list for the switcher (once per signed-in person). */
  load(): void {
    this.list().subscribe({ error: () => undefined });
  }

  /** A commission was created or changed: the next read asks the api again. */
  refresh(): void {
    this.request = null;
    this.load();
  }

  select(id: string): void {
    if (id === this.current()?.id || !this.options().some((c) => c.id === id)) return;
    this.wanted.set(id);
    this.remember(id);
    this.generation.update((n) => n + 1);
  }

  private follow(named: string): void {
    const before = this.current()?.id;
    this.wanted.set(named);
    const after = this.current();
    if (!after || after.id === before || !matches(after, named)) return;
    this.remember(after.id);
    if (before) this.generation.update((n) => n + 1);
  }

  private remember(id: string): void {
    this.remembered.set(id);
    try {
      localStorage.setItem(CHOSEN_COMMISSION_KEY, id);
    } catch {
      // Private browsing without storage: the choice lasts until the page is reloaded.
    }
  }

  private list(): Observable<Commission[]> {
    const person = this.auth.me()?.id ?? null;
    if (!this.request || this.requestFor !== person) {
      this.requestFor = person;
      this.request = this.everyPage().pipe(
        tap((items) => {
          this.all.set(items);
          const current = this.current();
          if (current && matches(current, this.wanted())) this.remember(current.id);
        }),
        catchError((error: unknown) => {
          this.request = null;
          return throwError(() => error);
        }),
        shareReplay(1),
      );
    }
    return this.request;
  }

  /** Every commission, however many: a person may sit on more than one page's worth. */
  private everyPage(): Observable<Commission[]> {
    const page = (n: number) => this.api.call('listCommissions', { query: { page: n, pageSize: MAX_PAGE_SIZE } });
    return page(1).pipe(
      expand((p: Page<Commission>) => (p.page * p.pageSize < p.total && p.items.length > 0 ? page(p.page + 1) : EMPTY)),
      reduce((all: Commission[], p: Page<Commission>) => [...all, ...p.items], []),
    );
  }
}

function locationPath(): string {
  return typeof location === 'undefined' ? '/' : `${location.pathname}${location.search}`;
}

function fromUrl(url: ReturnType<Router['parseUrl']>): string | null {
  const named = url.queryParamMap.get(COMMISSION_PARAM);
  return named ? named.trim() : null;
}

function readChosen(): string | null {
  try {
    return localStorage.getItem(CHOSEN_COMMISSION_KEY);
  } catch {
    return null;
  }
}

function offered(all: Commission[], me: ReturnType<AuthService['me']>): Commission[] {
  if (!me || me.platformRole === 'admin') return all;
  const seats = new Set(me.commissions.map((grant) => grant.commissionId));
  const mine = all.filter((c) => seats.has(c.id));
  return mine.length ? mine : all;
}

function matches(commission: Commission, wanted: string | null): boolean {
  return !!wanted && (commission.id === wanted || commission.acronym.toLowerCase() === wanted.toLowerCase());
}

/** The first wish that names one of the options, else the first option. */
function pick(options: Commission[], wishes: (string | null)[]): Commission | null {
  for (const wish of wishes) {
    const found = options.find((c) => matches(c, wish));
    if (found) return found;
  }
  return options[0] ?? null;
}
