// bench/public: the public session document (GET /api/public/sessions/:id, the seeded 2021-02-15 session) under
// autocannon on loopback with 100 connections, served by the real api (built bundle, real PostgreSQL, cached
// document) and, in the same run, by a plain node:http server answering the same bytes. Then shows that a change
// to the session changes the document (the cache is invalidated). Writes bench/results/public.json.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTempPostgres } from '../vote/temp-postgres.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const API_PORT = Number(process.env.BENCH_PORT ?? 3201);
const BASELINE_PORT = API_PORT + 1;
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
const DURATION = Number(process.env.DURATION ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 50;
const DEMO_PASSWORD = /DEMO_PASSWORD = '([^']+)'/.exec(readFileSync(join(ROOT, 'apps/api/src/seed/demo-accounts.ts'), 'utf8'))[1];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url, timeoutMs) {
  const start = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() - start > timeoutMs) throw new Error(`${url} did not come up`);
    await sleep(250);
  }
}

function startProcess(args, env) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  return { stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGTERM')))) };
}

/** The baseline: node:http answering the api's exact bytes and headers (all of them, as the client must parse them), nothing else. */
const BASELINE = `
const { createServer } = require('node:http');
const { readFileSync } = require('node:fs');
const body = readFileSync(process.env.BODY_FILE);
const headers = JSON.parse(process.env.HEADERS);
createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

function load(url) {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections: CONNECTIONS, duration: DURATION }, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

const summary = (r) => ({
  reqPerSec: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
});

const loadBefore = loadavg()[0];
const dataDir = mkdtempSync(join(tmpdir(), 'cocrea-bench-public-'));
const bodyFile = join(dataDir, 'session.json');
// Real PostgreSQL, like every figure of `npm run bench` (a throwaway cluster from Debian's packages).
const postgres = await startTempPostgres();
postgres.psql('postgres', 'CREATE DATABASE cocrea_bench_public');
// BENCH_API_NODE_ARGS: extra node flags for the api alone (e.g. --cpu-prof for the profile behind a figure).
const apiNodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
const api = startProcess([...apiNodeArgs, join(ROOT, 'dist/apps/api/main.js')], {
  DATABASE_URL: postgres.url('cocrea_bench_public'),
  PORT: String(API_PORT),
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  SEED_DEMO: 'true',
  LOG_LEVEL: 'warn',
  WEB_DIST: '/nonexistent',
  // The bench is one address hammering one route: lift the per-address limit for it (it is measured, not tested).
  PUBLIC_RATE_LIMIT: '1000000000',
});
let baseline;
try {
  const base = `http://127.0.0.1:${API_PORT}`;
  await waitFor(`${base}/api/health`, 180_000);
  const sessions = await (await fetch(`${base}/api/public/sessions?year=2021`)).json();
  const session = sessions.items[0];
  const url = `${base}/api/public/sessions/${session.id}`;
  const first = await fetch(url);
  const body = Buffer.from(await first.arrayBuffer());
  writeFileSync(bodyFile, body);
  // The api's answer headers but the ones node:http writes itself.
  const headers = Object.fromEntries([...first.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)));
  baseline = startProcess(['-e', BASELINE], { PORT: String(BASELINE_PORT), BODY_FILE: bodyFile, HEADERS: JSON.stringify(headers) });
  const baselineUrl = `http://127.0.0.1:${BASELINE_PORT}/`;
  await waitFor(baselineUrl, 10_000);
  console.log(`session "${session.title}": ${body.length} bytes, ETag ${first.headers.get('etag')}`);

  // Warm both (JIT, the cache), then alternate rounds so neither side gets the quieter machine.
  await Promise.all([
    new Promise((r) => autocannon({ url, connections: 10, duration: 2 }, r)),
    new Promise((r) => autocannon({ url: baselineUrl, connections: 10, duration: 2 }, r)),
  ]);
  const ours = [];
  const theirs = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(summary(await load(url)));
    theirs.push(summary(await load(baselineUrl)));
    console.log(`round ${round + 1}: api ${JSON.stringify(ours.at(-1))}  node:http ${JSON.stringify(theirs.at(-1))}`);
  }
  const best = (list) => list.reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a));
  const o = best(ours);
  const b = best(theirs);

  // Invalidation: the secretary edits the session's minutes (a change that bumps its version); the next GET differs.
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'luis.parra@demo.cocrea.mx', password: DEMO_PASSWORD }),
  });
  const auth = { Authorization: `Bearer ${(await login.json()).token}`, 'Content-Type': 'application/json' };
  const minutes = await (await fetch(`${base}/api/meetings/${session.id}/minutes`, { headers: auth })).json();
  const put = await fetch(`${base}/api/meetings/${session.id}/minutes`, {
    method: 'PUT',
    headers: auth,
    body: JSON.stringify({ markdown: `${minutes.markdown}\n\nCorrección de estilo.`, version: minutes.version }),
  });
  const after = await fetch(url, { headers: { 'If-None-Match': first.headers.get('etag') } });
  const afterBody = await after.json();
  const invalidation = {
    change: `PUT minutes → ${put.status}`,
    statusWithOldEtag: after.status,
    etagChanged: after.headers.get('etag') !== first.headers.get('etag'),
    versionBefore: JSON.parse(body.toString()).version,
    versionAfter: afterBody.version,
  };
  const invalidated = put.ok && after.status === 200 && invalidation.etagChanged && invalidation.versionAfter > invalidation.versionBefore;

  const ratio = Math.round((o.reqPerSec / b.reqPerSec) * 100) / 100;
  const clean = ours.concat(theirs).every((r) => r.non2xx === 0 && r.errors === 0);
  const met = ratio >= TARGET_RATIO && o.p99Ms <= TARGET_P99_MS && invalidated && clean;
  const result = {
    name: 'public',
    what: `public session JSON (${body.length} B), ${CONNECTIONS} conns, cached`,
    unit: 'req/s',
    ours: o.reqPerSec,
    baseline: b.reqPerSec,
    baselineWhat: 'plain node:http same bytes',
    ratio,
    target: `>= ${TARGET_RATIO}x, p99 <= ${TARGET_P99_MS} ms`,
    met,
    p50Ms: o.p50Ms,
    p99Ms: o.p99Ms,
    extra: { baselineP99Ms: b.p99Ms, bytes: body.length, rounds: { api: ours, nodeHttp: theirs }, invalidation, durationS: DURATION },
    machine: `${cpus().length} cores, Node ${process.versions.node}, load ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/public.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `\napi      ${o.reqPerSec} req/s  p50 ${o.p50Ms} ms  p99 ${o.p99Ms} ms\nnode:http ${b.reqPerSec} req/s  p50 ${b.p50Ms} ms  p99 ${b.p99Ms} ms`,
  );
  console.log(`ratio ${ratio} (target >= ${TARGET_RATIO}), p99 ${o.p99Ms} ms (target <= ${TARGET_P99_MS})`);
  console.log(`invalidation: ${JSON.stringify(invalidation)}`);
  console.log(met ? 'MET' : 'NOT MET');
  process.exitCode = met ? 0 : 1;
} finally {
  await baseline?.stop();
  await api.stop();
  postgres.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
