import { JoinAck, LIVE_NAMESPACE, LiveEvents, MeetingState } from '@cocrea/contracts';
import { AddressInfo } from 'node:net';
import { io, Socket } from 'socket.io-client';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthSessionEntity } from '../../auth/auth-session.entity';
import { DEMO, startAsSecretary, TestApp } from '../../testing/test-app';
import { MeetingsService } from '../meetings.service';
import { CALL_ISSUED, createMeeting, markPresent, memberIds } from '../testing/meeting-fixtures';

/** A real Socket.IO client that keeps every state it receives. */
interface Client {
  socket: Socket;
  states: MeetingState[];
  /** Resolves with the first state (received from now on, or already) that satisfies `test`. */
  until(test: (s: MeetingState) => boolean): Promise<MeetingState>;
  join(meetingId: string): Promise<JoinAck>;
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
  const waiters: Array<{ test: (s: MeetingState) => boolean; resolve: (s: MeetingState) => void }> = [];
  socket.on(LiveEvents.state, (state: MeetingState) => {
    states.push(state);
    for (const waiter of waiters.filter((w) => w.test(state))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(state);
    }
  });
  return {
    socket,
    states,
    until: (test) => {
      const seen = states.find(test);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ test, resolve }));
    },
    join: (meetingId) => socket.emitWithAck(LiveEvents.join, { meetingId }) as Promise<JoinAck>,
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
    expect(await a.join(meeting.id)).toEqual({ ok: true });
    expect(await b.join(meeting.id)).toEqual({ ok: true });
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
    expect(await again.join(meeting.id)).toEqual({ ok: true });
    const rejoined = await again.until((s) => s.meeting.id === meeting.id);
    expect(rejoined.version).toBe(latest.version);
    expect(rejoined.meeting.status).toBe('closed');
    expect(rejoined.speakers[0].status).toBe('done');
  });

  it('does not lose a change committed while a client joins', async () => {
    const { meeting } = await createMeeting(t, secretary, commissionId);
    const service = t.app.get(MeetingsService);
    const read = service.state.bind(service);
    // The change lands right after the joining socket's state was read, before that state reaches it.
    const spy = jest.spyOn(service, 'state').mockImplementationOnce(async (me, id) => {
      const state = await read(me, id);
      await t.http.post(`/api/meetings/${meeting.id}/convene`).set('Authorization', secretary).send(CALL_ISSUED).expect(200);
      return state;
    });
    const client = open({ token: bare(secretary) });
    expect(await client.join(meeting.id)).toEqual({ ok: true });
    spy.mockRestore();
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 2_000));
    const convened = await Promise.race([client.until((s) => s.meeting.status === 'convened'), timeout]);
    expect(convened?.meeting.status).toBe('convened');
  });

  it('refuses a join once the login session has ended, and drops the sockets of a session that logs out', async () => {
    const { meeting } = await createMeeting(t, secretary, commissionId);
    const auth = await t.login(DEMO.commissioner);
    const client = open({ token: bare(auth) });
    expect(await client.join(meeting.id)).toEqual({ ok: true });
    const dropped = new Promise<string>((resolve) => client.socket.on('disconnect', (reason) => resolve(reason)));
    await t.http.post('/api/auth/logout').set('Authorization', auth).expect(204);
    expect(await dropped).toBe('io server disconnect');

    // A socket whose login session expired (deleted here, as logout elsewhere would) is refused on its next join.
    const other = await t.login(DEMO.commissioner);
    const stale = open({ token: bare(other) });
    expect(await stale.join(meeting.id)).toEqual({ ok: true });
    await t.app
      .get(DataSource)
      .getRepository(AuthSessionEntity)
      .delete({ tokenHash: createHash('sha256').update(bare(other)).digest('hex') });
    expect(await stale.join(meeting.id)).toEqual({ ok: false, code: 'unauthenticated' });
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
