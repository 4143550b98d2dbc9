import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

export const DEFAULT_AFTER_LOGIN = '/directory';
/** Where a visitor without an account lands. */
export const PORTAL_HOME = '/portal';

/** Only signed-in people pass; others go to /login and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthService).signedIn()) {
    return true;
  }
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** The login page is pointless once signed in. */
export const guestGuard: CanActivateFn = () => (inject(AuthService).signedIn() ? inject(Router).parseUrl(DEFAULT_AFTER_LOGIN) : true);

/** Only same-app paths are followed after login, never another origin. */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return DEFAULT_AFTER_LOGIN;
  }
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) {
    return DEFAULT_AFTER_LOGIN;
  }
  return value;
}
