import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';

/** A session document's Cache-Control: always revalidate (a 304 is cheap), so nobody misses a closed vote. */
export const SESSION_CACHE_CONTROL = 'public, no-cache';

export interface CachedBody {
  body: Buffer;
  /** Strong validator of exactly these bytes. */
  etag: string;
}

interface Entry extends CachedBody {
  expires: number;
}

/**
 * Serialised public session documents, kept until the session changes (the live rooms tell us) or a few seconds
 * pass (changes that do not go through the live room, e.g. an agreement's follow-up, show up after the TTL).
 * Concurrent misses share one build; a build that started before an invalidation is not kept.
 */
@Injectable()
export class PublicSessionCache {
  static readonly TTL_MS = 5_000;
  static readonly MAX_ENTRIES = 500;

  private readonly entries = new Map<string, Entry>();
  private readonly building = new Map<string, Promise<CachedBody>>();
  private readonly generation = new Map<string, number>();

  /** The cached document, if it is fresh; never builds. */
  peek(id: string, now = Date.now()): CachedBody | undefined {
    const hit = this.entries.get(id);
    return hit && hit.expires > now ? hit : undefined;
  }

  async get(id: string, build: () => Promise<unknown>, now = Date.now()): Promise<CachedBody> {
    const hit = this.entries.get(id);
    if (hit && hit.expires > now) return hit;
    const pending = this.building.get(id);
    if (pending) return pending;
    const startedAt = this.generation.get(id) ?? 0;
    const promise = build()
      .then((value) => {
        const body = Buffer.from(JSON.stringify(value));
        const cached = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
        if ((this.generation.get(id) ?? 0) === startedAt) this.store(id, { ...cached, expires: Date.now() + PublicSessionCache.TTL_MS });
        return cached;
      })
      .finally(() => this.building.delete(id));
    this.building.set(id, promise);
    return promise;
  }

  invalidate(id: string): void {
    this.entries.delete(id);
    this.building.delete(id);
    this.generation.set(id, (this.generation.get(id) ?? 0) + 1);
  }

  private store(id: string, entry: Entry): void {
    if (this.entries.size >= PublicSessionCache.MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(id, entry);
  }
}

/**
 * Sends a cached session document, or a 304 when the client holds it: `request.fresh` compares the ETag the way
 * HTTP says (weak `W/` validators, `*`, lists), not as one exact string.
 */
export function sendCachedSession(request: Request, response: Response, cached: CachedBody): void {
  response.setHeader('ETag', cached.etag);
  response.setHeader('Cache-Control', SESSION_CACHE_CONTROL);
  if (request.fresh) {
    response.status(304).end();
    return;
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(cached.body);
}
