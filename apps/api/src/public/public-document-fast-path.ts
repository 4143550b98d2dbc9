import { Injectable } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PUBLIC_READ_CORS_HEADERS } from '../common/http/cache-and-cors';
import type { EarlyContext, EarlyRoute } from '../common/http/early-routes';
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

/**
 * Answers `GET /api/public/sessions/:id` and `GET /api/public/challenges/:id` straight from the cache when it holds
 * the document, as an early route (common/http/early-routes.ts): before Express's router, middleware chain, cookies,
 * logging and Nest pipeline, which a cached answer does not need. It counts the same public rate limit, synchronously, and sends the headers
 * the app would send (CORS of public reads, helmet's, the document's), merged once per document. Anything else (a
 * miss, another route, a refused address, whose 429 the route's guard answers) goes on to the app, whose controller
 * validates, builds and caches.
 */
@Injectable()
export class PublicDocumentFastPath implements EarlyRoute {
  private readonly answers = new WeakMap<CachedBody, { ok: Record<string, string>; notModified: Record<string, string> }>();

  constructor(
    private readonly cache: PublicDocumentCache,
    private readonly limit: PublicRateLimit,
  ) {}

  /** Answers from the cache and returns true, or returns false (having sent nothing) for the app to answer. */
  answer(request: IncomingMessage, response: ServerResponse, context: EarlyContext): boolean {
    if (request.method !== 'GET') return false;
    const key = keyOf(request.url ?? '');
    const cached = key ? this.cache.peek(key) : undefined;
    if (!cached || !this.limit.allows(context.clientAddress(request))) return false;
    const answer = this.answerFor(cached, context);
    const timed = context.timeAnswer?.('GET', 'public cached document');
    if (holdsCurrent(request.headers['if-none-match'], cached.etag)) {
      response.writeHead(304, answer.notModified).end();
      timed?.(304);
    } else {
      response.writeHead(200, answer.ok).end(cached.body);
      timed?.(200);
    }
    return true;
  }

  private answerFor(cached: CachedBody, context: EarlyContext) {
    let answer = this.answers.get(cached);
    if (!answer) {
      const common = { ...PUBLIC_READ_CORS_HEADERS, ...context.securityHeaders };
      answer = {
        ok: { ...common, ...cached.headers },
        notModified: { ...common, ETag: cached.etag, 'Cache-Control': PUBLIC_DOCUMENT_CACHE_CONTROL },
      };
      this.answers.set(cached, answer);
    }
    return answer;
  }
}
