import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '@cocrea/contracts';
import { DEMO_PASSWORD } from '../seed/demo-accounts';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

/** The `name=value` pairs of a response's Set-Cookie headers. */
function cookiesOf(response: { headers: Record<string, unknown> }): Map<string, { value: string; attributes: string }> {
  const headers = (response.headers['set-cookie'] as string[] | undefined) ?? [];
  return new Map(
    headers.map((header) => {
      const [pair, ...attributes] = header.split(';');
      const at = pair.indexOf('=');
      return [pair.slice(0, at), { value: decodeURIComponent(pair.slice(at + 1)), attributes: attributes.join(';') }];
    }),
  );
}

describe('CSRF protection of the cookie session (PGlite)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t?.close());

  async function cookieLogin(email: string) {
    const response = await t.http.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    const cookies = cookiesOf(response);
    const session = cookies.get(SESSION_COOKIE)?.value ?? '';
    const csrf = cookies.get(CSRF_COOKIE);
    return { session, csrf, cookie: `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${encodeURIComponent(csrf?.value ?? '')}` };
  }

  it('login sets a token cookie the web app can read, strict same-site', async () => {
    const { csrf } = await cookieLogin(DEMO.secretary);
    expect(csrf?.value).toMatch(/^[0-9a-f]{64}\.[0-9a-f]{64}$/);
    expect(csrf?.attributes).not.toMatch(/HttpOnly/i);
    expect(csrf?.attributes).toMatch(/SameSite=Strict/i);
  });

  it('refuses a state-changing request with the session cookie and no token header: 403 problem+json, nothing changed', async () => {
    const { cookie } = await cookieLogin(DEMO.chair);
    const response = await t.http.patch('/api/auth/me').set('Cookie', cookie).send({ locale: 'en' }).expect(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'csrf_failed', messages: { en: { title: 'Request verification missing' } } });
    expect(response.body.detail).toContain(CSRF_HEADER);
    expect((await t.http.get('/api/auth/me').set('Cookie', cookie)).body.locale).toBe('es-MX');
  });

  it('accepts it when the header echoes the token cookie', async () => {
    const { cookie, csrf } = await cookieLogin(DEMO.commissioner);
    await t.http
      .patch('/api/auth/me')
      .set('Cookie', cookie)
      .set(CSRF_HEADER, csrf?.value ?? '')
      .send({ locale: 'en' })
      .expect(200);
    await t.http
      .post('/api/auth/logout')
      .set('Cookie', cookie)
      .set(CSRF_HEADER, csrf?.value ?? '')
      .expect(204);
  });

  it('refuses a token signed for another session, even when header and cookie agree', async () => {
    const mine = await cookieLogin(DEMO.representative);
    const other = await cookieLogin(DEMO.admin);
    const token = other.csrf?.value ?? '';
    const response = await t.http
      .patch('/api/auth/me')
      .set('Cookie', `${SESSION_COOKIE}=${mine.session}; ${CSRF_COOKIE}=${token}`)
      .set(CSRF_HEADER, token)
      .send({ locale: 'en' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('csrf_failed');
  });

  it('refuses a header that does not match the cookie', async () => {
    const { cookie, csrf } = await cookieLogin(DEMO.partner);
    const forged = `${'0'.repeat(64)}.${csrf?.value.split('.')[1] ?? ''}`;
    await t.http.patch('/api/auth/me').set('Cookie', cookie).set(CSRF_HEADER, forged).send({ locale: 'en' }).expect(403);
  });

  it('does not ask bearer-token requests for a token', async () => {
    const bearer = await t.login(DEMO.admin);
    await t.http.patch('/api/auth/me').set('Authorization', bearer).send({ locale: 'en' }).expect(200);
  });

  it('lets anonymous login through even with a stale session cookie', async () => {
    await t.http
      .post('/api/auth/login')
      .set('Cookie', `${SESSION_COOKIE}=stale`)
      .send({ email: DEMO.secretary, password: DEMO_PASSWORD })
      .expect(200);
  });

  it('hands a session that has no token cookie one on its next read, which then works', async () => {
    const { session } = await cookieLogin(DEMO.secretary);
    const read = await t.http.get('/api/auth/me').set('Cookie', `${SESSION_COOKIE}=${session}`).expect(200);
    const token = cookiesOf(read).get(CSRF_COOKIE)?.value ?? '';
    expect(token).not.toBe('');
    await t.http
      .patch('/api/auth/me')
      .set('Cookie', `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${token}`)
      .set(CSRF_HEADER, token)
      .send({ locale: 'es-MX' })
      .expect(200);
  });
});
