import { BallotReceipt, PollState } from '@cocrea/contracts';
import * as fc from 'fast-check';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { PollSnapshots, snapshotKey } from './poll-snapshots';
import { createPoll, fileLetter, minutesItem, OpenSession, openSessionWithProxy, PROXIED_MEMBER, yesOf } from './testing/voting-fixtures';
import { loadRoom, rightsOfRoom } from './voting-rights';

/**
 * The ballot path's two new parts on PGlite: the validation snapshot is never used behind a change of the room or the
 * poll, and a batch whose transaction fails midway answers none of its ballots, each of which can then be retried.
 */
describe('ballot batches and the validation snapshot', () => {
  let t: TestApp;
  let s: OpenSession;
  let sql: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    await t.app.listen(0, '127.0.0.1');
    const secretary = await t.login(DEMO.secretary);
    const commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id as string;
    s = await openSessionWithProxy(t, secretary, commissionId);
    sql = t.app.get(DataSource);
  }, 300_000);
  afterAll(() => t?.close());

  const meetingId = () => s.meeting.meeting.id;
  const person = (name: string) => s.ids.get(name) as string;
  const as = (auth: string, method: 'put' | 'post', path: string) => t.http[method](`/api${path}`).set('Authorization', auth);

  /** A login session per present member, stored as the login route stores it. */
  const sessionsOf = (names: string[]) =>
    Promise.all(
      names.map(async (name) => {
        const token = randomBytes(32).toString('hex');
        await sql.query(`INSERT INTO auth_sessions (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
          createHash('sha256').update(token).digest('hex'),
          person(name),
        ]);
        return { auth: `Bearer ${token}`, personId: person(name) };
      }),
    );

  it('answers none of the ballots of a batch that fails midway, stores none, and takes each on its retry', async () => {
    const poll: PollState = await createPoll(t, s.as.secretary, meetingId(), { agendaItemId: minutesItem(s.meeting), subject: 'Falla' });
    await as(s.as.secretary, 'post', `/polls/${poll.id}/open`).expect(200);
    const voters = await sessionsOf(s.present.slice(0, 12));
    // The rights' uses are inserted first; the chain's insert then fails, so the batch fails midway.
    await sql.query(`CREATE TABLE test_fail_chain (armed boolean)`);
    await sql.query(
      `CREATE FUNCTION test_fail_chain() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN IF EXISTS (SELECT 1 FROM test_fail_chain) THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`,
    );
    await sql.query(`CREATE TRIGGER test_fail_chain BEFORE INSERT ON poll_audit_events FOR EACH ROW EXECUTE FUNCTION test_fail_chain()`);
    await sql.query(`INSERT INTO test_fail_chain VALUES (true)`);
    const keys = voters.map(() => randomUUID());
    const send = () =>
      Promise.all(
        voters.map((v, i) =>
          as(v.auth, 'post', `/polls/${poll.id}/ballots`).send({
            memberPersonId: v.personId,
            optionId: yesOf(poll),
            idempotencyKey: keys[i],
          }),
        ),
      );
    const failed = await send();
    expect(failed.map((r) => r.status >= 500)).toEqual(voters.map(() => true));
    const count = async (table: string) => (await sql.query(`SELECT count(*)::int AS n FROM ${table} WHERE poll_id = $1`, [poll.id]))[0].n;
    expect({ uses: await count('voting_right_uses'), ballots: await count('ballots'), events: await count('poll_audit_events') }).toEqual({
      uses: 0,
      ballots: 0,
      events: 2,
    });

    await sql.query(`DELETE FROM test_fail_chain`);
    const retried = await send();
    expect(retried.map((r) => [r.status, (r.body as BallotReceipt).replayed])).toEqual(voters.map(() => [201, false]));
    const again = await send();
    expect(again.map((r) => (r.body as BallotReceipt).receipt)).toEqual(retried.map((r) => (r.body as BallotReceipt).receipt));
    expect(again.every((r) => r.status === 201 && (r.body as BallotReceipt).replayed)).toBe(true);
    expect({ uses: await count('voting_right_uses'), ballots: await count('ballots') }).toEqual({ uses: 12, ballots: 12 });
    expect((await t.http.get(`/api/public/polls/${poll.id}/verify`).expect(200)).body).toMatchObject({ intact: true, events: 2 + 12 });
    await sql.query(`DROP TRIGGER test_fail_chain ON poll_audit_events`);
    await as(s.as.chair, 'post', `/polls/${poll.id}/close`).send({}).expect(200);
  }, 300_000);

  it('never validates against a snapshot behind a change of attendance, recusal, representation or poll state', async () => {
    const snapshots = t.app.get(PollSnapshots);
    const poll: PollState = await createPoll(t, s.as.secretary, meetingId(), { agendaItemId: minutesItem(s.meeting), subject: 'Foto' });
    const jimena = (await sql.query(`SELECT id FROM people WHERE email = $1`, [DEMO.representative]))[0].id as string;
    const commissioner = person('Mariana Contreras Soto');
    const proxied = person(PROXIED_MEMBER);
    const recusable = s.present.slice(3, 9).map(person);
    const logins = new Map<string, string>();
    const loginOf = async (personId: string) => {
      if (!logins.has(personId))
        logins.set(personId, (await sessionsOf([[...s.ids].find(([, id]) => id === personId)?.[0] as string]))[0].auth);
      return logins.get(personId) as string;
    };

    /** Each kind of change to the room or the poll, through its route; a refused change (409) is fine, it changes nothing. */
    const change = fc.oneof(
      fc.constantFrom('present', 'absent', 'late').map((status) => ({
        what: `attendance ${status}`,
        run: () => as(s.as.secretary, 'put', `/meetings/${meetingId()}/attendance/${commissioner}`).send({ status }),
      })),
      fc.boolean().map((represented) => ({
        what: `proxy ${represented}`,
        run: () =>
          as(s.as.secretary, 'put', `/meetings/${meetingId()}/attendance/${proxied}`).send(
            represented ? { status: 'represented', representativePersonId: jimena } : { status: 'absent' },
          ),
      })),
      fc.constant({
        what: 'letter',
        run: async () => {
          await fileLetter(t, s.as.secretary, meetingId(), proxied, jimena, [minutesItem(s.meeting)]);
          return { status: 201 };
        },
      }),
      fc.constantFrom(...recusable).map((personId) => ({
        what: `recusal`,
        run: async () =>
          as(await loginOf(personId), 'post', `/meetings/${meetingId()}/recusals`).send({
            agendaItemId: minutesItem(s.meeting),
            reason: 'Interés',
          }),
      })),
      fc.constantFrom('open', 'close').map((action) => ({
        what: `poll ${action}`,
        run: () => as(s.as.chair, 'post', `/polls/${poll.id}/${action}`).send({}),
      })),
    );

    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), async (changes) => {
        for (const c of changes) {
          const before = await snapshots.current(poll.id);
          const answer = await c.run();
          const key = await snapshotKey(sql.manager, poll.id);
          if (answer.status < 300) expect({ change: c.what, dropped: !before.matches(key) }).toEqual({ change: c.what, dropped: true });
          const used = await snapshots.current(poll.id);
          const meeting = await sql.manager.findOneByOrFail(MeetingEntity, { id: meetingId() });
          const fresh = rightsOfRoom(await loadRoom(sql.manager, meeting), minutesItem(s.meeting), new Date());
          expect(used.rights()).toEqual(fresh);
          expect(used.key).toEqual(key);
        }
      }),
      { numRuns: 12, seed: 16 },
    );
  }, 600_000);
});
