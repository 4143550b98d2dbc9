import { CastBallotAck, CastBallotRequest, LIVE_NAMESPACE, LiveEvents, PollState } from '@cocrea/contracts';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { createPoll, minutesItem, OpenSession, openSessionWithProxy, PROXIED_MEMBER, yesOf } from './testing/voting-fixtures';

/**
 * `poll:cast`, a ballot over the voter's signed-in live socket: the same checks, problems and receipts as
 * `POST /api/polls/:id/ballots`, acknowledged only once its batch has committed.
 */
describe('casting a ballot over the live socket (poll:cast)', () => {
  let t: TestApp;
  let s: OpenSession;
  let sql: DataSource;
  let url: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const secretary = await t.login(DEMO.secretary);
    const commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id as string;
    s = await openSessionWithProxy(t, secretary, commissionId);
    sql = t.app.get(DataSource);
  }, 300_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t?.close();
  });

  const person = (name: string) => s.ids.get(name) as string;
  const openPoll = async (subject: string): Promise<PollState> => {
    const poll = await createPoll(t, s.as.secretary, s.meeting.meeting.id, { agendaItemId: minutesItem(s.meeting), subject });
    await t.http.post(`/api/polls/${poll.id}/open`).set('Authorization', s.as.secretary).send({}).expect(200);
    return poll;
  };
  /** A live socket signed in with `auth` ("Bearer …"), connected. */
  const socketOf = async (auth: string): Promise<Socket> => {
    const socket = io(`${url}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: { token: auth.replace(/^Bearer /, '') },
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('connect_error', reject));
    return socket;
  };
  const cast = (socket: Socket, request: CastBallotRequest) => socket.emitWithAck(LiveEvents.cast, request) as Promise<CastBallotAck>;
  /** A login session per member, stored as the login route stores it. */
  const loginOf = async (name: string) => {
    const token = randomBytes(32).toString('hex');
    await sql.query(`INSERT INTO auth_sessions (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      createHash('sha256').update(token).digest('hex'),
      person(name),
    ]);
    return `Bearer ${token}`;
  };
  const stored = async (pollId: string) =>
    (await sql.query(`SELECT count(*)::int AS n FROM voting_right_uses WHERE poll_id = $1`, [pollId]))[0].n as number;

  it('answers the receipt only once the ballot is stored, and a retry of it with the same receipt', async () => {
    const poll = await openPoll('Por el socket');
    const socket = await socketOf(s.as.commissioner);
    const me = person('Mariana Contreras Soto');
    const ballot = { pollId: poll.id, memberPersonId: me, optionId: yesOf(poll), idempotencyKey: randomUUID() };

    const first = await cast(socket, ballot);
    expect(first).toMatchObject({ ok: true, receipt: { pollId: poll.id, memberPersonId: me, replayed: false } });
    expect(await stored(poll.id)).toBe(1);
    const again = await cast(socket, ballot);
    expect(again).toEqual({ ok: true, receipt: { ...(first as { receipt: object }).receipt, replayed: true } });
    expect(await stored(poll.id)).toBe(1);
  });

  it('refuses with the problem the REST route answers: no right, not in the room, bad input', async () => {
    const poll = await openPoll('Rechazos');
    const body = { memberPersonId: person('Mariana Contreras Soto'), optionId: yesOf(poll), idempotencyKey: randomUUID() };
    // The chair casting for another member's right, and a partner who is not in the session's room.
    for (const auth of [s.as.chair, s.as.partner]) {
      const overHttp = await t.http.post(`/api/polls/${poll.id}/ballots`).set('Authorization', auth).send(body);
      const overSocket = await cast(await socketOf(auth), { pollId: poll.id, ...body });
      expect(overSocket).toEqual({ ok: false, problem: expect.objectContaining({ status: overHttp.status, code: overHttp.body.code }) });
    }
    const refused = await cast(await socketOf(s.as.partner), { pollId: poll.id, ...body });
    expect(refused).toMatchObject({ ok: false, problem: { status: 403, code: 'not_in_meeting' } });
    const invalid = await cast(await socketOf(s.as.commissioner), { pollId: 'nope', ...body, idempotencyKey: 'short' });
    expect(invalid).toMatchObject({ ok: false, problem: { status: 400, code: 'validation_failed' } });
    expect((invalid as { problem: { errors: Array<{ path: string }> } }).problem.errors.map((e) => e.path).sort()).toEqual([
      'idempotencyKey',
      'pollId',
    ]);
    expect(await stored(poll.id)).toBe(0);
  });

  it('lets a proxy vote once for the member they represent, whichever way the second ballot comes', async () => {
    const poll = await openPoll('Representación');
    const proxied = person(PROXIED_MEMBER);
    const socket = await socketOf(s.as.representative);
    const first = await cast(socket, { pollId: poll.id, memberPersonId: proxied, optionId: yesOf(poll), idempotencyKey: randomUUID() });
    expect(first).toMatchObject({ ok: true, receipt: { memberPersonId: proxied, replayed: false } });
    const second = await cast(socket, { pollId: poll.id, memberPersonId: proxied, optionId: yesOf(poll), idempotencyKey: randomUUID() });
    expect(second).toMatchObject({ ok: false, problem: { status: 409, code: 'ballot_conflict' } });
    await t.http
      .post(`/api/polls/${poll.id}/ballots`)
      .set('Authorization', s.as.representative)
      .send({ memberPersonId: proxied, optionId: yesOf(poll), idempotencyKey: randomUUID() })
      .expect(409);
    expect(await stored(poll.id)).toBe(1);
  });

  it('acknowledges none of the ballots of a batch that fails midway, and takes each on its retry', async () => {
    const poll = await openPoll('Falla por el socket');
    const [first, ...names] = s.present.slice(3, 14);
    const voters = await Promise.all(names.map(async (name) => ({ socket: await socketOf(await loginOf(name)), personId: person(name) })));
    // A first batch commits, so the next one is written on the head this instance remembers, in one statement.
    const warm = await cast(await socketOf(await loginOf(first)), {
      pollId: poll.id,
      memberPersonId: person(first),
      optionId: yesOf(poll),
      idempotencyKey: randomUUID(),
    });
    expect(warm.ok).toBe(true);
    const keys = voters.map(() => randomUUID());
    const send = () =>
      Promise.all(
        voters.map((v, i) =>
          cast(v.socket, { pollId: poll.id, memberPersonId: v.personId, optionId: yesOf(poll), idempotencyKey: keys[i] }),
        ),
      );
    await sql.query(`CREATE FUNCTION test_fail_socket_chain() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await sql.query(
      `CREATE TRIGGER test_fail_socket_chain BEFORE INSERT ON poll_audit_events FOR EACH ROW EXECUTE FUNCTION test_fail_socket_chain()`,
    );
    const failed = await send();
    expect(failed.map((a) => (a.ok ? 'receipt' : a.problem.status))).toEqual(voters.map(() => 500));
    expect(await stored(poll.id)).toBe(1);

    await sql.query(`DROP TRIGGER test_fail_socket_chain ON poll_audit_events`);
    const retried = await send();
    expect(retried.map((a) => a.ok && !a.receipt.replayed)).toEqual(voters.map(() => true));
    expect(await stored(poll.id)).toBe(1 + voters.length);
    expect((await t.http.get(`/api/public/polls/${poll.id}/verify`).expect(200)).body).toMatchObject({ intact: true });
  }, 120_000);
});
