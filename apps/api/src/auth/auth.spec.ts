import { Me, SESSION_COOKIE } from '@cocrea/contracts';
import { APP_CONFIG, AppConfig } from '../config/config';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

describe('auth (PGlite, real migrations)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '5' } });
  });
  afterEach(() => t.clock.release());
  afterAll(() => t?.close());

  it('logs in with the right password and returns a bearer token, the person and an httpOnly SameSite cookie', async () => {
    const response = await t.http.post('/api/auth/login').send({ email: DEMO.secretary, password: 'Cocrea-2021' }).expect(200);
    expect(response.body.token).toMatch(/^[\w-]{43}$/);
    // The secretary sits on both demo commissions, as secretary of each.
    expect(response.body.me).toMatchObject({
      email: DEMO.secretary,
      commissions: [
        { role: 'secretary', votes: true },
        { role: 'secretary', votes: true },
      ],
    });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toContain(`${SESSION_COOKIE}=${response.body.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('accepts the email in any case', async () => {
    await t.http.post('/api/auth/login').send({ email: DEMO.chair.toUpperCase(), password: 'Cocrea-2021' }).expect(200);
  });

  it('answers a wrong password with 401 problem+json in both languages', async () => {
    const response = await t.http.post('/api/auth/login').send({ email: DEMO.commissioner, password: 'wrong-password' }).expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 401,
      code: 'invalid_credentials',
      title: 'Credenciales incorrectas',
      messages: { en: { title: 'Wrong credentials' } },
    });
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const response = await t.http.post('/api/auth/login').send({ email: 'nadie@example.org', password: 'whatever' }).expect(401);
    expect(response.body.code).toBe('invalid_credentials');
  });

  it('rate-limits login attempts per account and address with 429', async () => {
    const attempt = () => t.http.post('/api/auth/login').send({ email: DEMO.partner, password: 'guess' });
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('too_many_requests');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    await t.http.post('/api/auth/login').send({ email: DEMO.partner, password: 'Cocrea-2021' }).expect(429);
  });

  it('identifies the caller by bearer token and by cookie', async () => {
    const bearer = await t.login(DEMO.chair);
    const byBearer = await t.http.get('/api/auth/me').set('Authorization', bearer).expect(200);
    expect((byBearer.body as Me).name).toBe('María del Carmen Nava Polina');
    const token = bearer.slice('Bearer '.length);
    const byCookie = await t.http.get('/api/auth/me').set('Cookie', `${SESSION_COOKIE}=${token}`).expect(200);
    expect(byCookie.body.id).toBe(byBearer.body.id);
  });

  it('refuses protected routes without a session or with a forged token', async () => {
    expect((await t.http.get('/api/auth/me')).body.code).toBe('unauthenticated');
    await t.http.get('/api/organizations').set('Authorization', 'Bearer forged').expect(401);
  });

  it('logout ends the session for that token only', async () => {
    const first = await t.login(DEMO.commissioner);
    const second = await t.login(DEMO.commissioner);
    await t.http.post('/api/auth/logout').set('Authorization', first).expect(204);
    await t.http.get('/api/auth/me').set('Authorization', first).expect(401);
    await t.http.get('/api/auth/me').set('Authorization', second).expect(200);
  });

  it('ends a sign-in when its session’s hours are over, even one checked a moment before', async () => {
    // Two minutes on: the login windows the rate-limit test filled are over.
    const signedInAt = new Date(Date.now() + 120_000);
    t.clock.set(signedInAt);
    const bearer = await t.login(DEMO.partner);
    const endsAt = signedInAt.getTime() + t.app.get<AppConfig>(APP_CONFIG).sessionTtlHours * 3_600_000;
    t.clock.set(new Date(endsAt - 1000));
    await t.http.get('/api/auth/me').set('Authorization', bearer).expect(200);
    t.clock.set(new Date(endsAt + 1000));
    await t.http.get('/api/auth/me').set('Authorization', bearer).expect(401);
    t.clock.release();
  });

  it('stores the language the person chose', async () => {
    const bearer = await t.login(DEMO.representative);
    await t.http.patch('/api/auth/me').set('Authorization', bearer).send({ locale: 'en' }).expect(200);
    expect((await t.http.get('/api/auth/me').set('Authorization', bearer)).body.locale).toBe('en');
    await t.http.patch('/api/auth/me').set('Authorization', bearer).send({ locale: 'fr' }).expect(400);
  });
});
