/**
 * Two HTTP rules that hold for whole families of routes, so no route can forget them:
 * - personal answers are never stored by a browser or a shared cache: every `/api` response is `no-store` unless its
 *   route declares its own caching (only the anonymous portal under `/api/public` does);
 * - the open data of `/api/public` may be read by a page on any other origin (GET, HEAD and their preflight), never
 *   with credentials, since nothing there depends on who asks.
 */
import type { NextFunction, Request, Response } from 'express';

export const PUBLIC_API_PREFIX = '/api/public/';

const CORS_METHODS = 'GET, HEAD, OPTIONS';
const CORS_REQUEST_HEADERS = 'Accept, Accept-Language, If-None-Match, If-Modified-Since';
const CORS_EXPOSED_HEADERS = 'ETag, Last-Modified, Content-Disposition, Content-Language, Retry-After';
const PREFLIGHT_MAX_AGE_SECONDS = 86_400;

/** The CORS headers of every answer to a public read (GET or HEAD), whichever layer sends it. */
export const PUBLIC_READ_CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': CORS_EXPOSED_HEADERS,
  // Public files may be embedded by other sites too.
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/** `no-store` by default on `/api`; a route's own `Cache-Control` (set later, by `@Header`) replaces it. */
export function noStoreByDefault(request: Request, response: Response, next: NextFunction): void {
  if (request.path.startsWith('/api/') && !request.path.startsWith(PUBLIC_API_PREFIX)) response.setHeader('Cache-Control', 'no-store');
  next();
}

/** CORS on the public portal's reads: any origin, no credentials; a preflight is answered here, before any route. */
export function publicCors(request: Request, response: Response, next: NextFunction): void {
  if (!request.path.startsWith(PUBLIC_API_PREFIX) || !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return next();
  for (const [name, value] of Object.entries(PUBLIC_READ_CORS_HEADERS)) response.setHeader(name, value);
  if (request.method !== 'OPTIONS') return next();
  response.setHeader('Access-Control-Allow-Methods', CORS_METHODS);
  response.setHeader('Access-Control-Allow-Headers', CORS_REQUEST_HEADERS);
  response.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
  response.status(204).end();
}
