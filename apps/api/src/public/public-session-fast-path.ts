import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PublicSessionCache, sendCachedSession } from './public-cache';
import { PublicRateLimit } from './public-throttler.guard';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Answers `GET /api/public/sessions/:id` straight from the cache when it holds the document, after the same
 * rate limit, without Nest's routing, guards, pipes and interceptors, which a cached answer does not need (see
 * bench/public/README.md for what the figures on a loaded machine do and do not show). Anything else — a miss, a bad id, an address over its limit — goes on to the controller, which
 * validates, builds and caches, and answers errors as problems.
 */
@Injectable()
export class PublicSessionFastPath implements NestMiddleware {
  constructor(
    private readonly cache: PublicSessionCache,
    private readonly limit: PublicRateLimit,
  ) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const id = typeof request.params['meetingId'] === 'string' ? request.params['meetingId'] : request.path.split('/').pop();
    const cached = id && UUID.test(id) ? this.cache.peek(id.toLowerCase()) : undefined;
    if (!cached) return next();
    this.limit.allow(request.ip).then(
      (allowed) => {
        if (!allowed) return next();
        sendCachedSession(request, response, cached);
      },
      (error: unknown) => next(error),
    );
  }
}
