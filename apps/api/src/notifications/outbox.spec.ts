import { DataSource } from 'typeorm';
import { createMeeting, seedCall } from '../meetings/testing/meeting-fixtures';
import { mimeParts, SmtpSink, startSmtpSink } from '../testing/smtp-sink';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { backoffSeconds, OutboxWorker } from './outbox-worker';

describe('mail outbox', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ seed: true, env: { SMTP_URL: sink.url, MAIL_POLL_MS: '3600000', APP_URL: 'http://cocrea.test' } });
    admin = await t.login(DEMO.admin);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('waits longer after each failed try, up to six hours', () => {
    expect([1, 2, 3, 20].map(backoffSeconds)).toEqual([30, 60, 120, 6 * 3600]);
  });

  it('mails the call in each member’s language with a valid calendar file, except to who chose the app only', async () => {
    const secretary = await t.login(DEMO.secretary);
    const commissioner = await t.login(DEMO.commissioner);
    await t.http.put('/api/notifications/preferences').set('Authorization', commissioner).send({ meeting_convened: 'app' }).expect(200);
    await t.http
      .patch('/api/auth/me')
      .set('Authorization', await t.login(DEMO.chair))
      .send({ locale: 'en' })
      .expect(200);
    const commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id as string;
    const scheduledAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const meeting = await createMeeting(
      t,
      secretary,
      commissionId,
      seedCall({ pastRecord: false, scheduledAt, title: 'Segunda Sesión Ordinaria' }),
    );
    await t.http.post(`/api/meetings/${meeting.meeting.id}/convene`).set('Authorization', secretary).send({}).expect(200);
    await t.app.get(OutboxWorker).tick();

    const spanish = await sink.waitFor(DEMO.secretary, /Convocatoria/);
    const parts = mimeParts(spanish.raw);
    const ics = parts.find((p) => p.contentType === 'text/calendar');
    expect(ics?.body).toMatch(/BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT[\s\S]*END:VEVENT[\s\S]*END:VCALENDAR/);
    expect(ics?.body).toContain(`DTSTART:${scheduledAt.slice(0, 19).replace(/[-:]/g, '')}Z`);
    expect(ics?.body).toContain(`UID:${meeting.meeting.id}@cocrea`);
    expect(parts.find((p) => p.contentType === 'text/plain')?.body).toContain(`http://cocrea.test/sessions/${meeting.meeting.id}`);
    expect(parts.some((p) => p.contentType === 'text/html')).toBe(true);
    expect(
      mimeParts((await sink.waitFor(DEMO.chair, /You are called to the Segunda/)).raw).some((p) => p.contentType === 'text/calendar'),
    ).toBe(true);
    expect(sink.received.some((m) => m.to.includes(DEMO.commissioner))).toBe(false);
  });

  it('keeps a mail the server did not take, with its error, and retries it later with back-off', async () => {
    await sink.close();
    await t.http.post('/api/accounts/password-reset').send({ email: DEMO.commissioner }).expect(202);
    await t.app.get(OutboxWorker).tick();
    const list = await t.http.get('/api/mail/outbox?state=pending').set('Authorization', admin).expect(200);
    const [mail] = list.body.items;
    expect(mail).toMatchObject({ kind: 'password_reset', to: DEMO.commissioner, state: 'pending', attempts: 1 });
    expect(mail.lastError).toEqual(expect.any(String));
    expect(new Date(mail.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect(mail).not.toHaveProperty('text');
  });

  it('hands a mail whose claim lapsed (its worker died) to the next round', async () => {
    const db = t.app.get(DataSource);
    await db.query(`UPDATE mail_outbox SET state = 'sending', next_attempt_at = now() - interval '1 second' WHERE kind = 'password_reset'`);
    await t.app.get(OutboxWorker).tick();
    const [row] = await db.query(`SELECT state, attempts FROM mail_outbox WHERE kind = 'password_reset'`);
    expect(row).toEqual({ state: 'pending', attempts: 2 });
  });

  it('shows the outbox to admins only', async () => {
    await t.http
      .get('/api/mail/outbox')
      .set('Authorization', await t.login(DEMO.secretary))
      .expect(403);
  });

  it('refuses an unknown delivery choice', async () => {
    const commissioner = await t.login(DEMO.commissioner);
    await t.http.put('/api/notifications/preferences').set('Authorization', commissioner).send({ meeting_convened: 'never' }).expect(400);
  });
});
