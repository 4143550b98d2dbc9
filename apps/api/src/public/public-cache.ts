import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';

/** A public document's Cache-Control: always revalidate (a 304 is cheap), so nobody misses a closed vote. */
export const PUBLIC_DOCUMENT_CACHE_CONTROL = 'public, no-cache';

/** The public documents kept serialised, each under `<kind>:<id>` (ids in lower case, like the live rooms'). */
export type PublicDocumentKind = 'session' | 'challenge';

export function publicDocumentKey(kind: PublicDocumentKind, id: string): string {
  return `${kind}:${id.toLowerCase()}`;
}

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
 * Serialised public documents read by many at once (a session, a challenge with its ranking), kept until what they
 * show changes (the live rooms tell us of a session; the challenge's services of an idea, an answer or a score) or a
 * few seconds pass (changes no one announces, e.g. an agreement's follow-up, or a challenge's supports, which arrive
 * by thousands in the vote's last hours, show up after the TTL; so do changes made on another api instance). A
 * document past its TTL is still served while one rebuild runs in the background; a changed document is dropped at
 * once. Concurrent misses share one build; a build that started before an invalidation is not kept.
 */
@Injectable()
export class PublicDocumentCache {
  static readonly TTL_MS = 5_000;
  static readonly MAX_ENTRIES = 500;

  private readonly entries = new Map<string, Entry>();
  private readonly building = new Map<string, Promise<CachedBody>>();
  private readonly generation = new Map<string, number>();

  /** The cached document, fresh or being rebuilt after its TTL; never waits for a build. */
  peek(id: string, now = performance.now()): CachedBody | undefined {
    const hit = this.entries.get(id);
    if (hit && hit.expires <= now && !this.building.has(id)) this.rebuild(id, hit.build).catch(() => this.entries.delete(id));
    return hit;
  }

  async get(id: string, build: () => Promise<unknown>): Promise<CachedBody> {
    return this.peek(id) ?? this.building.get(id) ?? this.rebuild(id, build);
  }

  /** Drops every document of one kind (e.g. all challenges, after a write whose challenge is not at hand). */
  invalidateKind(kind: PublicDocumentKind): void {
    const prefix = `${kind}:`;
    for (const key of new Set([...this.entries.keys(), ...this.building.keys()])) if (key.startsWith(prefix)) this.invalidate(key);
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
          this.store(id, { ...cached, build, expires: performance.now() + PublicDocumentCache.TTL_MS });
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
    if (this.entries.size >= PublicDocumentCache.MAX_ENTRIES) {
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
      'Cache-Control': PUBLIC_DOCUMENT_CACHE_CONTROL,
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

/** Sends a cached document, or a 304 when the client holds it. */
export function sendCachedDocument(request: Request, response: Response, cached: CachedBody): void {
  if (holdsCurrent(request.headers['if-none-match'], cached.etag)) {
    response.setHeader('ETag', cached.etag);
    response.setHeader('Cache-Control', PUBLIC_DOCUMENT_CACHE_CONTROL);
    response.status(304).end();
    return;
  }
  for (const [name, value] of Object.entries(cached.headers)) response.setHeader(name, value);
  response.end(cached.body);
}
