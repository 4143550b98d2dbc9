import { inject } from '@angular/core';
import { Me } from '@cocrea/contracts';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Everyone's home: what is next for them. */
export const DEFAULT_AFTER_LOGIN = '/inicio';
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

/**
 * Lets through only people `allowed` says may open the page; anyone else sees the 403 page at the same URL (no
 * redirect: the address bar still names what they asked for).
 */
export function accessGuard(allowed: (me: Me | null) => boolean): CanActivateFn {
  return () => {
    if (allowed(inject(AuthService).me())) return true;
    return new RedirectCommand(inject(Router).parseUrl(FORBIDDEN_PAGE), { skipLocationChange: true });
  };
}

export const FORBIDDEN_PAGE = '/sin-permiso';
