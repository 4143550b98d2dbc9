/**
 * bench:fanout — a vote's result delivered to 2,000 sockets spread over two api instances through Redis, against a
 * bare Socket.IO broadcast through the same Redis adapter (two bare servers, each in its own process, like the
 * two api instances) to the same 2,000 sockets.
 * Real PostgreSQL and redis-server from Debian's packages, api processes as in the two-instance test; the sockets live
 * in child processes so the load generator does not starve the servers.
 *
 *   FANOUT_SOCKETS (2000)  FANOUT_ROUNDS (3)  FANOUT_CHILDREN (4)
 */
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { anotherPoll, call, votingScenario, VotingScenario } from '../../apps/api/src/testing/cluster/scenario';
import {
  apiProcess,
  tearDownOnSignals,
  eventually,
  sleep,
  startRedis,
  startTempPostgres,
} from '../../apps/api/src/testing/cluster/services';
import { epochMs, percentile, writeResult } from '../lib/result';

const SOCKETS = Number(process.env['FANOUT_SOCKETS'] ?? 2000);
const ROUNDS = Number(process.env['FANOUT_ROUNDS'] ?? 3);
const CHILDREN = Number(process.env['FANOUT_CHILDREN'] ?? 4);

interface Child {
  process: ChildProcess;
  next(type: string): Promise<Record<string, unknown>>;
}

function child(script: string): Child {
  const processRef = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting: { type: string; resolve: (m: Record<string, unknown>) => void; reject: (e: Error) => void }[] = [];
  processRef.on('message', (message: Record<string, unknown>) => {
    if (message['type'] === 'error') for (const w of waiting.splice(0)) w.reject(new Error(String(message['message'])));
    const index = waiting.findIndex((w) => w.type === message['type']);
    if (index >= 0) waiting.splice(index, 1)[0].resolve(message);
  });
  return { process: processRef, next: (type) => new Promise((resolve, reject) => waiting.push({ type, resolve, reject })) };
}

/** Starts CHILDREN client processes, SOCKETS in all, spread round robin over `urls`; resolves once all joined. */
async function clients(urls: string[], mode: 'api' | 'bare', token: string, meetingIds: string[]): Promise<Child[]> {
  const children = Array.from({ length: CHILDREN }, () => child(join(__dirname, '../lib/socket-clients.mjs')));
  await Promise.all(
    children.map((c, i) => {
      const ready = c.next('ready');
      // Each child alternates between the instances, starting at a different one so the split stays even.
      c.process.send({ type: 'start', urls: i % 2 ? [...urls].reverse() : urls, count: SOCKETS / CHILDREN, token, mode, meetingIds });
      return ready;
    }),
  );
  return children;
}

/** Waits until every socket saw the round `key`; the delivery times after `sentAt`. */
async function delivered(children: Child[], key: string, sentAt: number): Promise<number[]> {
  let all: number[] = [];
  await eventually(
    async () => {
      const reports = await Promise.all(
        children.map((c) => {
          const answer = c.next('report');
          c.process.send({ type: 'report' });
          return answer;
        }),
      );
      all = reports.flatMap((r) => (r['arrivals'] as Record<string, number[]>)[key] ?? []);
      return all.length >= SOCKETS;
    },
    `round ${key} on ${SOCKETS} sockets`,
    60_000,
  );
  return all.map((t) => t - sentAt);
}

function stopAll(children: Child[]) {
  for (const c of children) c.process.send({ type: 'stop' });
}

