import {
  applyMeetingChange,
  BallotReceipt,
  JoinAck,
  LIVE_NAMESPACE,
  LiveEvents,
  MeetingChange,
  MeetingState,
  PollState,
} from '@cocrea/contracts';
import { AddressInfo } from 'node:net';
import { io, Socket } from 'socket.io-client';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthSessionEntity } from '../../auth/auth-session.entity';
import { DEMO, startAsSecretary, TestApp } from '../../testing/test-app';
import { MeetingsService } from '../meetings.service';
import { RoomStates } from './room-states';
import { CALL_ISSUED, createMeeting, markPresent, memberIds } from '../testing/meeting-fixtures';
import { SIGN_IN_TTL_MS } from '../../auth';
import { createPoll, minutesItem, openSessionWithProxy, yesOf } from '../../voting/testing/voting-fixtures';

/** A real Socket.IO client that keeps every state it receives or reaches by applying a change, as the web client does. */
interface Client {
  socket: Socket;
  states: MeetingState[];
  changes: MeetingChange[];
  /** Resolves with the first state (received from now on, or already) that satisfies `test`. */
  until(test: (s: MeetingState) => boolean): Promise<MeetingState>;
  join(meetingId: string, version?: number): Promise<JoinAck>;
}

function connect(url: string, options: { token?: string; origin?: string }): Client {
  const socket = io(`${url}${LIVE_NAMESPACE}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: options.token ? { token: options.token } : {},
    extraHeaders: options.origin ? { origin: options.origin } : {},
  });
  const states: MeetingState[] = [];
  const changes: MeetingChange[] = [];
  const waiters: Array<{ test: (s: MeetingState) => boolean; resolve: (s: MeetingState) => void }> = [];
  const hold = (state: MeetingState) => {
    states.push(state);
    for (const waiter of waiters.filter((w) => w.test(state))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(state);
    }
  };
  socket.on(LiveEvents.state, hold);
  socket.on(LiveEvents.change, (change: MeetingChange) => {
    changes.push(change);
    const last = [...states].reverse().find((s) => s.meeting.id === change.meetingId);
    const next = last && applyMeetingChange(last, change);
    if (next) hold(next);
  });
  return {
    socket,
    states,
    changes,
    until: (test) => {
      const seen = states.find(test);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ test, resolve }));
    },
    join: (meetingId, version) => socket.emitWithAck(LiveEvents.join, { meetingId, version }) as Promise<JoinAck>,
  };
}

const connectError = (client: Client) => new Promise<string>((resolve) => client.socket.on('connect_error', (e) => resolve(e.message)));

describe('live room of a session (/live)', () => {
  let t: TestApp;
  let secretary: string;
  let commissionId: string;
  let url: string;
  const clients: Client[] = [];
  const open = (options: { token?: string; origin?: string }) => {
    const client = connect(url, options);
    clients.push(client);
    return client;
  };
  const bare = (auth: string) => auth.replace(/^Bearer /, '');

  beforeAll(async () => {
    ({ t, secretary, commissionId } = await startAsSecretary());
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const c of clients) c.socket.disconnect();
    await t?.close();
  });

  it('refuses a handshake without a session, with a bad token, or from another origin', async () => {
    expect(await connectError(open({}))).toBe('unauthenticated');
    expect(await connectError(open({ token: 'not-a-token' }))).toBe('unauthenticated');
    expect(await connectError(open({ token: bare(secretary), origin: 'https://evil.example' }))).toBe('forbidden');
  });

  it('lets only people of the session into its room', async () => {
    const { meeting } = await createMeeting(t, secretary, commissionId);
    const partner = open({ token: bare(await t.login(DEMO.partner)) });
    expect(await partner.join(meeting.id)).toEqual({ ok: false, code: 'forbidden' });
    expect(await partner.join('00000000-0000-4000-8000-000000000000')).toEqual({ ok: false, code: 'not_found' });
    expect(await partner.join('nope')).toEqual({ ok: false, code: 'validation_failed' });
    expect(partner.states).toHaveLength(0);
  });

  it('shows two clients the same state after every change, and a reconnecting client the current one', async () => {
    const chair = await t.login(DEMO.chair);
    const commissioner = await t.login(DEMO.commissioner);
    const ids = await memberIds(t, secretary, commissionId);
    const { meeting } = await createMeeting(t, secretary, commissionId);

    const a = open({ token: bare(secretary) });
    const b = open({ token: bare(commissioner) });
    expect(await a.join(meeting.id)).toMatchObject({ ok: true });
    expect(await b.join(meeting.id)).toMatchObject({ ok: true });
    expect((await b.until((s) => s.meeting.id === meeting.id)).meeting.status).toBe('draft');

    await t.http.post(`/api/meetings/${meeting.id}/convene`).set('Authorization', secretary).send(CALL_ISSUED).expect(200);
    const names = [...ids.keys()].filter((n) => n !== 'Pedro Delfino Arzeta García').slice(0, 22);
    await markPresent(t, secretary, meeting.id, ids, [...names.slice(0, 21), 'Mariana Contreras Soto']);
    const quorumOnB = await b.until((s) => s.quorum.reached);
    const quorumOnA = await a.until((s) => s.quorum.reached);
    expect(quorumOnB).toEqual(quorumOnA);
    expect(quorumOnB.quorum).toMatchObject({ present: 22, required: 22 });

    await t.http.post(`/api/meetings/${meeting.id}/open`).set('Authorization', chair).expect(200);
    await t.http.post(`/api/meetings/${meeting.id}/speakers`).set('Authorization', commissioner).expect(201);
    const onA = await a.until((s) => s.speakers.length === 1);
    const entry = onA.speakers[0];
    expect(entry).toMatchObject({ name: 'Mariana Contreras Soto', status: 'waiting', limitSeconds: 180 });
    await t.http.post(`/api/meetings/${meeting.id}/speakers/${entry.id}/give`).set('Authorization', chair).expect(200);
    const speaking = await b.until((s) => s.speakers[0]?.status === 'speaking');
    expect(speaking.speakers[0].startedAt).not.toBeNull();
    // The room got what the command changed, not the whole state again.
    const gave = b.changes.find((c) => c.replaced?.speakers?.[0]?.status === 'speaking');
    expect(gave).toBeDefined();
    expect(Object.keys(gave?.replaced ?? {})).not.toContain('attendance');
    expect(Math.abs(Date.parse(speaking.serverTime) - Date.parse(speaking.speakers[0].startedAt as string))).toBeLessThan(5_000);
    // Versions only go up: a client can drop an older state that arrives late.
    const versions = b.states.filter((s) => s.meeting.id === meeting.id).map((s) => s.version);
    expect([...versions].sort((x, y) => x - y)).toEqual(versions);

    // b drops; changes happen while it is away; on reconnecting and joining it gets the current state at once.
    b.socket.disconnect();
    await t.http.post(`/api/meetings/${meeting.id}/speakers/${entry.id}/finish`).set('Authorization', chair).expect(200);
    await t.http.post(`/api/meetings/${meeting.id}/close`).set('Authorization', chair).expect(200);
    const latest = await a.until((s) => s.meeting.status === 'closed');
    const again = open({ token: bare(commissioner) });
    expect(await again.join(meeting.id)).toMatchObject({ ok: true });
    const rejoined = await again.until((s) => s.meeting.id === meeting.id);
    expect(rejoined.version).toBe(latest.version);
    expect(rejoined.meeting.status).toBe('closed');
    expect(rejoined.speakers[0].status).toBe('done');
  });

  it('does not lose a change committed while a client joins', async () => {
    const { meeting } = await createMeeting(t, secretary, commissionId);
    const service = t.app.get(MeetingsService);
    const read = service.catchUp.bind(service);
    // The change lands right after the joining socket's state was read, before that state reaches it.
    const spy = jest.spyOn(service, 'catchUp').mockImplementationOnce(async (id, since) => {
      const state = await read(id, since);
      await t.http.post(`/api/meetings/${meeting.id}/convene`).set('Authorization', secretary).send(CALL_ISSUED).expect(200);
      return state;
    });
    const client = open({ token: bare(secretary) });
    expect(await client.join(meeting.id)).toMatchObject({ ok: true });
    spy.mockRestore();
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 2_000));
    const convened = await Promise.race([client.until((s) => s.meeting.status === 'convened'), timeout]);
    expect(convened?.meeting.status).toBe('convened');
  });

  it('sends a check-in as a small change, and answers a rejoin with nothing, the changes since, or the state', async () => {
    const ids = await memberIds(t, secretary, commissionId);
    const { meeting } = await createMeeting(t, secretary, commissionId);
    await t.http.post(`/api/meetings/${meeting.id}/convene`).set('Authorization', secretary).send(CALL_ISSUED).expect(200);
    const watcher = open({ token: bare(secretary) });
    const joined = await watcher.join(meeting.id);
    expect(joined).toMatchObject({ ok: true, sent: 'state' });
    const held = await watcher.until((s) => s.meeting.id === meeting.id);

    const [first, second] = [...ids.values()];
    const checkIn = (personId: string) =>
      t.http
        .put(`/api/meetings/${meeting.id}/attendance/${personId}`)
        .set('Authorization', secretary)
        .send({ status: 'present' })
        .expect(200);
    const answer = (await checkIn(first)).body as MeetingChange;
    expect(answer).toMatchObject({ from: held.version, version: held.version + 1, quorum: { present: 1 } });
    expect(answer.attendance).toEqual([expect.objectContaining({ personId: first, status: 'present' })]);
    await checkIn(second);
    const current = await watcher.until((s) => s.version === held.version + 2);
    expect(watcher.states.filter((s) => s.meeting.id === meeting.id)).toHaveLength(3);
    // Applying the changes gave exactly the state a fresh read gives (but for its clock).
    const fresh = (await t.http.get(`/api/meetings/${meeting.id}`).set('Authorization', secretary).expect(200)).body as MeetingState;
    expect({ ...current, serverTime: '' }).toEqual({ ...fresh, serverTime: '' });

    const rejoin = open({ token: bare(secretary) });
    expect(await rejoin.join(meeting.id, current.version)).toMatchObject({ ok: true, sent: 'unchanged', version: current.version });
    expect(await rejoin.join(meeting.id, held.version)).toMatchObject({ ok: true, sent: 'changes', version: current.version });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(rejoin.changes.map((c) => c.version)).toEqual([held.version + 1, held.version + 2]);
    expect(rejoin.states).toHaveLength(0);
    // Older than the changes this instance kept (here: none kept): the full state.
    t.app.get(RoomStates).forget(meeting.id);
    expect(await rejoin.join(meeting.id, held.version)).toMatchObject({ ok: true, sent: 'state', version: current.version });
    expect((await rejoin.until((s) => s.meeting.id === meeting.id)).version).toBe(current.version);
  });

  it('writes a burst of check-ins in fewer changes, ending every socket on the state and quorum the database holds', async () => {
    const ids = [...(await memberIds(t, secretary, commissionId)).values()].slice(0, 30);
    const { meeting } = await createMeeting(t, secretary, commissionId);
    await t.http.post(`/api/meetings/${meeting.id}/convene`).set('Authorization', secretary).send(CALL_ISSUED).expect(200);
    const watchers = [open({ token: bare(secretary) }), open({ token: bare(await t.login(DEMO.commissioner)) })];
    for (const w of watchers) expect(await w.join(meeting.id)).toMatchObject({ ok: true, sent: 'state' });
    const held = await watchers[0].until((s) => s.meeting.id === meeting.id);

    // 30 check-ins at once (the last five change their own earlier status): one answer each, every one committed.
    const sent = [...ids.map((id) => ({ id, status: 'present' })), ...ids.slice(0, 5).map((id) => ({ id, status: 'late' }))];
    const answers = (
      await Promise.all(
        sent.map(({ id, status }) =>
          t.http.put(`/api/meetings/${meeting.id}/attendance/${id}`).set('Authorization', secretary).send({ status }).expect(200),
        ),
      )
    ).map((r) => r.body as MeetingChange);
    for (const [i, answer] of answers.entries()) expect(answer.attendance.map((row) => row.personId)).toContain(sent[i].id);
    const versions = new Set(answers.map((a) => a.version));
    expect(versions.size).toBeLessThan(sent.length);
    const last = Math.max(...versions);

    const fresh = (await t.http.get(`/api/meetings/${meeting.id}`).set('Authorization', secretary).expect(200)).body as MeetingState;
    expect(fresh.version).toBe(last);
    expect(fresh.quorum.present).toBe(30);
    expect(fresh.attendance.filter((row) => row.status === 'late').map((row) => row.personId)).toEqual(
      expect.arrayContaining(ids.slice(0, 5)),
    );
    const [{ n }] = (await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM attendances WHERE meeting_id = $1 AND status IN ('present', 'late')`, [meeting.id])) as [
      { n: number },
    ];
    expect(n).toBe(30);
    for (const w of watchers) {
      const final = await w.until((s) => s.meeting.id === meeting.id && s.version === last);
      expect({ ...final, serverTime: '' }).toEqual({ ...fresh, serverTime: '' });
      // Each change of the room reached it once, in order, from the version it held.
      const seen = w.changes.filter((c) => c.meetingId === meeting.id && c.from >= held.version);
      expect(seen.map((c) => c.from)).toEqual([held.version, ...seen.slice(0, -1).map((c) => c.version)]);
    }
    // The trail took one link per change and still describes the stored record.
    const audit = (await t.http.get(`/api/meetings/${meeting.id}/audit`).set('Authorization', secretary).expect(200)).body;
    expect(audit).toMatchObject({ chain: { ok: true }, matchesRecord: true });
  });

  it('answers a rejoin with the polls that moved and the receipts of the ballots recorded, and nothing else', async () => {
    const s = await openSessionWithProxy(t, secretary, commissionId);
    const meetingId = s.meeting.meeting.id;
    const poll = await createPoll(t, secretary, meetingId, { agendaItemId: minutesItem(s.meeting), subject: 'Acta', method: 'named' });
    const opened = (await t.http.post(`/api/polls/${poll.id}/open`).set('Authorization', s.as.chair).expect(200)).body as PollState;
    const me = (await t.http.get('/api/auth/me').set('Authorization', s.as.commissioner).expect(200)).body as { id: string };
    const ballot = { pollId: poll.id, memberPersonId: me.id, idempotencyKey: 'clave-de-la-boleta-1' };
    const cast = (
      await t.http
        .post(`/api/polls/${poll.id}/ballots`)
        .set('Authorization', s.as.commissioner)
        .send({ memberPersonId: me.id, optionId: yesOf(opened), idempotencyKey: ballot.idempotencyKey })
        .expect(201)
    ).body as BallotReceipt;
    const current = (await t.http.get(`/api/polls/${poll.id}`).set('Authorization', s.as.commissioner).expect(200)).body as PollState;
    const room = (await t.http.get(`/api/meetings/${meetingId}`).set('Authorization', s.as.commissioner).expect(200)).body as MeetingState;

    const voter = open({ token: bare(s.as.commissioner) });
    // Holding the current version of everything: unchanged, no poll, and the ballot's receipt as the replay answers it.
    const same = (await voter.socket.emitWithAck(LiveEvents.join, {
      meetingId,
      version: room.version,
      polls: { [poll.id]: current.version },
      ballots: [ballot],
    })) as JoinAck;
    expect(same).toMatchObject({ ok: true, sent: 'unchanged', polls: [], receipts: [{ ...cast, replayed: true }] });
    // Holding an older poll and a ballot with another key: the poll as the room gets it (counts, no names while open), no receipt.
    const behind = (await voter.socket.emitWithAck(LiveEvents.join, {
      meetingId,
      version: room.version,
      polls: { [poll.id]: opened.version },
      ballots: [{ ...ballot, idempotencyKey: 'otra-clave' }],
    })) as JoinAck;
    expect(behind).toMatchObject({ ok: true, sent: 'unchanged', receipts: [] });
    const polls = behind.ok ? (behind.polls ?? []) : [];
    expect(polls.map((p) => [p.id, p.version, p.voted, p.namedVotes])).toEqual([[poll.id, current.version, 1, null]]);
    // Another person naming the same ballot gets no receipt: only the caster's own ballots are answered.
    const other = open({ token: bare(s.as.chair) });
    expect(await other.socket.emitWithAck(LiveEvents.join, { meetingId, ballots: [ballot] })).toMatchObject({ ok: true, receipts: [] });
    // A join that names no polls gets none (the first join of a page that reads them over REST).
    expect(await voter.join(meetingId, room.version)).not.toHaveProperty('polls');
  });

  it('refuses a join once the login session has ended, and drops the sockets of a session that logs out', async () => {
    const { meeting } = await createMeeting(t, secretary, commissionId);
    const auth = await t.login(DEMO.commissioner);
    const client = open({ token: bare(auth) });
    expect(await client.join(meeting.id)).toMatchObject({ ok: true });
    const dropped = new Promise<string>((resolve) => client.socket.on('disconnect', (reason) => resolve(reason)));
    await t.http.post('/api/auth/logout').set('Authorization', auth).expect(204);
    expect(await dropped).toBe('io server disconnect');

    // A socket whose login session expired (deleted here, as logout elsewhere would) is refused on its next join.
    const other = await t.login(DEMO.commissioner);
    const stale = open({ token: bare(other) });
    expect(await stale.join(meeting.id)).toMatchObject({ ok: true });
    await t.app
      .get(DataSource)
      .getRepository(AuthSessionEntity)
      .delete({ tokenHash: createHash('sha256').update(bare(other)).digest('hex') });
    // Deleted behind the api's back: seen once this instance's few seconds of cached sign-in are over.
    t.clock.advance(SIGN_IN_TTL_MS + 1);
    const refused = await stale.join(meeting.id);
    t.clock.release();
    expect(refused).toEqual({ ok: false, code: 'unauthenticated' });
  });

  it('reads the session cookie of a same-origin browser handshake', async () => {
    const login = await t.http.post('/api/auth/login').send({ email: DEMO.commissioner, password: 'Cocrea-2021' }).expect(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const socket = io(`${url}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie, origin: url },
    });
    clients.push({ socket } as Client);
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    expect(socket.connected).toBe(true);
  });
});
