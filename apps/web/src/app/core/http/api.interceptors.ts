import { HttpErrorResponse, HttpInterceptorFn, withXsrfConfiguration } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { ApiRoutes, CSRF_COOKIE, CSRF_HEADER } from '@cocrea/contracts';
import { catchError, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LocaleService } from '../i18n/locale.service';
import { ApiError } from './api-error';

const isApiCall = (url: string) => url === '/api' || url.startsWith('/api/');

/** Problems come back in the interface language. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiCall(req.url)) {
    return next(req);
  }
  const locale = inject(LocaleService).locale();
  return next(req.clone({ setHeaders: { 'Accept-Language': locale } }));
};

/** Every failed API call surfaces as an {@link ApiError}, typed from `application/problem+json`. */
export const problemInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiCall(req.url)) {
    return next(req);
  }
  return next(req).pipe(
    catchError((error: unknown) => throwError(() => (error instanceof HttpErrorResponse ? ApiError.from(error) : error))),
  );
};

/** A 401 on any call but login and the startup `me` check means the session ended: sign in again. */
export const sessionExpiredInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiCall(req.url) || req.url === ApiRoutes.login || (req.url === ApiRoutes.me && req.method === 'GET')) {
    return next(req);
  }
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof ApiError && error.status === 401 && auth.me() !== null) {
        auth.forget();
        void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};

/** In order: outermost first. The problem mapper sits innermost so the others see ApiErrors. */
export const apiInterceptors: HttpInterceptorFn[] = [acceptLanguageInterceptor, sessionExpiredInterceptor, problemInterceptor];

/**
 * Angular's own XSRF interceptor, pointed at the api's names: every same-origin POST/PUT/PATCH/DELETE echoes the
 * token cookie the api sets at login in the header it checks (cross-origin calls never get it).
 */
export const apiXsrfConfiguration = () => withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER });
