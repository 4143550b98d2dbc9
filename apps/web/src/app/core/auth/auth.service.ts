import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiRoutes, Locale, LoginRequest, LoginResponse, Me, UpdateMe } from '@cocrea/contracts';
import { Observable, firstValueFrom, map, tap } from 'rxjs';
import { LocaleService } from '../i18n/locale.service';

/**
 * The signed-in person. The session lives in an httpOnly cookie set by the api, so the
 * web never sees the token: it only asks `GET /api/auth/me` who it is.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly locales = inject(LocaleService);
  private readonly current = signal<Me | null>(null);

  /** `null` when nobody is signed in. */
  readonly me = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);

  /** Asks the api who is signed in; any failure (401 included) means nobody. */
  async restore(): Promise<Me | null> {
    try {
      const me = await firstValueFrom(this.http.get<Me>(ApiRoutes.me));
      this.signIn(me);
      return me;
    } catch {
      this.current.set(null);
      return null;
    }
  }

  login(credentials: LoginRequest): Observable<Me> {
    return this.http.post<LoginResponse>(ApiRoutes.login, credentials).pipe(
      map((response) => response.me),
      tap((me) => this.signIn(me)),
    );
  }

  logout(): Observable<unknown> {
    return this.http.post(ApiRoutes.logout, null).pipe(tap({ finalize: () => this.forget() }));
  }

  /** Stores the interface language on the person's account. */
  saveLocale(locale: Locale): Observable<unknown> {
    const body: UpdateMe = { locale };
    return this.http.patch(ApiRoutes.me, body).pipe(tap(() => this.current.update((me) => (me ? { ...me, locale } : me))));
  }

  /** Drops the local session without calling the api (it already said the session is gone). */
  forget(): void {
    this.current.set(null);
  }

  private signIn(me: Me): void {
    this.current.set(me);
    const chosenHere = this.locales.storedChoice();
    if (chosenHere === null) {
      this.locales.adopt(me.locale);
    } else if (chosenHere !== me.locale) {
      // Picked a language on this device before signing in: keep the account in step.
      this.saveLocale(chosenHere).subscribe({ error: () => undefined });
    }
  }
}
