import { LIVE_NAMESPACE, PersonAccount } from '@cocrea/contracts';
import { AddressInfo } from 'node:net';
import { io } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

const NO_SUCH = '5b0e8c1d-2f3a-4b5c-8d6e-7f8091a2b3c4';

/** The administration's account actions: who may, what each does to sign-in, sessions and live sockets. */
describe('account actions', () => {
  let t: TestApp;
  let admin: string;
  let url: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    admin = await t.login(DEMO.admin);
    const db = t.app.get(DataSource);
    for (const [who, email] of Object.entries(DEMO))
      ids[who] = ((await db.query(`SELECT id FROM people WHERE email = $1`, [email])) as Array<{ id: string }>)[0].id;
  });
  afterAll(() => t?.close());

  const act = (auth: string, who: string, path: string) =>
    t.http.post(`/api/people/${ids[who]}/${path}`).set('Authorization', auth).send({});
  const account = async (who: string) =>
    (await t.http.get(`/api/people/${ids[who]}/account`).set('Authorization', admin).expect(200)).body as PersonAccount;
  const signIn = (email: string) => t.http.post('/api/auth/login').send({ email, password: 'Cocrea-2021' });

  /** A live connection of `session`, connected; `dropped` resolves with the reason the server gave when it drops it. */
  const liveSocket = async (session: string): Promise<{ dropped: Promise<string> }> => {
    const socket = io(`${url}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: { token: session.replace(/^Bearer /, '') },
    });
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    return { dropped: new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason))) };
  };

  it('disables an account: its sign-ins and live sockets end, it cannot sign in, and enabling gives it back', async () => {
    const session = await t.login(DEMO.commissioner);
    const { dropped } = await liveSocket(session);

    const disabled = (await act(admin, 'commissioner', 'account/disable').expect(200)).body as PersonAccount;
    expect(disabled).toMatchObject({ personId: ids['commissioner'], disabledAt: expect.any(String), openSessions: 0 });
    expect(await dropped).toBe('io server disconnect');
    await t.http.get('/api/auth/me').set('Authorization', session).expect(401);
    const refused = await signIn(DEMO.commissioner).expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'account_disabled', messages: { es: expect.any(Object), en: expect.any(Object) } });

    expect((await act(admin, 'commissioner', 'account/enable').expect(200)).body).toMatchObject({ disabledAt: null });
    await signIn(DEMO.commissioner).expect(200);
  });

  it('answers a wrong password to a disabled account as to any other, so the state is told only to its owner', async () => {
    await act(admin, 'partner', 'account/disable').expect(200);
    const wrong = await t.http.post('/api/auth/login').send({ email: DEMO.partner, password: 'not-the-password' }).expect(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    await act(admin, 'partner', 'account/enable').expect(200);
  });

  it('forces a sign-out: every open sign-in ends, and the person may sign in again', async () => {
    const [first, second] = [await t.login(DEMO.representative), await t.login(DEMO.representative)];
    expect((await account('representative')).openSessions).toBeGreaterThanOrEqual(2);
    await act(admin, 'representative', 'account/sign-out').expect(204);
    for (const session of [first, second]) await t.http.get('/api/auth/me').set('Authorization', session).expect(401);
    expect((await account('representative')).openSessions).toBe(0);
    await signIn(DEMO.representative).expect(200);
  });

  it('lets an admin make a person admin (their sign-ins end) and take it back; nobody else sets the role', async () => {
    const before = await t.login(DEMO.partner);
    const made = await t.http
      .put(`/api/people/${ids['partner']}/platform-role`)
      .set('Authorization', admin)
      .send({ platformRole: 'admin' });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({ platformRole: 'admin', openSessions: 0 });
    await t.http.get('/api/auth/me').set('Authorization', before).expect(401);
    expect((await signIn(DEMO.partner).expect(200)).body.me.platformRole).toBe('admin');

    const secretary = await t.login(DEMO.secretary);
    await t.http
      .put(`/api/people/${ids['partner']}/platform-role`)
      .set('Authorization', secretary)
      .send({ platformRole: 'user' })
      .expect(403);
    await t.http.put(`/api/people/${ids['partner']}/platform-role`).set('Authorization', admin).send({ platformRole: 'user' }).expect(200);
    await t.http.put(`/api/people/${ids['partner']}/platform-role`).set('Authorization', admin).send({ platformRole: 'root' }).expect(400);
  });

  it('lets the secretary act on a person who is not an admin, but not on an admin, and nobody on their own account', async () => {
    const secretary = await t.login(DEMO.secretary);
    await act(secretary, 'partner', 'account/sign-out').expect(204);
    await act(secretary, 'admin', 'account/disable').expect(403);
    const own = await act(admin, 'admin', 'account/disable').expect(409);
    expect(own.body.code).toBe('own_account_action');
    await act(secretary, 'secretary', 'deactivate').expect(409);
    await act(await t.login(DEMO.chair), 'partner', 'account/disable').expect(403);
    await t.http.post(`/api/people/${NO_SUCH}/account/disable`).set('Authorization', admin).expect(404);
    await t.http.post('/api/people/not-a-uuid/account/disable').set('Authorization', admin).expect(400);
  });

  it('drops the live sockets of a person whose password an admin sets', async () => {
    const { dropped } = await liveSocket(await t.login(DEMO.commissioner));
    await t.http.patch(`/api/people/${ids['commissioner']}`).set('Authorization', admin).send({ password: 'Clave-nueva-2026' }).expect(200);
    expect(await dropped).toBe('io server disconnect');
    await t.http.post('/api/auth/login').send({ email: DEMO.commissioner, password: 'Clave-nueva-2026' }).expect(200);
  });

  it('deactivates a person, who can no longer sign in, until they are reactivated', async () => {
    const session = await t.login(DEMO.chair);
    expect((await act(admin, 'chair', 'deactivate').expect(200)).body).toMatchObject({
      deactivatedAt: expect.any(String),
      disabledAt: null,
    });
    await t.http.get('/api/auth/me').set('Authorization', session).expect(401);
    expect((await signIn(DEMO.chair).expect(403)).body.code).toBe('account_disabled');
    await act(admin, 'chair', 'reactivate').expect(200);
    await signIn(DEMO.chair).expect(200);
  });
});
