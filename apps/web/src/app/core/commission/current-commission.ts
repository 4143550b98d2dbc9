import { computed, inject, Injectable, signal } from '@angular/core';
import { Commission } from '@cocrea/contracts';
import { catchError, map, Observable, shareReplay, tap, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { ApiClient } from '../http/api-client';

/** Where the chosen commission is remembered between visits (an id; nothing personal). */
export const CHOSEN_COMMISSION_KEY = 'cocrea.commission';

/**
 * The commission every page works in: the one the person chose in the header's switcher (remembered in this
 * browser), else their first seat, else the installation's first commission. Pages read it through `chosen()`, so
 * every list, export and new record is scoped to it; switching bumps `generation`, which rebuilds the page.
 */
@Injectable({ providedIn: 'root' })
export class CurrentCommission {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly all = signal<Commission[]>([]);
  private readonly chosenId = signal<string | null>(readChosen());
  private request: Observable<Commission[]> | null = null;
  private requestFor: string | null = null;

  /** What the switcher offers: the person's seats (admins and people with no seat: every commission). */
  readonly options = computed(() => offered(this.all(), this.auth.me()));
  readonly current = computed(() => pick(this.options(), this.chosenId()));
  /** Changes each time the person switches commission (not when the list first loads). */
  readonly generation = signal(0);

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
    this.chosenId.set(id);
    try {
      localStorage.setItem(CHOSEN_COMMISSION_KEY, id);
    } catch {
      // Private browsing without storage: the choice lasts until the page is reloaded.
    }
    this.generation.update((n) => n + 1);
  }

  private list(): Observable<Commission[]> {
    const person = this.auth.me()?.id ?? null;
    if (!this.request || this.requestFor !== person) {
      this.requestFor = person;
      this.request = this.api.call('listCommissions').pipe(
        map((page) => page.items),
        tap((items) => this.all.set(items)),
        catchError((error: unknown) => {
          this.request = null;
          return throwError(() => error);
        }),
        shareReplay(1),
      );
    }
    return this.request;
  }
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

function pick(options: Commission[], chosenId: string | null): Commission | null {
  return options.find((c) => c.id === chosenId) ?? options[0] ?? null;
}
