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
    for (const p of providers) {
      p.destroy();
      // A reconnect the provider scheduled before it was destroyed would retry forever against a stopped instance.
      p.configuration.websocketProvider.connect = async () => undefined;
    }
    await sql?.end().catch(() => undefined);
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    postgres?.destroy();
  }, 60_000);

  /** What one ballot request got: its status and content type, or `status: null` when it failed on the way. */
  interface Outcome {
    status: number | null;
    contentType: string | null;
  }

  async function send(api: ApiProcess, scenario: VotingScenario, ballot: Ballot): Promise<Outcome> {
    try {
      const response = await fetch(`${api.base}/api/polls/${scenario.pollId}/ballots`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ballot.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ memberPersonId: ballot.personId, optionId: scenario.yesOptionId, idempotencyKey: ballot.key }),
        signal: AbortSignal.timeout(15_000),
      });
      await response.arrayBuffer();
      return { status: response.status, contentType: response.headers.get('content-type') };
    } catch {
      return { status: null, contentType: null };
    }
  }

  /**
   * Casts every ballot, 10 lanes at a time; `during` runs once `after` ballots are acknowledged. Returns the voters
   * acknowledged (201) and every answer that was not a 201.
   */
  async function burst(api: ApiProcess, scenario: VotingScenario, ballots: Ballot[], after: number, during: () => Promise<void>) {
    const acked = new Set<string>();
    const refused: Outcome[] = [];
    let next = 0;
    let fault: Promise<void> | undefined;
    const lane = async () => {
      while (next < ballots.length) {
        const ballot = ballots[next++];
        const outcome = await send(api, scenario, ballot);
        if (outcome.status === 201) acked.add(ballot.personId);
        else if (outcome.status !== null) refused.push(outcome);
        if (!fault && acked.size >= after) fault = during();
      }
    };
    await Promise.all(Array.from({ length: 10 }, lane));
    await fault;
    return { acked, refused };
  }

  /** The voters whose request was cut off retry with the same idempotency key (10 lanes); the statuses they get. */
  async function retry(api: ApiProcess, scenario: VotingScenario, ballots: Ballot[], acked: Set<string>): Promise<(number | null)[]> {
    const pending = ballots.filter((ballot) => !acked.has(ballot.personId));
    const statuses: (number | null)[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, lane) => {
        for (let i = lane; i < pending.length; i += 10) statuses.push((await send(api, scenario, pending[i])).status);
      }),
    );
    return statuses;
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
  (serverUrl ? it : it.skip)(
    'runs on a PostgreSQL server (TEST_DATABASE_URL) with fsync, synchronous_commit and full_page_writes on',
    async () => {
      const server = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
      await server.connect();
      try {
        expect(
          await unsafeSettings({ query: (text: string, params?: unknown[]) => server.query(text, params).then((r) => r.rows) }),
        ).toEqual([]);
      } finally {
        await server.end();
      }
    },
  );

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
    const { acked } = await burst(a, scenario, ballots, 150, () => a.kill());
    expect(acked.size).toBeGreaterThanOrEqual(150);
    expect(acked.size).toBeLessThan(500);
    await a.start();
    const stored = await storedPerVoter(scenario.pollId);
    for (const voter of acked) expect(stored.get(voter)).toBe(1);
    // The voters whose request was cut off retry with the same idempotency key: none is counted twice.
    expect((await retry(a, scenario, ballots, acked)).every((status) => status === 201)).toBe(true);
    const final = await storedPerVoter(scenario.pollId);
    expect(final.size).toBe(500);
    expect([...final.values()].every((n) => n === 1)).toBe(true);
    await call(b.base, 'POST', `/api/polls/${scenario.pollId}/close`, scenario.chair, {});
    const poll = await call<PollState>(b.base, 'GET', `/api/polls/${scenario.pollId}`, scenario.chair);
    expect(poll.voted).toBe(500);
    const verify = await call<{ intact: boolean }>(b.base, 'GET', `/api/public/polls/${scenario.pollId}/verify`);
    expect(verify.intact).toBe(true);
    // One api start (up to 240 s on a loaded machine) plus the burst and the retries.
  }, 420_000);

  it('keeps every acknowledged ballot through a PostgreSQL crash, answers 503 problem+json meanwhile and recovers by itself', async () => {
    const scenario = await votingScenario(b.base, sql, 200, 'Caída de la base');
    const ballots = ballotsOf(scenario);
    let down: Response | undefined;
    const { acked, refused } = await burst(b, scenario, ballots, 60, async () => {
      postgres.crash();
      down = await fetch(`${b.base}/api/polls/${scenario.pollId}`, { headers: { Authorization: `Bearer ${scenario.chair}` } });
    });
    const upWhileDown = b.alive();
    // Back first, so that a failed expectation below leaves the next tests a running database.
    postgres.start();
    await sql.end().catch(() => undefined);
    sql = new Client({ connectionString: postgres.url('cocrea') });
    sql.on('error', () => undefined);
    await sql.connect();
    expect(upWhileDown).toBe(true);
    expect(down?.status).toBe(503);
    expect(down?.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await down?.json()).toMatchObject({ status: 503, code: 'service_unavailable' });
    // Every ballot the api answered while the database was down was refused with a 503 problem+json, never a 500.
    expect(refused.length).toBeGreaterThan(0);
    for (const outcome of refused) {
      expect(outcome.status).toBe(503);
      expect(outcome.contentType).toMatch(/application\/problem\+json/);
    }
    await eventually(
      () =>
        fetch(`${b.base}/api/polls/${scenario.pollId}`, { headers: { Authorization: `Bearer ${scenario.chair}` } }).then(
          (r) => r.status === 200,
          () => false,
        ),
      'the api to recover',
      30_000,
    );
    const stored = await storedPerVoter(scenario.pollId);
    for (const voter of acked) expect(stored.get(voter)).toBe(1);
    expect((await retry(b, scenario, ballots, acked)).every((status) => status === 201)).toBe(true);
    const verify = await call<{ intact: boolean }>(a.base, 'GET', `/api/public/polls/${scenario.pollId}/verify`);
    expect(verify.intact).toBe(true);
    expect((await storedPerVoter(scenario.pollId)).size).toBe(200);
  }, 300_000);

  /** The seeded draft document, and a login of its editor. */
  async function coEditing(): Promise<{ documentId: string; token: string }> {
    const documentId = (
      await sql.query<{ id: string }>('SELECT id FROM documents WHERE title = $1', ['Diagnóstico de la situación de apertura (borrador)'])
    ).rows[0].id;
    return { documentId, token: await loginToken(sql, await personId(sql, 'maria.nava@demo.cocrea.mx')) };
  }

  async function openEditor(api: ApiProcess, documentId: string, token: string, doc = new Y.Doc()): Promise<HocuspocusProvider> {
    // Passed through to the provider's own websocket (node has no global WebSocket the provider accepts).
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
  }

  const typeAt = (doc: Y.Doc, text: string) =>
    ((doc.getXmlFragment(DOCUMENT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, text);
  const textOf = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FIELD).toString();
  const holds = (doc: Y.Doc, ...markers: string[]) => markers.every((marker) => textOf(doc).includes(marker));

  /** The document as PostgreSQL holds it: the merged state plus every appended update. */
  async function storedText(documentId: string): Promise<Y.Doc> {
    const doc = new Y.Doc();
    const state = await sql.query<{ state: Buffer | null }>('SELECT state FROM documents WHERE id = $1', [documentId]);
    if (state.rows[0]?.state) Y.applyUpdate(doc, state.rows[0].state);
    const updates = await sql.query<{ update: Buffer }>('SELECT update FROM document_updates WHERE document_id = $1 ORDER BY id', [
      documentId,
    ]);
    for (const row of updates.rows) Y.applyUpdate(doc, row.update);
    return doc;
  }

  it('stays up through a 15 s Redis outage with a ballot cast, an edit typed and a login, and brings every client back to the current state', async () => {
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
    let connects = 0;
    const keep = (poll: PollState) => {
      if (poll.id === scenario.pollId && (!latest || poll.version >= latest.version)) latest = poll;
    };
    socket.on(LiveEvents.poll, keep);
    socket.on('connect', () => {
      connects += 1;
      void socket
        .emitWithAck(LiveEvents.join, { meetingId: scenario.meetingId })
        .then(() => call<PollState>(b.base, 'GET', `/api/polls/${scenario.pollId}`, scenario.chair).then(keep, () => undefined));
    });
    const { documentId, token } = await coEditing();
    const onA = new Y.Doc();
    const onB = new Y.Doc();
    await openEditor(a, documentId, token, onA);
    await openEditor(b, documentId, token, onB);
    await eventually(() => latest, 'the first poll state');

    await redis.stop();
    const downSince = Date.now();
    // Cast on A while Redis is away: this update cannot reach B's room through Redis.
    await call(a.base, 'POST', `/api/polls/${scenario.pollId}/ballots`, scenario.voters[0].token, {
      memberPersonId: scenario.voters[0].personId,
      optionId: scenario.yesOptionId,
      idempotencyKey: randomUUID(),
    });
    const during = `durante la caída ${randomUUID()}`;
    typeAt(onA, during);
    // Login throttling falls back to memory: a wrong password is still a 401, not a 500 or a hang.
    const login = await fetch(`${a.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'maria.nava@demo.cocrea.mx', password: 'not-the-password' }),
      signal: AbortSignal.timeout(10_000),
    });
    expect(login.status).toBe(401);
    expect(login.headers.get('content-type')).toMatch(/application\/problem\+json/);
    // Past ioredis's default retry window (~11 s), after which queued publishes used to reject and end the process.
    await sleep(Math.max(0, 15_000 - (Date.now() - downSince)));
    expect(a.alive()).toBe(true);
    expect(b.alive()).toBe(true);
    await redis.start();

    await eventually(() => latest?.voted === 1, 'the current tally on B after Redis is back', 30_000);
    // B's live connection was dropped once Redis was back, and the client rejoined.
    expect(connects).toBeGreaterThanOrEqual(2);
    // The next edit on B syncs both editors (the fan-out exchanges state vectors), including the one typed during the outage.
    const after = `después de la caída ${randomUUID()}`;
    typeAt(onB, after);
    for (const doc of [onA, onB]) await eventually(() => holds(doc, during, after), 'both edits on both editors', 30_000);
    // And live fan-out works again.
    await call(a.base, 'POST', `/api/polls/${scenario.pollId}/ballots`, scenario.voters[1].token, {
      memberPersonId: scenario.voters[1].personId,
      optionId: scenario.yesOptionId,
      idempotencyKey: randomUUID(),
    });
    await eventually(() => latest?.voted === 2, 'the next tally through Redis', 10_000);
    expect(a.alive()).toBe(true);
    expect(b.alive()).toBe(true);
  }, 120_000);

  it("stores both editors' edits on A and B, one cut mid-edit, so that they survive kill -9 of both instances", async () => {
    const { documentId, token } = await coEditing();
    const onA = new Y.Doc();
    const onB = new Y.Doc();
    const cut = await openEditor(a, documentId, token, onA);
    await openEditor(b, documentId, token, onB);
    // Cut mid-edit: A's client types and its socket drops at once, without a close frame; B types meanwhile.
    const fromA = `cortado ${randomUUID()}`;
    typeAt(onA, fromA);
    (cut.configuration.websocketProvider.webSocket as WebSocket | null)?.terminate();
    const fromB = `mientras tanto ${randomUUID()}`;
    typeAt(onB, fromB);
    // The cut client reconnects by itself.
    for (const doc of [onA, onB]) await eventually(() => holds(doc, fromA, fromB), 'both edits on both editors', 30_000);
    // Both instances store what was typed on them (debounced), while both editors stay connected.
    await eventually(async () => holds(await storedText(documentId), fromA, fromB), 'both edits stored', 20_000);
    await Promise.all([a.kill(), b.kill()]);
    await Promise.all([a.start(), b.start()]);
    const fresh = new Y.Doc();
    await openEditor(b, documentId, token, fresh);
    expect(holds(fresh, fromA, fromB)).toBe(true);
    // Two api starts in parallel (up to 240 s on a loaded machine) plus the edits.
  }, 360_000);
});
