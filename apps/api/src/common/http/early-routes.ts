/**
 * Routes answered in the HTTP server's own request listener, before Express: the few requests that come by thousands
 * a second (a cached public document, a citizen's support in a challenge's last hours), for which Express's router,
 * middleware chain, request decoration, cookies, logger and Nest's pipeline cost more than the answer itself. An early
 * route takes a request only when it can answer it with the same rules the app's route applies (the same functions,
 * not copies of them), and leaves anything else (another route, a cookie that needs its CSRF check, a body to parse)
 * to the app, untouched. The request logger does not see them (it logs requests only at debug level); their errors
 * are logged as the app's are, by the problem rendering they share.
 */
import type { RequestHandler, Response } from 'express';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

/** How an early route learns what the app around it decides per request. */
export interface EarlyContext {
  /** The headers every answer of the app carries (helmet's), computed once. */
  securityHeaders: Record<string, string>;
  /** The client's address as the app reads it (Express's `trust proxy`): the rate limits' key. */
  clientAddress: (request: IncomingMessage) => string | undefined;
  /** Times one answer under `route` (the app's route template), when the app keeps request metrics. */
  timeAnswer?: (method: string, route: string) => (status: number) => void;
}

export interface EarlyRoute {
  /** Takes the request and returns true (answering it now or later), or returns false having sent nothing. */
  answer(request: IncomingMessage, response: ServerResponse, context: EarlyContext): boolean;
}

/** Puts `routes` in front of `server`'s request listener (the app's), in order. */
export function installEarlyRoutes(server: Server, context: EarlyContext, routes: EarlyRoute[]): void {
  const app = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    for (const route of routes) if (route.answer(request, response, context)) return;
    for (const listener of app) listener(request, response);
  });
}

/** What a response header-setting middleware (helmet) sets when it runs; it must not depend on the request. */
export function headersSetBy(middleware: RequestHandler): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => (headers[name] = String(value)),
    removeHeader: (name: string) => delete headers[name],
  };
  void middleware({ headers: {}, method: 'GET', url: '/' } as never, response as unknown as Response, () => undefined);
  return headers;
}
