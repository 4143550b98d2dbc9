import { PROBLEM_CONTENT_TYPE, SESSION_COOKIE } from '@cocrea/contracts';
import { PassThrough } from 'node:stream';
import { seedCall } from '../meetings/testing/meeting-fixtures';
import { samplePdf } from '../testing/sample-files';
import { DEMO_PASSWORD } from '../seed/demo-accounts';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

/** The findings of the outside probe (issue 19), each held by the behaviour that fixes it. */
describe('hardening', () => {
  let t: TestApp;
  let log = '';
  let secretary: string;
  let commissionId: string;
  beforeAll(async () => {
    const destination = new PassThrough();
    destination.on('data', (chunk: Buffer) => (log += chunk.toString()));
    t = await startTestApp({ seed: true, env: { LOG_LEVEL: 'debug' }, logDestination: destination });
    secretary = await t.login(DEMO.secretary);
    commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id as string;
  });
  afterAll(() => t?.close());

  const rawUpload = (body: string, boundary = 'XyZ') =>
    t.http
      .post('/api/attachments')
      .set('Authorization', secretary)
      .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
      .send(Buffer.from(body.replace(/\n/g, '\r\n'), 'latin1'));

  it('writes no session token, cookie or CSRF token to the log, even at debug level', async () => {
    const login = await t.http.post('/api/auth/login').send({ email: DEMO.chair, password: DEMO_PASSWORD });
    const token = (login.body as { token: string }).token;
    expect(token).toBeTruthy();
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    await t.http.get('/api/auth/me').set('Cookie', `${SESSION_COOKIE}=${token}`).set('X-XSRF-Token', 'xsrf-secret-value').expect(200);
    await t.http.get(`/api/people/not-a-uuid?token=${token}`).set('Authorization', `Bearer ${token}`);
    await new Promise((resolve) => setImmediate(resolve));

    expect(log).toContain('/api/auth/me');
    expect(log).not.toContain(token);
    expect(log).not.toContain('xsrf-secret-value');
    expect(log).not.toContain(DEMO_PASSWORD);
    expect(log).toContain('[redacted]');
  });

  it('answers a malformed multipart part header with a 400 problem, not a 500', async () => {
    const logged = log.length;
    const response = await rawUpload('--XyZ\nContent-Disposition form-data; name="file"\nbroken header without colon\n\nabc\n--XyZ--\n');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(response.text).not.toMatch(/at .*\.js:\d+/);
    expect(log.slice(logged)).not.toMatch(/"level":50/);
  });

  it('answers a filename with a NUL byte with a 400 problem, not a 500', async () => {
    const logged = log.length;
    const pdf = samplePdf('nul').toString('latin1');
    const response = await rawUpload(
      `--XyZ\nContent-Disposition: form-data; name="file"; filename="acta\u0000.pdf"\nContent-Type: application/pdf\n\n${pdf}\n--XyZ--\n`,
    );
    expect([201, 400]).toContain(response.status);
    if (response.status === 201) expect(response.body.filename).toBe('acta.pdf');
    else expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(log.slice(logged)).not.toMatch(/"level":50/);
  });

  it('strips bidi and other control characters from a stored filename', async () => {
    const response = await t.http
      .post('/api/attachments')
      .set('Authorization', secretary)
      .attach('file', samplePdf('bidi'), 'acta\u202Efdp.exe\u200B\u2066.pdf')
      .expect(201);
    expect(response.body.filename).toBe('actafdp.exe.pdf');
  });

  it('refuses a session scheduled in the year 10000 with a 400 problem', async () => {
    const response = await t.http
      .post(`/api/commissions/${commissionId}/meetings`)
      .set('Authorization', secretary)
      .send({ ...seedCall(), scheduledAt: '9999-12-31T23:59:59-23:59' });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
  });

  it.each([
    ['login', () => t.http.post('/api/auth/login').send({ email: DEMO.partner, password: DEMO_PASSWORD })],
    ['me', () => t.http.get('/api/auth/me').set('Authorization', secretary)],
    ['people', () => t.http.get('/api/people').set('Authorization', secretary)],
    ['a commission', () => t.http.get(`/api/commissions/${commissionId}`).set('Authorization', secretary)],
  ])('keeps the %s response out of every cache', async (_, send) => {
    const response = await send();
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('CORS on the public portal', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ seed: true })));
  afterAll(() => t?.close());

  it('lets a page on any origin read a public GET, without credentials', async () => {
    const response = await t.http.get('/api/public/commission').set('Origin', 'https://datos.example.org').expect(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers the preflight of a public read', async () => {
    const response = await t.http
      .options('/api/public/sessions')
      .set('Origin', 'https://datos.example.org')
      .set('Access-Control-Request-Method', 'GET')
      .expect(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-methods']).toContain('GET');
  });

  it('sends no CORS header on the members’ api', async () => {
    const response = await t.http.get('/api/auth/me').set('Origin', 'https://datos.example.org');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
