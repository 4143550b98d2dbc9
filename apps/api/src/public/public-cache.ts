import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';

/** A session document's Cache-Control: always revalidate (a 304 is cheap), so nobody misses a closed vote. */
export const SESSION_CACHE_CONTROL = 'public, no-cache';

export interface CachedBody {
  body: Buffer;
  /** Strong validator of exactly these bytes. */
  etag: string;
  /** The headers of a 200 with this body, computed once when it was stored. */
  headers: Record<string, string>;
}

interface Entry extends CachedBody {
  expires: number;
  build: () => Promise<unknown>;
}

/**
 * Serialised public session documents, kept until the session changes (the live rooms tell us) or a few seconds
 * pass (changes that do not go through the live room, e.g. an agreement's follow-up, show up after the TTL). A
 * document past its TTL is still served while one rebuild runs in the background; a changed session's document is
 * dropped at once. Concurrent misses share one build; a build that started before an invalidation is not kept.
 */
@Injectable()
export class PublicSessionCache {
  static readonly TTL_MS = 5_000;
  static readonly MAX_ENTRIES = 500;

  private readonly entries = new Map<string, Entry>();
  private readonly building = new Map<string, Promise<CachedBody>>();
  private readonly generation = new Map<string, number>();

  /** The cached document, fresh or being rebuilt after its TTL; never waits for a build. */
  peek(id: string, now = Date.now()): CachedBody | undefined {
    const hit = this.entries.get(id);
    if (hit && hit.expires <= now && !this.building.has(id)) this.rebuild(id, hit.build).catch(() => this.entries.delete(id));
    return hit;
  }

  async get(id: string, build: () => Promise<unknown>): Promise<CachedBody> {
    return this.peek(id) ?? this.building.get(id) ?? this.rebuild(id, build);
  }

  invalidate(id: string): void {
    this.entries.delete(id);
    this.building.delete(id);
    this.generation.set(id, (this.generation.get(id) ?? 0) + 1);
  }

  private rebuild(id: string, build: () => Promise<unknown>): Promise<CachedBody> {
    const startedAt = this.generation.get(id) ?? 0;
    const promise = build()
      .then((value) => {
        const cached = cachedBody(Buffer.from(JSON.stringify(value)));
        if ((this.generation.get(id) ?? 0) === startedAt)
          this.store(id, { ...cached, build, expires: Date.now() + PublicSessionCache.TTL_MS });
        return cached;
      })
      .finally(() => {
        if (this.building.get(id) === promise) this.building.delete(id);
      });
    this.building.set(id, promise);
    return promise;
  }

  private store(id: string, entry: Entry): void {
    this.entries.delete(id);
    if (this.entries.size >= PublicSessionCache.MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(id, entry);
  }
}

function cachedBody(body: Buffer): CachedBody {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return {
    body,
    etag,
    headers: {
      ETag: etag,
      'Cache-Control': SESSION_CACHE_CONTROL,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(body.length),
    },
  };
}

/** Whether the client's If-None-Match already names these bytes (weak `W/` validators, `*` and lists, as HTTP says). */
export function holdsCurrent(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Sends a cached session document, or a 304 when the client holds it. */
export function sendCachedSession(request: Request, response: Response, cached: CachedBody): void {
  if (holdsCurrent(request.headers['if-none-match'], cached.etag)) {
    response.setHeader('ETag', cached.etag);
    response.setHeader('Cache-Control', SESSION_CACHE_CONTROL);
    response.status(304).end();
    return;
  }
  for (const [name, value] of Object.entries(cached.headers)) response.setHeader(name, value);
  response.end(cached.body);
}
