import { DOCUMENT_FIELD, LIVE_NAMESPACE, LiveEvents, PollState } from '@cocrea/contracts';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { io, Socket } from 'socket.io-client';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { unsafeSettings } from '../database/durability';
import { call, loginToken, personId, votingScenario, VotingScenario } from '../testing/cluster/scenario';
import {
  apiProcess,
  ApiProcess,
  clusterAvailable,
  eventually,
  RedisServer,
  sleep,
  startRedis,
  startTempPostgres,
  TempPostgres,
} from '../testing/cluster/services';

/**
 * Faults on a two-instance deployment (real PostgreSQL, Redis and api processes on loopback): a killed api process,
 * a crashed database, a restarted Redis, a co-editor cut off. Each is bounded in time.
 */
const describeCluster = clusterAvailable() ? describe : describe.skip;

interface Ballot {
  personId: string;
  token: string;
  key: string;
}

describeCluster('faults on two api instances', () => {
  let postgres: TempPostgres;
  let redis: RedisServer;
  let a: ApiProcess;
  let b: ApiProcess;
  let sql: Client;
  const sockets: Socket[] = [];
  const providers: HocuspocusProvider[] = [];

  beforeAll(async () => {
    postgres = await startTempPostgres();
    postgres.psql('postgres', 'CREATE DATABASE cocrea');
    redis = await startRedis();
    const env = { DATABASE_URL: postgres.url('cocrea'), REDIS_URL: redis.url, SEED_DEMO: 'true' };
    a = await apiProcess(env);
    b = await apiProcess(env);
    await a.start();
    await b.start();
    sql = new Client({ connectionString: postgres.url('cocrea') });
    sql.on('error', () => undefined);
    await sql.connect();
  }, 600_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    for (const p of providers) p.destroy();
    await sql?.end().catch(() => undefined);
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    postgres?.destroy();
  }, 60_000);

  /** Sends one ballot; true when the api acknowledged it (201), false when the request failed on the way. */
  async function send(api: ApiProcess, scenario: VotingScenario, ballot: Ballot): Promise<boolean> {
    try {
      const response = await fetch(`${api.base}/api/polls/${scenario.pollId}/ballots`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ballot.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ memberPersonId: ballot.personId, optionId: scenario.yesOptionId, idempotencyKey: ballot.key }),
        signal: AbortSignal.timeout(15_000),
      });
      await response.arrayBuffer();
      return response.status === 201;
    } catch {
      return false;
    }
  }

  /** Casts every ballot, `lanes` at a time; `during` runs once `after` ballots are acknowledged. */
  async function burst(api: ApiProcess, scenario: VotingScenario, ballots: Ballot[], after: number, during: () => Promise<void>) {
    const acked = new Set<string>();
    let next = 0;
    let fault: Promise<void> | undefined;
    const lane = async () => {
      while (next < ballots.length) {
        const ballot = ballots[next++];
        if (await send(api, scenario, ballot)) acked.add(ballot.personId);
        if (!fault && acked.size >= after) fault = during();
      }
    };
    await Promise.all(Array.from({ length: 10 }, lane));
    await fault;
    return acked;
  }

  const ballotsOf = (scenario: VotingScenario): Ballot[] => scenario.voters.map((v) => ({ ...v, key: randomUUID() }));

  async function storedPerVoter(pollId: string): Promise<Map<string, number>> {
    const rows = await sql.query<{ voter: string; n: number }>(
      'SELECT voter_person_id AS voter, count(*)::int AS n FROM ballots WHERE poll_id = $1 GROUP BY voter_person_id',
      [pollId],
    );
    return new Map(rows.rows.map((r) => [r.voter, r.n]));
  }

  // The server the run's other real-PostgreSQL tests use (`.ci/run` sets it; in CI it must be set).
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl && process.env['CI'] === 'true') throw new Error('CI needs TEST_DATABASE_URL');
  (serverUrl ? it : it.skip)('runs on a PostgreSQL server (TEST_DATABASE_URL) with fsync, synchronous_commit and full_page_writes on', async () => {
    const server = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
    await server.connect();
    try {
      expect(await unsafeSettings({ query: (text: string, params?: unknown[]) => server.query(text, params).then((r) => r.rows) })).toEqual([]);
    } finally {
      await server.end();
    }
  });

  it('refuses to start an api on a PostgreSQL server with fsync off, before migrating anything', async () => {
    postgres.psql('postgres', 'CREATE DATABASE unsafe');
    postgres.psql('postgres', 'ALTER SYSTEM SET fsync = off');
    postgres.psql('postgres', 'SELECT pg_reload_conf()');
    const unsafe = await apiProcess({ DATABASE_URL: postgres.url('unsafe'), SEED_DEMO: 'false' });
    try {
      await expect(unsafe.start()).rejects.toThrow(/api exited with 1/);
      expect(postgres.psql('unsafe', "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").trim()).toBe('0');
    } finally {
      await unsafe.stop();
      postgres.psql('postgres', 'ALTER SYSTEM RESET fsync');
      postgres.psql('postgres', 'SELECT pg_reload_conf()');
    }
  }, 300_000);

  it('stores every acknowledged ballot exactly once when an api process is killed (-9) mid-burst of 500', async () => {
    const scenario = await votingScenario(a.base, sql, 500, 'Caída del proceso');
    const ballots = ballotsOf(scenario);
    const acked = await burst(a, scenario, ballots, 150, () => a.kill());
    expect(acked.size).toBeGreaterThanOrEqual(150);
    expect(acked.size).toBeLessThan(500);
    await a.start();
    const stored = await storedPerVoter(scenario.pollId);
    for (const voter of acked) expect(stored.get(voter)).toBe(1);
    // The voters whose request was cut off retry with the same idempotency key: none is counted twice.
    for (const ballot of ballots) if (!acked.has(ballot.personId)) expect(await send(a, scenario, ballot)).toBe(true);
    const final = await storedPerVoter(scenario.pollId);
    expect(final.size).toBe(500);
    expect([...final.values()].every((n) => n === 1)).toBe(true);
    await call(b.base, 'POST', `/api/polls/${scenario.pollId}/close`, scenario.chair, {});
    const poll = await call<PollState>(b.base, 'GET', `/api/polls/${scenario.pollId}`, scenario.chair);
    expect(poll.voted).toBe(500);
    const verify = await call<{ intact: boolean }>(b.base, 'GET', `/api/public/polls/${scenario.pollId}/verify`);
    expect(verify.intact).toBe(true);
  }, 180_000);

  it('keeps every acknowledged ballot through a PostgreSQL crash, answers 503 problem+json meanwhile and recovers by itself', async () => {
    const scenario = await votingScenario(b.base, sql, 200, 'Caída de la base');
    const ballots = ballotsOf(scenario);
    let down: Response | undefined;
    const acked = await burst(b, scenario, ballots, 60, async () => {
      postgres.crash();
      down = await fetch(`${b.base}/api/polls/${scenario.pollId}`, { headers: { Authorization: `Bearer ${scenario.chair}` } });
    });
    expect(down?.status).toBe(503);
    expect(down?.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await down?.json()).toMatchObject({ status: 503, code: 'service_unavailable' });
    postgres.start();
    await eventually(
      () =>
        fetch(`${b.base}/api/polls/${scenario.pollId}`, { headers: { Authorization: `Bearer ${scenario.chair}` } }).then(
          (r) => r.status === 200,
        ),
      'the api to recover',
      30_000,
    );
    await sql.end().catch(() => undefined);
    sql = new Client({ connectionString: postgres.url('cocrea') });
    sql.on('error', () => undefined);
    await sql.connect();
    const stored = await storedPerVoter(scenario.pollId);
    for (const voter of acked) expect(stored.get(voter)).toBe(1);
    for (const ballot of ballots) if (!acked.has(ballot.personId)) expect(await send(b, scenario, ballot)).toBe(true);
    const verify = await call<{ intact: boolean }>(a.base, 'GET', `/api/public/polls/${scenario.pollId}/verify`);
    expect(verify.intact).toBe(true);
    expect((await storedPerVoter(scenario.pollId)).size).toBe(200);
  }, 120_000);

  it('brings live clients back to the current state after Redis restarts', async () => {
    const scenario = await votingScenario(a.base, sql, 3, 'Reinicio de Redis');
    // A client as the web app is: on every (re)connection it joins again and reloads the poll.
    const socket = io(`${b.base}${LIVE_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      auth: { token: scenario.chair },
      reconnectionDelay: 100,
    });
    sockets.push(socket);
    let latest: PollState | undefined;
    const keep = (poll: PollState) => {
      if (poll.id === scenario.pollId && (!latest || poll.version >= latest.version)) latest = poll;
    };
    socket.on(LiveEvents.poll, keep);
    socket.on('connect', () => {
      void socket
        .emitWithAck(LiveEvents.join, { meetingId: scenario.meetingId })
        .then(() => call<PollState>(b.base, 'GET', `/api/polls/${scenario.pollId}`, scenario.chair).then(keep, () => undefined));
    });
    await eventually(() => latest, 'the first poll state');
    await redis.stop();
    // Cast on A while Redis is away: this update cannot reach B's room through Redis.
    await call(a.base, 'POST', `/api/polls/${scenario.pollId}/ballots`, scenario.voters[0].token, {
      memberPersonId: scenario.voters[0].personId,
      optionId: scenario.yesOptionId,
      idempotencyKey: randomUUID(),
    });
    await sleep(500);
    await redis.start();
    await eventually(() => latest?.voted === 1, 'the current tally on B after Redis is back', 15_000);
    // And live fan-out works again.
    await call(a.base, 'POST', `/api/polls/${scenario.pollId}/ballots`, scenario.voters[1].token, {
      memberPersonId: scenario.voters[1].personId,
      optionId: scenario.yesOptionId,
      idempotencyKey: randomUUID(),
    });
    await eventually(() => latest?.voted === 2, 'the next tally through Redis', 10_000);
  }, 60_000);

  it('loses no text when a co-editing client is cut mid-edit and reconnects after others edited', async () => {
    const documentId = (
      await sql.query<{ id: string }>('SELECT id FROM documents WHERE title = $1', ['Diagnóstico de la situación de apertura (borrador)'])
    ).rows[0].id;
    const token = await loginToken(sql, await personId(sql, 'maria.nava@demo.cocrea.mx'));
    const open = async (api: ApiProcess, doc: Y.Doc) => {
      const socket = { url: `ws://127.0.0.1:${api.port}/collab`, WebSocketPolyfill: WebSocket };
      let provider!: HocuspocusProvider;
      await new Promise<void>((resolve, reject) => {
        provider = new HocuspocusProvider({
          ...socket,
          name: documentId,
          document: doc,
          token,
          onSynced: () => resolve(),
          onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
        });
      });
      providers.push(provider);
      return provider;
    };
    const typeAt = (doc: Y.Doc, text: string) =>
      ((doc.getXmlFragment(DOCUMENT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, text);
    const textOf = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FIELD).toString();

    const cutDoc = new Y.Doc();
    const cut = await open(a, cutDoc);
    const otherDoc = new Y.Doc();
    await open(b, otherDoc);
    // Cut off: the socket drops and the client types on while offline.
    cut.disconnect();
    const offline = `sin conexión ${randomUUID()}`;
    typeAt(cutDoc, offline);
    const meanwhile = `mientras tanto ${randomUUID()}`;
    typeAt(otherDoc, meanwhile);
    await sleep(300);
    await cut.connect();
    for (const doc of [cutDoc, otherDoc]) {
      await eventually(() => textOf(doc).includes(offline) && textOf(doc).includes(meanwhile), 'both edits on both clients');
    }
    // And stored: a fresh client on either instance after the debounced store sees both.
    await eventually(
      async () => {
        const rows = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM document_updates WHERE document_id = $1', [documentId]);
        return rows.rows[0].n > 0;
      },
      'the stored updates',
      15_000,
    );
    const fresh = new Y.Doc();
    await open(a, fresh);
    expect(textOf(fresh)).toContain(offline);
    expect(textOf(fresh)).toContain(meanwhile);
  }, 60_000);
});
