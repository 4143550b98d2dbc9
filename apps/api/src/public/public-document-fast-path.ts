import { Injectable } from '@nestjs/common';
import type { RequestHandler, Response } from 'express';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { PUBLIC_READ_CORS_HEADERS } from '../common/http/cache-and-cors';
import {
  CachedBody,
  holdsCurrent,
  PUBLIC_DOCUMENT_CACHE_CONTROL,
  PublicDocumentCache,
  PublicDocumentKind,
  publicDocumentKey,
} from './public-cache';
import { PublicRateLimit } from './public-throttler.guard';

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
/** The routes whose documents the cache holds, and the kind each serves (the query string, if any, is ignored). */
const ROUTES: Array<{ path: RegExp; kind: PublicDocumentKind }> = [
  { path: new RegExp(`^/api/public/sessions/${UUID}(?:\\?|$)`, 'i'), kind: 'session' },
  { path: new RegExp(`^/api/public/challenges/${UUID}(?:\\?|$)`, 'i'), kind: 'challenge' },
];

function keyOf(url: string): string | undefined {
  for (const route of ROUTES) {
    const id = route.path.exec(url)?.[1];
    if (id) return publicDocumentKey(route.kind, id);
  }
  return undefined;
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

/** How the fast path learns what the app around it decides per request. */
export interface FastPathContext {
  /** The headers every answer of the app carries (helmet's), computed once. */
  securityHeaders: Record<string, string>;
  /** The client's address as the app reads it (Express's `trust proxy`): the rate limit's key. */
  clientAddress: (request: IncomingMessage) => string | undefined;
  /** Times one answer, when the app keeps request metrics. */
  timeAnswer?: () => (status: number) => void;
}

/**
 * Answers `GET /api/public/sessions/:id` and `GET /api/public/challenges/:id` straight from the cache when it holds
 * the document, in the HTTP server's own request listener, before Express: no router, middleware chain, request
 * and response decoration, cookies, logging or Nest pipeline, which a cached answer does not need (under load they
 * cost more than the answer itself). It counts the same public rate limit, synchronously, and sends the headers
 * the app would send (CORS of public reads, helmet's, the document's), merged once per document. Anything else (a
 * miss, another route, a refused address, whose 429 the route's guard answers) goes on to the app, whose controller
 * validates, builds and caches.
 */
@Injectable()
export class PublicDocumentFastPath {
  private readonly answers = new WeakMap<CachedBody, { ok: Record<string, string>; notModified: Record<string, string> }>();
  private context: FastPathContext = { securityHeaders: {}, clientAddress: (request) => request.socket.remoteAddress };

  constructor(
    private readonly cache: PublicDocumentCache,
    private readonly limit: PublicRateLimit,
  ) {}

  /** Puts the fast path in front of `server`'s request listener (the app's). */
  install(server: Server, context: FastPathContext): void {
    this.context = context;
    const app = server.listeners('request') as RequestListener[];
    server.removeAllListeners('request');
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      if (!this.answer(request, response)) for (const listener of app) listener(request, response);
    });
  }

  /** Answers from the cache and returns true, or returns false (having sent nothing) for the app to answer. */
  answer(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== 'GET') return false;
    const key = keyOf(request.url ?? '');
    const cached = key ? this.cache.peek(key) : undefined;
    if (!cached || !this.limit.allows(this.context.clientAddress(request))) return false;
    const answer = this.answerFor(cached);
    const timed = this.context.timeAnswer?.();
    if (holdsCurrent(request.headers['if-none-match'], cached.etag)) {
      response.writeHead(304, answer.notModified).end();
      timed?.(304);
    } else {
      response.writeHead(200, answer.ok).end(cached.body);
      timed?.(200);
    }
    return true;
  }

  private answerFor(cached: CachedBody) {
    let answer = this.answers.get(cached);
    if (!answer) {
      const common = { ...PUBLIC_READ_CORS_HEADERS, ...this.context.securityHeaders };
      answer = {
        ok: { ...common, ...cached.headers },
        notModified: { ...common, ETag: cached.etag, 'Cache-Control': PUBLIC_DOCUMENT_CACHE_CONTROL },
      };
      this.answers.set(cached, answer);
    }
    return answer;
  }
}
