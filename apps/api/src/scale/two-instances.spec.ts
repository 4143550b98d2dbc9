import { BallotReceipt, DOCUMENT_FIELD, LIVE_NAMESPACE, LiveEvents, PollState } from '@cocrea/contracts';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { io, Socket } from 'socket.io-client';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { call, loginToken, personId, votingScenario, VotingScenario } from '../testing/cluster/scenario';
import {
  apiProcess,
  ApiProcess,
  clusterAvailable,
  eventually,
  RedisServer,
  startRedis,
  startTempPostgres,
  TempPostgres,
} from '../testing/cluster/services';

/**
 * Two api processes (A and B) on one PostgreSQL and one Redis, as behind the proxy of docker-compose.yml: what happens
 * on one instance is seen by the clients of the other.
 */
const describeCluster = clusterAvailable() ? describe : describe.skip;

describeCluster('two api instances on PostgreSQL and Redis', () => {
  let postgres: TempPostgres;
  let redis: RedisServer;
  let a: ApiProcess;
  let b: ApiProcess;
  let sql: Client;
  let scenario: VotingScenario;
  const sockets: Socket[] = [];
  const providers: HocuspocusProvider[] = [];

  beforeAll(async () => {
    postgres = await startTempPostgres();
    postgres.psql('postgres', 'CREATE DATABASE cocrea');
    redis = await startRedis();
    const env = { DATABASE_URL: postgres.url('cocrea'), REDIS_URL: redis.url, SEED_DEMO: 'true' };
    a = await apiProcess(env);
    b = await apiProcess(env);
    // A migrates and seeds first; B then finds both done.
    await a.start();
    await b.start();
    sql = new Client({ connectionString: postgres.url('cocrea') });
    await sql.connect();
    scenario = await votingScenario(a.base, sql, 3, 'Dos instancias');
  }, 600_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    for (const p of providers) p.destroy();
    await sql?.end();
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    postgres?.destroy();
  }, 60_000);

  /** A socket in the session's room on one instance, keeping the newest poll state (by version) it received. */
  async function watch(api: ApiProcess, token: string): Promise<{ latest: () => PollState | undefined }> {
    const socket = io(`${api.base}${LIVE_NAMESPACE}`, { transports: ['websocket'], forceNew: true, auth: { token } });
    sockets.push(socket);
    let latest: PollState | undefined;
    socket.on(LiveEvents.poll, (poll: PollState) => {
      if (poll.id === scenario.pollId && (!latest || poll.version >= latest.version)) latest = poll;
    });
    await eventually(() => socket.connected, 'socket connected');
    const ack = (await socket.timeout(10_000).emitWithAck(LiveEvents.join, { meetingId: scenario.meetingId })) as { ok: boolean };
    expect(ack.ok).toBe(true);
    return { latest: () => latest };
  }

  const cast = (api: ApiProcess, voter: { personId: string; token: string }) =>
    call(api.base, 'POST', `/api/polls/${scenario.pollId}/ballots`, voter.token, {
      memberPersonId: voter.personId,
      optionId: scenario.yesOptionId,
      idempotencyKey: randomUUID(),
    });

  it('delivers a ballot cast on A to a socket on B', async () => {
    const onB = await watch(b, scenario.chair);
    await cast(a, scenario.voters[0]);
    await eventually(() => (onB.latest()?.voted ?? 0) >= 1, 'the tally on B');
    expect(onB.latest()?.voted).toBe(1);
  });

  it('delivers a Yjs edit typed on A to an editor on B', async () => {
    const documentId = (
      await sql.query<{ id: string }>('SELECT id FROM documents WHERE title = $1', ['Diagnóstico de la situación de apertura (borrador)'])
    ).rows[0].id;
    const token = await loginToken(sql, await personId(sql, 'maria.nava@demo.cocrea.mx'));
    const open = async (api: ApiProcess) => {
      const doc = new Y.Doc();
      await new Promise<void>((resolve, reject) => {
        // The socket's options (url, WebSocketPolyfill) pass through the provider to the HocuspocusProviderWebsocket it creates.
        const socket = { url: `ws://127.0.0.1:${api.port}/collab`, WebSocketPolyfill: WebSocket };
        providers.push(
          new HocuspocusProvider({
            ...socket,
            name: documentId,
            document: doc,
            token,
            onSynced: () => resolve(),
            onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
          }),
        );
      });
      return doc;
    };
    const onA = await open(a);
    const onB = await open(b);
    const marker = `escrito en A ${randomUUID()}`;
    const first = onA.getXmlFragment(DOCUMENT_FIELD).get(0) as Y.XmlElement;
    (first.get(0) as Y.XmlText).insert(0, marker);
    await eventually(() => onB.getXmlFragment(DOCUMENT_FIELD).toString().includes(marker), 'the edit on B');
  });

  it('keeps one chain when both instances batch ballots of the same poll', async () => {
    const many = await votingScenario(a.base, sql, 60, 'Dos instancias, una cadena');
    const receipts = await Promise.all(
      many.voters.map((voter, i) =>
        call<BallotReceipt>(i % 2 === 0 ? a.base : b.base, 'POST', `/api/polls/${many.pollId}/ballots`, voter.token, {
          memberPersonId: voter.personId,
          optionId: many.yesOptionId,
          idempotencyKey: randomUUID(),
        }),
      ),
    );
    expect(receipts.filter((r) => !r.replayed)).toHaveLength(60);
    const seqs = (await sql.query<{ seq: number }>('SELECT seq FROM poll_audit_events WHERE poll_id = $1 ORDER BY seq', [many.pollId]))
      .rows;
    expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: 62 }, (_, i) => i + 1));
    expect(await call(b.base, 'GET', `/api/public/polls/${many.pollId}/verify`)).toMatchObject({ intact: true, events: 62 });
  });

  it('keeps one chain when each instance appends on a head the other has since moved', async () => {
    const turns = await votingScenario(a.base, sql, 8, 'Turnos entre instancias');
    // One ballot at a time, alternating: each instance's remembered head is stale from its second batch on.
    for (const [i, voter] of turns.voters.entries()) {
      const receipt = await call<BallotReceipt>(i % 2 === 0 ? a.base : b.base, 'POST', `/api/polls/${turns.pollId}/ballots`, voter.token, {
        memberPersonId: voter.personId,
        optionId: turns.yesOptionId,
        idempotencyKey: randomUUID(),
      });
      expect(receipt.replayed).toBe(false);
    }
    expect(await call(a.base, 'GET', `/api/public/polls/${turns.pollId}/verify`)).toMatchObject({ intact: true, events: 2 + 8 });
  });

  it('makes a poll closed on B final on A', async () => {
    const onA = await watch(a, scenario.secretary);
    await cast(a, scenario.voters[1]);
    await call(b.base, 'POST', `/api/polls/${scenario.pollId}/close`, scenario.chair, {});
    // A ballot sent to A after the close is refused: A reads the poll from the database, not from memory.
    const late = await fetch(`${a.base}/api/polls/${scenario.pollId}/ballots`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${scenario.voters[2].token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ memberPersonId: scenario.voters[2].personId, optionId: scenario.yesOptionId, idempotencyKey: randomUUID() }),
    });
    expect(late.status).toBe(409);
    const onRest = await call<PollState>(a.base, 'GET', `/api/polls/${scenario.pollId}`, scenario.chair);
    expect(onRest).toMatchObject({ status: 'closed', voted: 2 });
    // The newest state A's room holds is the closed one, with its result, even if a coalesced update of A came later.
    await eventually(() => onA.latest()?.status === 'closed', 'the close on A');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onA.latest()).toMatchObject({ status: 'closed', voted: 2 });
  });

  it('drops a person’s socket on B when an admin on A forces their sign-out', async () => {
    const voter = scenario.voters[2];
    const socket = io(`${b.base}${LIVE_NAMESPACE}`, { transports: ['websocket'], forceNew: true, auth: { token: voter.token } });
    sockets.push(socket);
    await eventually(() => socket.connected, 'socket on B connected');
    const admin = await loginToken(sql, await personId(sql, 'admin@demo.cocrea.mx'));
    const signOut = await fetch(`${a.base}/api/people/${voter.personId}/account/sign-out`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}` },
    });
    expect(signOut.ok).toBe(true);
    await eventually(() => !socket.connected, 'the socket on B dropped');
  });
});
