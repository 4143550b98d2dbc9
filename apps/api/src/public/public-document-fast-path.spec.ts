/** The cached public documents' fast path, on a bare HTTP server whose own listener stands for the app behind it. */
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { installEarlyRoutes } from '../common/http/early-routes';
import { AppConfig } from '../config/config';
import { PublicDocumentCache, publicDocumentKey } from './public-cache';
import { PublicDocumentFastPath } from './public-document-fast-path';
import { PublicRateLimit } from './public-throttler.guard';
import { TestClock } from '../testing/test-clock';

const SESSION_ID = '6f1c2b1e-6a57-4f0e-9b1a-2d1f0c3e4a5b';
const SESSION_PATH = `/api/public/sessions/${SESSION_ID}`;

describe('PublicDocumentFastPath', () => {
  let server: Server;
  let base: string;
  let cache: PublicDocumentCache;
  const reachedApp: string[] = [];

  const start = async (
    limit: number,
    clientAddress = (request: { headers: Record<string, unknown> }) => String(request.headers['x-client'] ?? 'local'),
  ) => {
    cache = new PublicDocumentCache();
    const fastPath = new PublicDocumentFastPath(cache, new PublicRateLimit({ publicRateLimit: limit } as AppConfig, new TestClock()));
    server = createServer((request, response) => {
      reachedApp.push(`${request.method} ${request.url}`);
      response.writeHead(418).end();
    });
    installEarlyRoutes(server, { securityHeaders: { 'X-Frame-Options': 'SAMEORIGIN' }, clientAddress }, [fastPath]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const cacheSession = () => cache.get(publicDocumentKey('session', SESSION_ID), async () => ({ title: 'Primera Sesión' }));

  beforeEach(() => (reachedApp.length = 0));
  afterEach(() => new Promise((resolve) => server.close(resolve)));

  it('answers a cached document before the app, with the CORS, security and document headers, and a 304 for its ETag', async () => {
    await start(100);
    const { etag } = await cacheSession();
    const hit = await fetch(`${base}${SESSION_PATH}?lang=es`);
    expect(hit.status).toBe(200);
    expect(await hit.json()).toEqual({ title: 'Primera Sesión' });
    const headers = ['etag', 'cache-control', 'content-type', 'access-control-allow-origin', 'x-frame-options'];
    expect(headers.map((name) => hit.headers.get(name))).toEqual([
      etag,
      'public, no-cache',
      'application/json; charset=utf-8',
      '*',
      'SAMEORIGIN',
    ]);
    const again = await fetch(`${base}/api/public/sessions/${SESSION_ID.toUpperCase()}`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(reachedApp).toEqual([]);
  });

  it('leaves a miss, a write, another route and a longer path to the app', async () => {
    await start(100);
    await fetch(`${base}${SESSION_PATH}`);
    await cacheSession();
    await fetch(`${base}${SESSION_PATH}`, { method: 'POST' });
    await fetch(`${base}/api/public/sessions`);
    await fetch(`${base}${SESSION_PATH}/files`);
    expect(reachedApp).toEqual([`GET ${SESSION_PATH}`, `POST ${SESSION_PATH}`, 'GET /api/public/sessions', `GET ${SESSION_PATH}/files`]);
  });

  it('leaves an address over the public limit to the app (whose guard answers the 429), counting each address apart', async () => {
    await start(2);
    await cacheSession();
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${base}${SESSION_PATH}`, { headers: { 'X-Client': 'a' } })).status);
    statuses.push((await fetch(`${base}${SESSION_PATH}`, { headers: { 'X-Client': 'b' } })).status);
    expect(statuses).toEqual([200, 200, 418, 200]);
    expect(reachedApp).toEqual([`GET ${SESSION_PATH}`]);
  });
});
