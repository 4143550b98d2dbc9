import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@cocrea/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { doubleCsrf, DoubleCsrfUtilities } from 'csrf-csrf';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/config';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isStateChanging = (method: string) => !SAFE_METHODS.has(method.toUpperCase());

/**
 * Signed double-submit cookie (csrf-csrf): the token is an HMAC of a random value keyed by the session
 * token. That token is secret (httpOnly cookie, only its hash is stored), so another site can neither read
 * nor forge a matching token, and every api instance can check one without a shared server secret.
 * Only requests authenticated by the session cookie are checked: a bearer token is never sent by a browser
 * on its own, and anonymous calls act for nobody.
 */
@Injectable()
export class CsrfTokens {
  /** The session a token is being issued for at login, before the browser holds its cookie. */
  private readonly issuing = new WeakMap<Request, string>();
  private readonly csrf: DoubleCsrfUtilities;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const session = (request?: Request) => (request && (this.issuing.get(request) ?? sessionCookie(request))) ?? '';
    this.csrf = doubleCsrf({
      getSecret: session,
      getSessionIdentifier: session,
      cookieName: CSRF_COOKIE,
      // The web app reads it to echo it in the header, hence not httpOnly.
      cookieOptions: { httpOnly: false, sameSite: 'strict', secure: config.cookieSecure, path: '/' },
      getCsrfTokenFromRequest: (request) => request.get(CSRF_HEADER),
    });
  }

  /** Sets a fresh token cookie for the session just created by login. */
  issue(request: Request, response: Response, sessionToken: string): void {
    this.issuing.set(request, sessionToken);
    try {
      this.csrf.generateCsrfToken(request, response, { overwrite: true });
    } finally {
      this.issuing.delete(request);
    }
  }

  /** On a read with the session cookie: sets the token cookie when it is missing or belongs to another session. */
  ensure(request: Request, response: Response): void {
    this.csrf.generateCsrfToken(request, response);
  }

  /** The header echoes the cookie and the cookie was signed for this session. */
  verify(request: Request): boolean {
    return this.csrf.validateRequest(request);
  }

  clear(response: Response): void {
    response.clearCookie(CSRF_COOKIE, { path: '/' });
  }
}

function sessionCookie(request: Request): string | undefined {
  return (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] || undefined;
}
