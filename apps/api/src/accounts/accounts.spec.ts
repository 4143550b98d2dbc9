import { DataSource } from 'typeorm';
import { DigestService } from '../notifications';
import { OutboxService } from '../notifications';
import { mimeParts, SmtpSink, startSmtpSink } from '../testing/smtp-sink';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

const linkToken = (raw: string, path: string) => {
  const text = mimeParts(raw).find((p) => p.contentType === 'text/plain')?.body ?? '';
  const match = new RegExp(`${path}#([A-Za-z0-9_-]{43})`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return match[1];
};

const SECOND = 1000;
const HOUR = 3_600 * SECOND;
const WEEK = 7 * 24 * HOUR;

describe('accounts', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ seed: true, env: { SMTP_URL: sink.url, MAIL_POLL_MS: '100', APP_URL: 'http://cocrea.test' } });
    db = t.app.get(DataSource);
  });
  afterEach(() => t.clock.release());
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('changes the password only with the current one, keeps this session and ends the others', async () => {
    const kept = await t.login(DEMO.representative);
    const other = await t.login(DEMO.representative);
    await t.http
      .post('/api/accounts/password')
      .set('Authorization', kept)
      .send({ currentPassword: 'wrong-one', newPassword: 'Nueva-clave-2026' })
      .expect(403);
    await t.http
      .post('/api/accounts/password')
      .set('Authorization', kept)
      .send({ currentPassword: 'Cocrea-2021', newPassword: 'Nueva-clave-2026' })
      .expect(204);
    await t.http.get('/api/auth/me').set('Authorization', kept).expect(200);
    await t.http.get('/api/auth/me').set('Authorization', other).expect(401);
    await t.login(DEMO.representative, 'Nueva-clave-2026');
  });

  it('answers a reset request the same for an unknown address and mails nothing to it', async () => {
    const unknown = await t.http.post('/api/accounts/password-reset').send({ email: 'nadie@ejemplo.mx' });
    const known = await t.http.post('/api/accounts/password-reset').send({ email: DEMO.commissioner });
    expect([unknown.status, unknown.text]).toEqual([known.status, known.text]);
    expect(known.status).toBe(202);
    await sink.waitFor(DEMO.commissioner, /Restablecer/);
    expect(sink.received.some((m) => m.to.includes('nadie@ejemplo.mx'))).toBe(false);
  });

  it('resets with a mailed single-use link stored only as a hash, in plain text and HTML, and ends every session', async () => {
    const before = await t.login(DEMO.chair);
    await t.http.post('/api/accounts/password-reset').send({ email: DEMO.chair }).expect(202);
    const mail = await sink.waitFor(DEMO.chair, /restablecer/);
    expect(mimeParts(mail.raw).map((p) => p.contentType)).toEqual(expect.arrayContaining(['text/plain', 'text/html']));
    const token = linkToken(mail.raw, 'http://cocrea.test/restablecer');
    const stored = (await db.query(`SELECT token_hash FROM account_tokens WHERE purpose = 'reset'`)) as Array<{ token_hash: string }>;
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    await t.http.post('/api/accounts/password-reset/confirm').send({ token, password: 'Otra-clave-segura' }).expect(204);
    await t.http.post('/api/accounts/password-reset/confirm').send({ token, password: 'Una-tercera-clave' }).expect(410);
    await t.http.get('/api/auth/me').set('Authorization', before).expect(401);
    await t.login(DEMO.chair, 'Otra-clave-segura');
  });

  it('honours a reset link for an hour and refuses it a second later', async () => {
    const issuedAt = new Date();
    t.clock.set(issuedAt);
    const mailedLink = async (email: string) => {
      await t.http.post('/api/accounts/password-reset').send({ email }).expect(202);
      return linkToken((await sink.waitFor(email, /restablecer/)).raw, '/restablecer');
    };
    const expired = await mailedLink(DEMO.partner);
    const timely = await mailedLink(DEMO.admin);
    t.clock.set(new Date(issuedAt.getTime() + HOUR + SECOND));
    await t.http.post('/api/accounts/password-reset/confirm').send({ token: expired, password: 'Otra-clave-segura' }).expect(410);
    t.clock.set(new Date(issuedAt.getTime() + HOUR - SECOND));
    await t.http.post('/api/accounts/password-reset/confirm').send({ token: timely, password: 'Otra-clave-segura' }).expect(204);
  });

  it('honours an invitation link for seven days and refuses it a second later', async () => {
    const issuedAt = new Date();
    t.clock.set(issuedAt);
    const secretary = await t.login(DEMO.secretary);
    const invite = async (email: string) => {
      const invited = await t.http
        .post('/api/accounts/invitations')
        .set('Authorization', secretary)
        .send({ email, name: 'Persona Invitada' });
      expect(invited.status).toBe(201);
      expect(invited.body.expiresAt).toBe(new Date(issuedAt.getTime() + WEEK).toISOString());
      return linkToken((await sink.waitFor(email, /invitacion/)).raw, '/invitacion');
    };
    const expired = await invite('tardia@ejemplo.mx');
    const timely = await invite('puntual@ejemplo.mx');
    t.clock.set(new Date(issuedAt.getTime() + WEEK + SECOND));
    await t.http.post('/api/accounts/invitations/accept').send({ token: expired, password: 'Mi-clave-nueva-1' }).expect(410);
    t.clock.set(new Date(issuedAt.getTime() + WEEK - SECOND));
    await t.http.post('/api/accounts/invitations/accept').send({ token: timely, password: 'Mi-clave-nueva-1' }).expect(204);
  });

  it('erases the body of a sent reset mail from the outbox', async () => {
    await new Promise((r) => setTimeout(r, 300));
    const rows = (await db.query(`SELECT state, text, html FROM mail_outbox WHERE kind = 'password_reset'`)) as Array<{
      state: string;
      text: string | null;
    }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.state === 'sent' && r.text === null)).toBe(true);
  });

  it('lets the secretary invite a person, who sets a password through the mailed link and signs in', async () => {
    const secretary = await t.login(DEMO.secretary);
    const invited = await t.http
      .post('/api/accounts/invitations')
      .set('Authorization', secretary)
      .send({ email: 'Nueva.Persona@Ejemplo.mx', name: 'Nueva Persona', locale: 'en' })
      .expect(201);
    expect(invited.body.email).toBe('nueva.persona@ejemplo.mx');
    const mail = await sink.waitFor('nueva.persona@ejemplo.mx', /Invitation to Cocrea/);
    const token = linkToken(mail.raw, '/invitacion');
    await t.http.post('/api/accounts/invitations/accept').send({ token, password: 'Mi-clave-nueva-1' }).expect(204);
    await t.http.post('/api/accounts/invitations/accept').send({ token, password: 'Mi-clave-nueva-2' }).expect(410);
    await t.login('nueva.persona@ejemplo.mx', 'Mi-clave-nueva-1');
    await t.http
      .post('/api/accounts/invitations')
      .set('Authorization', secretary)
      .send({ email: 'nueva.persona@ejemplo.mx', name: 'Nueva Persona' })
      .expect(409);
  });

  it('lets a coordinator invite a partner into their group, and nobody else invite without a group they run', async () => {
    const chair = await t.login(DEMO.chair, 'Otra-clave-segura');
    const commissionId = (await db.query(`SELECT id FROM commissions ORDER BY created_at LIMIT 1`))[0].id as string;
    const groupId = (await db.query(`SELECT id FROM working_groups WHERE commission_id = $1 ORDER BY name LIMIT 1`, [commissionId]))[0]
      .id as string;
    await t.http
      .post('/api/accounts/invitations')
      .set('Authorization', chair)
      .send({ email: 'aliada@osc.mx', name: 'Aliada de la OSC', groupId })
      .expect(201);
    const member = await db.query(
      `SELECT gm.role FROM group_members gm JOIN people p ON p.id = gm.person_id WHERE p.email = 'aliada@osc.mx'`,
    );
    expect(member).toEqual([{ role: 'partner' }]);
    const partner = await t.login(DEMO.partner, 'Cocrea-2021');
    await t.http.post('/api/accounts/invitations').set('Authorization', partner).send({ email: 'x@osc.mx', name: 'Equis' }).expect(403);
    await t.http
      .post('/api/accounts/invitations')
      .set('Authorization', partner)
      .send({ email: 'x@osc.mx', name: 'Equis', groupId })
      .expect(403);
  });

  it('ends the sessions of a person whose commission role changes', async () => {
    const secretary = await t.login(DEMO.secretary);
    const commissioner = await t.login(DEMO.commissioner);
    const [member] = (await db.query(
      `SELECT cm.id, cm.commission_id FROM commission_members cm JOIN people p ON p.id = cm.person_id WHERE p.email = $1`,
      [DEMO.commissioner],
    )) as Array<{ id: string; commission_id: string }>;
    await t.http
      .patch(`/api/commissions/${member.commission_id}/members/${member.id}`)
      .set('Authorization', secretary)
      .send({ role: 'observer' })
      .expect(200);
    await t.http.get('/api/auth/me').set('Authorization', commissioner).expect(401);
  });

  it('gathers the kinds a person chose for the digest into one mail once the oldest waits a day', async () => {
    const secretary = await t.login(DEMO.secretary);
    await t.http.put('/api/notifications/preferences').set('Authorization', secretary).send({ meeting_convened: 'digest' }).expect(200);
    const [{ id }] = await db.query(`SELECT id FROM people WHERE email = $1`, [DEMO.secretary]);
    await db.query(
      `INSERT INTO notifications (person_id, kind, title, body, link, created_at) VALUES
         ($1, 'meeting_convened', 'Convocatoria: Sesión A', 'x', '/sessions/a', now() - interval '1 hour'),
         ($1, 'meeting_convened', 'Convocatoria: Sesión B', 'y', NULL, now())`,
      [id],
    );
    // A day later than now, so the app's own mail worker (which rounds at the real now) cannot take the digest first.
    const dayLater = new Date(Date.now() + 24 * 3_600_000);
    const digests = t.app.get(DigestService);
    expect(await digests.queueDue(new Date(Date.now() + 22 * 3_600_000))).toBe(0);
    expect(await digests.queueDue(dayLater)).toBe(1);
    expect(await digests.queueDue(dayLater)).toBe(0);
    t.app.get(OutboxService).wake();
    const mail = await sink.waitFor(DEMO.secretary, /Resumen diario/);
    const text = mimeParts(mail.raw).find((p) => p.contentType === 'text/plain')?.body ?? '';
    expect(text).toContain('Convocatoria: Sesión A (http://cocrea.test/sessions/a)');
    expect(text).toContain('Convocatoria: Sesión B');
  });
});