async function main() {
  tearDownOnSignals();
  const postgres = await startTempPostgres();
  const redis = await startRedis();
  postgres.psql('postgres', 'CREATE DATABASE cocrea');
  const env = { DATABASE_URL: postgres.url('cocrea'), REDIS_URL: redis.url, SEED_DEMO: 'true', LOG_LEVEL: 'warn' };
  const a = await apiProcess(env);
  const b = await apiProcess(env);
  const sql = new Client({ connectionString: postgres.url('cocrea') });
  try {
    await a.start();
    await b.start();
    await sql.connect();
    // One session, one poll per round: every socket joins one room.
    const rounds: VotingScenario[] = [await votingScenario(a.base, sql, 1, 'Difusión 1')];
    for (let i = 1; i < ROUNDS; i++) rounds.push(await anotherPoll(a.base, rounds[0], `Difusión ${i + 1}`));
    const token = rounds[0].chair;

    // --- ours: the close of a poll on instance A, until its result is on every socket of A and B.
    console.log(`connecting ${SOCKETS} sockets to two api instances (${CHILDREN} client processes)…`);
    const apiClients = await clients(
      [a.base, b.base],
      'api',
      token,
      rounds.map((r) => r.meetingId),
    );
    const ours: number[] = [];
    let closedPayload: unknown;
    for (const round of rounds) {
      const voter = round.voters[0];
      await call(a.base, 'POST', `/api/polls/${round.pollId}/ballots`, voter.token, {
        memberPersonId: voter.personId,
        optionId: round.yesOptionId,
        idempotencyKey: randomUUID(),
      });
      await sleep(500);
      const sentAt = epochMs();
      closedPayload = await call(a.base, 'POST', `/api/polls/${round.pollId}/close`, round.chair, {});
      const times = await delivered(apiClients, round.pollId, sentAt);
      console.log(`  ours round: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`);
      ours.push(...times);
      await sleep(500);
    }
    stopAll(apiClients);
    await Promise.all([a.stop(), b.stop()]);

    // --- baseline: the same payload broadcast by a bare Socket.IO server to a room spread over two servers by Redis.
    const bareServers = [child(join(__dirname, 'bare-servers.mjs')), child(join(__dirname, 'bare-servers.mjs'))];
    const ports: number[] = [];
    for (const server of bareServers) {
      const ready = server.next('ready');
      server.process.send({ type: 'start', redisUrl: redis.url });
      ports.push(...((await ready) as { ports: number[] }).ports);
    }
    const bare = bareServers[0];
    const bareClients = await clients(
      ports.map((p) => `http://127.0.0.1:${p}`),
      'bare',
      token,
      ['room'],
    );
    const baseline: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const key = `bare-${i}`;
      const sent = bare.next('sent');
      bare.process.send({ type: 'emit', room: 'room', payload: { ...(closedPayload as object), id: key } });
      const { at } = (await sent) as { at: number };
      const times = await delivered(bareClients, key, at);
      console.log(`  bare round: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`);
      baseline.push(...times);
      await sleep(500);
    }
    stopAll(bareClients);
    for (const server of bareServers) server.process.send({ type: 'stop' });

    const oursP99 = percentile(ours, 99);
    const bareP99 = percentile(baseline, 99);
    const ratio = oursP99 / bareP99;
    console.log(`\nresult on ${SOCKETS} sockets over 2 instances, ${ROUNDS} rounds:`);
    console.log(`  ours (close request → result on every socket): p50 ${percentile(ours, 50).toFixed(1)} ms, p99 ${oursP99.toFixed(1)} ms`);
    console.log(
      `  bare Socket.IO + Redis adapter broadcast:      p50 ${percentile(baseline, 50).toFixed(1)} ms, p99 ${bareP99.toFixed(1)} ms`,
    );
    console.log(`  ratio (p99 ours / p99 bare): ${ratio.toFixed(2)}× (target ≤ 2×)`);
    writeResult({
      name: 'fanout',
      what: `poll result to ${SOCKETS} sockets on 2 instances via Redis`,
      unit: 'ms p99',
      ours: round1(oursP99),
      baseline: round1(bareP99),
      baselineWhat: 'bare Socket.IO broadcast, Redis adapter, 2 servers',
      ratio: round2(ratio),
      target: '<= 2x',
      met: ratio <= 2,
      p50Ms: round1(percentile(ours, 50)),
      p99Ms: round1(oursP99),
      extra: { sockets: SOCKETS, rounds: ROUNDS, bareP50Ms: round1(percentile(baseline, 50)) },
    });
  } finally {
    await sql.end().catch(() => undefined);
    await Promise.all([a.stop(), b.stop()]);
    await redis.stop();
    postgres.destroy();
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
