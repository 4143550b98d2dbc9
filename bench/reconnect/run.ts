/**
 * bench:reconnect — 1,000 voters' sockets in a session's room (two api instances, Redis, PostgreSQL) all dropped in
 * the middle of a poll and back within 5 s, while ballots keep arriving. Measured: time from each socket's
 * reconnection until it holds the current poll state and its own receipt (re-sent ballot, same idempotency key), and
 * the clients still stale 10 s after the drop. Baseline: the same storm on bare Socket.IO servers (Redis adapter)
 * that answer the same two things from memory.
 *
 *   RECONNECT_SOCKETS (1000)  RECONNECT_WITHIN_MS (5000)  RECONNECT_CHILDREN (4)  RECONNECT_BALLOTS_DURING (10)
 */
import { ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { call, votingScenario } from '../../apps/api/src/testing/cluster/scenario';
import { apiProcess, tearDownOnSignals, sleep, startRedis, startTempPostgres } from '../../apps/api/src/testing/cluster/services';
import { epochMs, percentile, writeResult } from '../lib/result';

const SOCKETS = Number(process.env['RECONNECT_SOCKETS'] ?? 1000);
const WITHIN_MS = Number(process.env['RECONNECT_WITHIN_MS'] ?? 5000);
const CHILDREN = Number(process.env['RECONNECT_CHILDREN'] ?? 4);
const DURING = Number(process.env['RECONNECT_BALLOTS_DURING'] ?? 10);
const STALE_AFTER_MS = 10_000;

interface Report {
  receipt: string | null;
  receiptAt: number | null;
  dropAt: number | null;
  reconnectAt: number | null;
  history: [number, number][];
  errors: number;
  wrongReceipt: boolean;
}

interface Child {
  process: ChildProcess;
  next(type: string): Promise<Record<string, unknown>>;
}

function child(script: string): Child {
  const processRef = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting: { type: string; resolve: (m: Record<string, unknown>) => void }[] = [];
  processRef.on('message', (message: Record<string, unknown>) => {
    const index = waiting.findIndex((w) => w.type === message['type']);
    if (index >= 0) waiting.splice(index, 1)[0].resolve(message);
  });
  return { process: processRef, next: (type) => new Promise((resolve) => waiting.push({ type, resolve })) };
}

interface Storm {
  /** Per client: ms from its reconnection until its join was answered and it held its receipt (the rejoin's own cost). */
  rejoin: number[];
  /** Per client: ms from its reconnection until it held the final state and its receipt (Infinity if never). */
  recovery: number[];
  /** ms from the drop until the last client recovered. */
  allMs: number;
  stale: number;
  errors: number;
  wrongReceipts: number;
}

/** Starts the clients, waits until each holds a receipt, drops all, runs `during`, and measures recovery. */
async function storm(
  mode: 'api' | 'bare',
  voters: { url: string; personId: string; token: string; key: string }[],
  start: Record<string, unknown>,
  during: () => Promise<void>,
  finalVersion: () => Promise<number>,
): Promise<Storm> {
  const children = Array.from({ length: CHILDREN }, () => child(join(__dirname, 'storm-clients.mjs')));
  const per = Math.ceil(voters.length / CHILDREN);
  await Promise.all(
    children.map((c, i) => {
      const ready = c.next('ready');
      c.process.send({ ...start, type: 'start', mode, voters: voters.slice(i * per, (i + 1) * per) });
      return ready;
    }),
  );
  console.log(`  ${mode}: ${voters.length} clients in the room with their receipts; dropping all…`);
  const dropAt = epochMs();
  for (const c of children) c.process.send({ type: 'drop', withinMs: WITHIN_MS });
  await during();
  await sleep(Math.max(0, dropAt + STALE_AFTER_MS - epochMs()));
  const version = await finalVersion();
  const reports = (
    await Promise.all(
      children.map((c) => {
        const answer = c.next('report');
        c.process.send({ type: 'report' });
        return answer;
      }),
    )
  ).flatMap((r) => r['clients'] as Report[]);
  for (const c of children) c.process.send({ type: 'stop' });
  if (process.env['RECONNECT_DUMP'])
    writeFileSync(`${process.env['RECONNECT_DUMP']}-${mode}.json`, JSON.stringify({ dropAt, version, reports }));
  const recoveredAt = reports.map((r) => {
    const current = r.history.find(([, v]) => v >= version)?.[0];
    if (current === undefined || r.receiptAt === null || r.reconnectAt === null) return Infinity;
    return Math.max(current, r.receiptAt);
  });
  const stale = recoveredAt.filter((t) => !(t <= dropAt + STALE_AFTER_MS)).length;
  return {
    rejoin: reports.map((r) => (r.receiptAt !== null && r.reconnectAt !== null ? r.receiptAt - r.reconnectAt : Infinity)),
    recovery: recoveredAt.map((t, i) => t - (reports[i].reconnectAt ?? dropAt)),
    allMs: Math.max(...recoveredAt) - dropAt,
    stale,
    errors: reports.reduce((n, r) => n + r.errors, 0),
    wrongReceipts: reports.filter((r) => r.wrongReceipt).length,
  };
}

function describe(name: string, s: Storm) {
  const finite = s.recovery.filter(Number.isFinite);
  console.log(
    `  ${name}: recovery after reconnect p50 ${percentile(finite, 50).toFixed(0)} ms, p99 ${percentile(finite, 99).toFixed(0)} ms; ` +
      `all recovered ${Number.isFinite(s.allMs) ? `${s.allMs.toFixed(0)} ms` : 'never'} after the drop; stale after 10 s: ${s.stale}; ` +
      `failed recoveries retried: ${s.errors}; wrong receipts: ${s.wrongReceipts}; ` +
      `rejoin (join answered + receipt held) p50 ${percentile(s.rejoin, 50).toFixed(0)} ms, p99 ${percentile(s.rejoin, 99).toFixed(0)} ms`,
  );
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
    const scenario = await votingScenario(a.base, sql, SOCKETS + DURING, 'Tormenta de reconexiones');
    const voters = scenario.voters.slice(0, SOCKETS).map((v, i) => ({ ...v, url: i % 2 ? b.base : a.base, key: randomUUID() }));
    const late = scenario.voters.slice(SOCKETS);
    console.log(`${SOCKETS} voters on two api instances; storm within ${WITHIN_MS} ms, ${DURING} ballots cast during it`);
    const ours = await storm(
      'api',
      voters,
      { meetingId: scenario.meetingId, pollId: scenario.pollId, optionId: scenario.yesOptionId },
      // The ballots arrive on time whether or not the earlier ones are answered (an open loop, as the bare bumps do).
      () =>
        Promise.all(
          late.map(async (voter, i) => {
            await sleep(((i + 1) * WITHIN_MS) / DURING);
            await call(a.base, 'POST', `/api/polls/${scenario.pollId}/ballots`, voter.token, {
              memberPersonId: voter.personId,
              optionId: scenario.yesOptionId,
              idempotencyKey: randomUUID(),
            });
          }),
        ).then(() => undefined),
      async () => (await call<{ version: number }>(a.base, 'GET', `/api/polls/${scenario.pollId}`, scenario.chair)).version,
    );
    await Promise.all([a.stop(), b.stop()]);

    const bareServers = [child(join(__dirname, 'bare-server.mjs')), child(join(__dirname, 'bare-server.mjs'))];
    const ports: number[] = [];
    for (const server of bareServers) {
      const ready = server.next('ready');
      server.process.send({ type: 'start', redisUrl: redis.url, pollId: scenario.pollId, voters: voters.map((v) => v.personId) });
      ports.push(...((await ready) as { ports: number[] }).ports);
    }
    let bareVersion = 1;
    const baseline = await storm(
      'bare',
      voters.map((v, i) => ({ ...v, url: `http://127.0.0.1:${ports[i % 2]}` })),
      { pollId: scenario.pollId },
      async () => {
        for (let i = 0; i < DURING; i++) {
          await sleep(WITHIN_MS / DURING);
          const bumped = bareServers.map((server) => server.next('bumped'));
          bareServers.forEach((server, index) => server.process.send({ type: 'bump', emit: index === 0 }));
          bareVersion = (await Promise.all(bumped))[0]['version'] as number;
        }
      },
      async () => bareVersion,
    );
    for (const server of bareServers) server.process.send({ type: 'stop' });

    console.log('');
    describe('ours', ours);
    describe('bare', baseline);
    const oursP99 = percentile(ours.recovery, 99);
    const bareP99 = percentile(baseline.recovery, 99);
    const ratio = oursP99 / bareP99;
    console.log(`  ratio (p99 recovery ours / bare): ${ratio.toFixed(2)}× (target ≤ 2×, zero stale after 10 s)`);
    writeResult({
      name: 'reconnect',
      what: `${SOCKETS} sockets dropped mid-poll, back within ${WITHIN_MS / 1000} s`,
      unit: 'ms p99 to current state + receipt',
      ours: Math.round(oursP99),
      baseline: Math.round(bareP99),
      baselineWhat: 'same storm on bare Socket.IO + Redis adapter',
      ratio: Math.round(ratio * 100) / 100,
      target: '<= 2x, 0 stale after 10 s',
      met: ratio <= 2 && ours.stale === 0,
      p50Ms: Math.round(percentile(ours.recovery, 50)),
      p99Ms: Math.round(oursP99),
      extra: {
        sockets: SOCKETS,
        staleAfter10s: ours.stale,
        allRecoveredMs: Math.round(ours.allMs),
        bareAllRecoveredMs: Math.round(baseline.allMs),
        retriedRecoveries: ours.errors,
        wrongReceipts: ours.wrongReceipts,
        rejoinP50Ms: Math.round(percentile(ours.rejoin, 50)),
        rejoinP99Ms: Math.round(percentile(ours.rejoin, 99)),
        bareRejoinP50Ms: Math.round(percentile(baseline.rejoin, 50)),
        bareRejoinP99Ms: Math.round(percentile(baseline.rejoin, 99)),
      },
    });
  } finally {
    await sql.end().catch(() => undefined);
    await Promise.all([a.stop(), b.stop()]);
    await redis.stop();
    postgres.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
