import { HttpRequest, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterFeatures, Routes, provideRouter } from '@angular/router';
import { ApiRoutes, ErrorCode, Me, PROBLEM_CONTENT_TYPE, Problem, ProblemMessage } from '@cocrea/contracts';
import { AuthService } from '../app/core/auth/auth.service';
import { apiInterceptors, apiXsrfConfiguration } from '../app/core/http/api.interceptors';
import { LocaleService } from '../app/core/i18n/locale.service';
import { provideTestTransloco } from './i18n';

/** The switcher's read of the commissions (`GET /api/commissions`, whatever its page and page size). */
export const commissionsRequest = (request: HttpRequest<unknown>): boolean =>
  request.method === 'GET' && request.url === ApiRoutes.commissions;

/**
 * The TestBed the web specs share: a clean localStorage, the real translations, the router with `routes`,
 * HttpClient with the app's interceptors against HttpTestingController, and the interface language chosen.
 * Returns the HttpTestingController; each spec still calls `backend.verify()` after each test.
 */
export function configureWebTestBed(routes: Routes = [], ...features: RouterFeatures[]): HttpTestingController {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideTestTransloco(),
      provideRouter(routes, ...features),
      provideHttpClient(withInterceptors(apiInterceptors), apiXsrfConfiguration()),
      provideHttpClientTesting(),
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  TestBed.inject(LocaleService).init();
  return backend;
}

/** Signs `me` in through AuthService, answering the login request. */
export function signIn(backend: HttpTestingController, me: Me): void {
  TestBed.inject(AuthService).login({ email: me.email, password: 'x' }).subscribe();
  backend.expectOne({ method: 'POST', url: ApiRoutes.login }).flush({ token: 't', expiresAt: '2030-01-01T00:00:00Z', me });
}

/** A problem+json body as the api sends it: `title`/`detail` in Spanish, both languages in `messages`. */
export function testProblem(code: ErrorCode, status: number, es: ProblemMessage, en: ProblemMessage): Problem {
  return { type: 'about:blank', title: es.title, status, detail: es.detail, code, messages: { es, en } };
}

/** Options for `TestRequest.flush` that answer with problem+json. */
export function problemResponse(status: number, statusText: string) {
  return { status, statusText, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } };
}
