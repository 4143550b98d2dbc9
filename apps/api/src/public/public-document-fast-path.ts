import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { sendProblem } from '../common/problem';
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
/** The routes whose documents the cache holds, and the kind each serves. */
const ROUTES: Array<{ path: RegExp; kind: PublicDocumentKind }> = [
  { path: new RegExp(`^/api/public/sessions/${UUID}$`, 'i'), kind: 'session' },
  { path: new RegExp(`^/api/public/challenges/${UUID}$`, 'i'), kind: 'challenge' },
];

function keyOf(path: string): string | undefined {
  for (const route of ROUTES) {
    const id = route.path.exec(path)?.[1];
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
  void middleware({ headers: {}, method: 'GET', url: '/' } as Request, response as unknown as Response, () => undefined);
  return headers;
}

/**
 * Answers `GET /api/public/sessions/:id` and `GET /api/public/challenges/:id` straight from the cache when it holds
 * the document: the first middleware
 * of the app, before logging, cookies, body parsing and Nest's routing, guards and interceptors, which a cached
 * answer does not need. It counts the same public rate limit and sends the security headers the rest of the app
 * sends, computed once per document. Anything else (a miss, another route) goes on to the app, whose controller
 * validates, builds and caches.
 */
@Injectable()
export class PublicDocumentFastPath {
  private readonly logger = new Logger(PublicDocumentFastPath.name);
  private readonly answers = new WeakMap<CachedBody, { ok: Record<string, string>; notModified: Record<string, string> }>();
  private securityHeaders: Record<string, string> = {};

  constructor(
    private readonly cache: PublicDocumentCache,
    private readonly limit: PublicRateLimit,
  ) {}

  /** The middleware, sending `securityHeaders` with every answer. */
  handler(securityHeaders: Record<string, string>): RequestHandler {
    this.securityHeaders = securityHeaders;
    return (request, response, next) => this.use(request, response, next);
  }

  private use(request: Request, response: Response, next: NextFunction): void {
    if (request.method !== 'GET') return next();
    const key = keyOf(request.path);
    const cached = key ? this.cache.peek(key) : undefined;
    if (!cached) return next();
    this.limit.check(request.ip).then(
      () => {
        const answer = this.answerFor(cached);
        if (holdsCurrent(request.headers['if-none-match'], cached.etag)) response.writeHead(304, answer.notModified).end();
        else response.writeHead(200, answer.ok).end(cached.body);
      },
      (error: unknown) => {
        for (const [name, value] of Object.entries(this.securityHeaders)) response.setHeader(name, value);
        sendProblem(error, request, response, this.logger);
      },
    );
  }

  private answerFor(cached: CachedBody) {
    let answer = this.answers.get(cached);
    if (!answer) {
      answer = {
        ok: { ...this.securityHeaders, ...cached.headers },
        notModified: { ...this.securityHeaders, ETag: cached.etag, 'Cache-Control': PUBLIC_DOCUMENT_CACHE_CONTROL },
      };
      this.answers.set(cached, answer);
    }
    return answer;
  }
}
