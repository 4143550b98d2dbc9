import { BallotReceipt, PollState } from '@cocrea/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startSeededOnServer, startTestApp, TestApp } from '../testing/test-app';
import { DEMO } from '../testing/test-app';
import { createPoll, minutesItem, openSessionWithProxy, OpenSession, PROXIED_MEMBER, yesOf } from './testing/voting-fixtures';

/**
 * One ballot per voting right is the database's unique key, not a check before an insert: hundreds of attempts
 * with one right at once leave exactly one ballot. Runs on PGlite always, and also on the PostgreSQL server when
 * TEST_DATABASE_URL is set (CI), where the attempts truly interleave.
 */
const serverUrl = process.env['TEST_DATABASE_URL'];
const engines: Array<[string, () => Promise<TestApp>]> = [
  ['PGlite', () => startTestApp({ seed: true })],
  ...(serverUrl ? [['PostgreSQL', () => startSeededOnServer(serverUrl)] as [string, () => Promise<TestApp>]] : []),
];

describe.each(engines)('voting: concurrent ballots on %s', (_engine, start) => {
  let t: TestApp;
  let s: OpenSession;
  let sql: DataSource;

  beforeAll(async () => {
    t = await start();
    // One listening server for all the attempts (supertest would otherwise start one per request).
    await t.app.listen(0, '127.0.0.1');
    const secretary = await t.login(DEMO.secretary);
    const commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id as string;
    s = await openSessionWithProxy(t, secretary, commissionId);
    sql = t.app.get(DataSource);
  }, 60_000);
  afterAll(() => t?.close());

  const cast = (auth: string, pollId: string, memberPersonId: string, optionId: string, idempotencyKey: string) =>
    t.http.post(`/api/polls/${pollId}/ballots`).set('Authorization', auth).send({ memberPersonId, optionId, idempotencyKey });

  it('takes exactly one of 200 simultaneous ballots of one right (different keys): 1 × 201 and 199 × 409', async () => {
    const poll: PollState = await createPoll(t, s.as.secretary, s.meeting.meeting.id, {
      agendaItemId: minutesItem(s.meeting),
      subject: 'Carrera',
    });
    await t.http.post(`/api/polls/${poll.id}/open`).set('Authorization', s.as.secretary).expect(200);
    const member = s.ids.get(PROXIED_MEMBER) as string;
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => cast(s.as.representative, poll.id, member, yesOf(poll), `race-key-${i}-${poll.id}`)),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((code) => code === 201)).toHaveLength(1);
    expect(statuses.filter((code) => code === 409)).toHaveLength(199);
    expect(answers.filter((r) => r.status === 409).every((r) => r.body.code === 'ballot_conflict')).toBe(true);
    const [{ ballots }] = await sql.query('SELECT count(*)::int AS ballots FROM ballots WHERE poll_id = $1', [poll.id]);
    const [{ uses }] = await sql.query('SELECT count(*)::int AS uses FROM voting_right_uses WHERE poll_id = $1', [poll.id]);
    expect({ ballots, uses }).toEqual({ ballots: 1, uses: 1 });

    // The winner's retry, even many at once, gets its first answer and never a second row.
    const winner = answers.find((r) => r.status === 201)?.body as BallotReceipt;
    const winnerKey = answers.findIndex((r) => r.status === 201);
    const retries = await Promise.all(
      Array.from({ length: 20 }, () => cast(s.as.representative, poll.id, member, yesOf(poll), `race-key-${winnerKey}-${poll.id}`)),
    );
    expect(retries.every((r) => r.status === 201 && r.body.receipt === winner.receipt && r.body.replayed)).toBe(true);
    expect((await sql.query('SELECT count(*)::int AS n FROM ballots WHERE poll_id = $1', [poll.id]))[0].n).toBe(1);
    expect((await t.http.get(`/api/public/polls/${poll.id}/verify`).expect(200)).body).toMatchObject({ intact: true, events: 3 });
  }, 120_000);

  it('takes the ballots of every right at once, each committed, with one unbroken chain (no deadlock between them)', async () => {
    const poll: PollState = await createPoll(t, s.as.secretary, s.meeting.meeting.id, {
      agendaItemId: minutesItem(s.meeting),
      subject: 'Todos a la vez',
    });
    await t.http.post(`/api/polls/${poll.id}/open`).set('Authorization', s.as.secretary).expect(200);
    // A login session per present member, stored as the login route stores it.
    const voters = await Promise.all(
      s.present.map(async (name) => {
        const token = randomBytes(32).toString('hex');
        const personId = s.ids.get(name) as string;
        await sql.query(`INSERT INTO auth_sessions (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
          createHash('sha256').update(token).digest('hex'),
          personId,
        ]);
        return { auth: `Bearer ${token}`, personId };
      }),
    );
    const answers = await Promise.all([
      ...voters.map((v, i) => cast(v.auth, poll.id, v.personId, yesOf(poll), `all-${i}-${poll.id}`)),
      cast(s.as.representative, poll.id, s.ids.get(PROXIED_MEMBER) as string, yesOf(poll), `all-proxy-${poll.id}`),
    ]);
    expect(answers.filter((r) => r.status !== 201).map((r) => [r.status, r.body.code, r.body.detail])).toEqual([]);
    const closed = (await t.http.post(`/api/polls/${poll.id}/close`).set('Authorization', s.as.chair).expect(200)).body as PollState;
    expect(closed.result).toMatchObject({ passed: true, unanimous: true, yes: 23 });
    expect((await t.http.get(`/api/public/polls/${poll.id}/verify`).expect(200)).body).toMatchObject({ intact: true, events: 2 + 23 + 1 });
  }, 120_000);
});
