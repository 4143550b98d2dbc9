import { createHash } from 'node:crypto';
import { SESSION_COOKIE } from '@cocrea/contracts';
import { DataSource } from 'typeorm';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { SIGN_IN_TTL_MS } from '../auth';

describe('security: headers, login limits, session expiry, error bodies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '3' } });
  });
  afterAll(() => t?.close());

  it('sends helmet security headers on api responses', async () => {
    const response = await t.http.get('/api/health');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
    // HSTS only behind HTTPS (COOKIE_SECURE), so a plain-http LAN install is not locked out.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends the same headers on error responses', async () => {
    const response = await t.http.get('/api/auth/me');
    expect(response.status).toBe(401);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBeDefined();
  });

  it('blocks guessing one account after the per-account limit, with Retry-After, even with the right password', async () => {
    const attempt = (password: string) =>
      t.http.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.1').send({ email: DEMO.chair, password });
    for (let i = 0; i < 3; i++) expect((await attempt('adivinanza')).status).toBe(401);
    const blocked = await attempt('Cocrea-2021');
    expect(blocked.status).toBe(429);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('blocks one address trying one password across many accounts after five times the per-account limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) {
      const response = await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.2')
        .send({ email: `cuenta${i}@example.mx`, password: 'Cocrea-2021' });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array<number>(15).fill(401), 429]);
    // Another address is not affected.
    await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '203.0.113.3')
      .send({ email: DEMO.admin, password: 'Cocrea-2021' })
      .expect(200);
  });

  it('answers the per-address refusal with the standard Retry-After: the seconds left in its window', async () => {
    const attempt = (i: number) =>
      t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.4')
        .send({ email: `otra${i}@example.mx`, password: 'x' });
    for (let i = 0; i < 15; i++) expect((await attempt(i)).status).toBe(401);
    const refused = await attempt(15);
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers['retry-after']);
    expect(seconds).toBeGreaterThan(55);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(refused.headers['retry-after-address']).toBeUndefined();
  });

  it('answers 401 to a session past its expiry, by bearer and by cookie, and keeps other sessions', async () => {
    const bearer = await t.login(DEMO.secretary);
    const other = await t.login(DEMO.secretary);
    await t.http.get('/api/auth/me').set('Authorization', bearer).expect(200);
    const token = bearer.slice('Bearer '.length);
    const tokenHash = createHash('sha256').update(token).digest('hex');
    await t.app
      .get(DataSource)
      .query(`UPDATE auth_sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [tokenHash]);
    // Expired behind the api's back: seen once this instance's few seconds of cached sign-in are over.
    t.clock.advance(SIGN_IN_TTL_MS + 1);
    const expired = await t.http.get('/api/auth/me').set('Authorization', bearer);
    t.clock.release();
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('unauthenticated');
    await t.http.get('/api/organizations').set('Cookie', `${SESSION_COOKIE}=${token}`).expect(401);
    await t.http.get('/api/auth/me').set('Authorization', other).expect(200);
  });
});
