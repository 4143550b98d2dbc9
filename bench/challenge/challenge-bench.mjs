// bench/challenge: the last-day rush of an open challenge. CITIZENS signed-in citizens (10,000 by default) support
// ideas in a burst through the real HTTP path, each sending one support more than the challenge's limit at once, on
// real PostgreSQL (a throwaway cluster from Debian's packages). Meanwhile the public challenge page (its ranking) is
// read by autocannon. Same-run baselines: pgbench's one-row durable INSERT rate, and a plain node:http server
// answering the page's bytes under the same kind of burst (the citizens come in two waves: during the first the api
// serves the page, during the second node:http does). Afterwards SQL checks that nobody is over the limit.
// Usage: npm run bench:challenge        CITIZENS=2000 npm run bench:challenge
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startBuiltApi } from '../lib/built-api.mjs';
import { pgbenchInsertRate, startTempPostgres } from '../vote/temp-postgres.mjs';

const ROOT = join(import.meta.dirname, '../..');
const CITIZENS = Number(process.env.CITIZENS ?? 10_000);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3280);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
/** Citizens in flight per worker process (each with all its supports in flight at once). */
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 100);
/** Kept-alive connections per worker process. */
const SOCKETS = Number(process.env.SOCKETS ?? 50);
const READERS = Number(process.env.CONNECTIONS ?? 50);
const LIMIT = 3;
const IDEAS_PER_PROBLEM = LIMIT + 1;
const DAY = 86_400_000;
const TARGET_SUPPORTS = 0.3;
const TARGET_PAGE = 0.5;
const DEMO_PASSWORD = 'Cocrea-2021';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const round = (n, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Reads `url` with autocannon until `stop()` is called; resolves with its summary. */
function readUntilStopped(url) {
  let instance;
  const done = new Promise((resolve, reject) => {
    instance = autocannon({ url, connections: READERS, duration: 3_600 }, (error, r) =>
      error
        ? reject(error)
        : resolve({
            reqPerSec: Math.round(r.requests.average),
            p50Ms: r.latency.p50,
            p99Ms: r.latency.p99,
            non2xx: r.non2xx,
            errors: r.errors + r.timeouts,
          }),
    );
  });
  return { stop: () => (instance.stop(), done) };
}

/** node:http answering `body` with the api's content type and validator, nothing else. */
async function plainServer(body, etag) {
  const server = createServer((req, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': body.length,
      ETag: etag,
      'Cache-Control': 'public, no-cache',
    });
    res.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

const server = await startTempPostgres();
let result;
try {
  const pgbenchTps = pgbenchInsertRate(server);
  console.log(`pgbench baseline: ${pgbenchTps.toFixed(0)} one-row durable INSERTs/s (20 clients, 5 s) on PostgreSQL 15`);
  server.psql('postgres', 'CREATE DATABASE cocrea_bench_challenge');
  const databaseUrl = server.url('cocrea_bench_challenge');
  // One machine sends every citizen's request: lift the per-address limits for the bench (they are tested, not measured).
  const api = await startBuiltApi({
    port: APP_PORT,
    databaseUrl,
    env: { CHALLENGE_WRITE_RATE_LIMIT: '1000000000', PUBLIC_RATE_LIMIT: '1000000000' },
  });
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const login = await fetch(`${api.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.cocrea.mx', password: DEMO_PASSWORD }),
    });
    if (!login.ok) throw new Error(`admin login: ${login.status}`);
    const admin = { Authorization: `Bearer ${(await login.json()).token}`, 'Content-Type': 'application/json' };

    // --- a challenge in its citizens' vote phase (ideas and filtering behind it), two problems of one municipality.
    const start = Date.now() - 14 * DAY - 3_600_000;
    const phases = ['ideas', 'filtering', 'vote', 'feasibility', 'jury', 'winners', 'pilots'].map((phase, i) => ({
      phase,
      opensAt: new Date(start + 7 * i * DAY).toISOString(),
      closesAt: new Date(start + 7 * (i + 1) * DAY).toISOString(),
      rules: '',
    }));
    const created = await fetch(`${api.base}/api/challenges`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        title: 'Reto de carga',
        summary: 'El último día de la votación ciudadana.',
        supportLimit: LIMIT,
        winnersPerProblem: 2,
        weights: { support: 40, feasibility: 30, jury: 30 },
        problems: [
          { institution: 'Municipio de Carga', title: 'Baches en las calles', context: '' },
          { institution: 'Municipio de Carga', title: 'Transparencia de obras', context: '' },
        ],
        phases,
      }),
    });
    if (!created.ok) throw new Error(`create challenge: ${created.status} ${await created.text()}`);
    const challengeId = (await created.json()).id;

    // --- the citizens (people with a login session, as the login route stores it) and admitted ideas, set up by SQL.
    const people = await sql.query(
      `INSERT INTO people (name, email) SELECT 'Ciudadana ' || g, 'ciudadana' || g || '@bench.cocrea.mx' FROM generate_series(1, $1) g RETURNING id`,
      [CITIZENS],
    );
    const ids = people.rows.map((r) => r.id);
    const tokens = ids.map(() => randomBytes(32).toString('hex'));
    await sql.query(
      `INSERT INTO auth_sessions (token_hash, person_id, expires_at) SELECT unnest($1::text[]), unnest($2::uuid[]), now() + interval '1 day'`,
      [tokens.map(sha256), ids],
    );
    const problems = (await sql.query(`SELECT id FROM challenge_problems WHERE challenge_id = $1 ORDER BY position`, [challengeId])).rows;
    const ideasOf = [];
    for (const [p, problem] of problems.entries()) {
      const ideas = await sql.query(
        `INSERT INTO challenge_ideas (problem_id, author_id, title, description, status)
         SELECT $1, $2, 'Idea ' || g, 'Una idea de carga.', 'admitted' FROM generate_series(1, $3) g RETURNING id`,
        [problem.id, ids[p], IDEAS_PER_PROBLEM],
      );
      ideasOf.push(ideas.rows.map((r) => r.id));
    }
    const citizens = ids.map((_, i) => ({ token: tokens[i], ideaIds: ideasOf[i % ideasOf.length] }));
    const pageUrl = `${api.base}/api/public/challenges/${challengeId}`;
    const firstPage = await fetch(pageUrl);
    if (!firstPage.ok) throw new Error(`public challenge: ${firstPage.status}`);
    await firstPage.arrayBuffer();
    // Warm the api's paths (JIT, caches) with a few citizens outside the measured waves.
    const warm = citizens.splice(0, Math.min(100, Math.floor(CITIZENS / 20)));

    const workers = Array.from({ length: WORKERS }, () => fork(join(import.meta.dirname, 'citizens.mjs')));
    const burst = (list) =>
      Promise.all(
        workers.map(
          (child, w) =>
            new Promise((resolve) => {
              child.once('message', resolve);
              child.send({
                type: 'burst',
                base: api.base,
                concurrency: CONCURRENCY,
                sockets: SOCKETS,
                citizens: list.filter((_, j) => j % WORKERS === w),
              });
            }),
        ),
      );
    await burst(warm);

    const half = Math.ceil(citizens.length / 2);
    const waves = [];
    const loadBefore = loadavg()[0];
    const commits = async () => Number((await sql.query(`SELECT sum(xact_commit) AS n FROM pg_stat_database`)).rows[0].n);
    const commitsBefore = await commits();
    // The api's CPU (user + system) in each wave: B's, where node:http serves the page, is the supports' own.
    const waveCpuMs = [];
    let cpuBefore = api.cpuMs();
    // Wave A: the api serves the public page while it takes the supports.
    const apiReads = readUntilStopped(pageUrl);
    waves.push(await burst(citizens.slice(0, half)));
    const apiPage = await apiReads.stop();
    waveCpuMs.push(api.cpuMs() - cpuBefore);
    // Wave B: the same kind of burst while node:http serves the page's current bytes.
    const page = await fetch(pageUrl);
    const body = Buffer.from(await page.arrayBuffer());
    const plain = await plainServer(body, page.headers.get('etag') ?? '"x"');
    const plainReads = readUntilStopped(plain.url);
    cpuBefore = api.cpuMs();
    waves.push(await burst(citizens.slice(half)));
    waveCpuMs.push(api.cpuMs() - cpuBefore);
    const plainPage = await plainReads.stop();
    await plain.close();
    for (const child of workers) child.kill();

    const transactions = (await commits()) - commitsBefore;
    const answers = waves.flat();
    const waveFigures = waves.map((wave, i) => {
      const span = (Math.max(...wave.map((a) => a.lastAck)) - Math.min(...wave.map((a) => a.firstSent))) / 1000;
      const all = wave.flatMap((a) => a.latencies);
      return {
        seconds: round(span, 1),
        requestsPerSecond: Math.round(all.length / span),
        apiCpuPercent: Math.round(waveCpuMs[i] / span / 10),
        apiCpuUsPerRequest: Math.round((waveCpuMs[i] * 1000) / all.length),
        p50Ms: Math.round(pct(all, 50)),
        p99Ms: Math.round(pct(all, 99)),
      };
    });
    const statuses = {};
    for (const a of answers) for (const [code, k] of Object.entries(a.statuses)) statuses[code] = (statuses[code] ?? 0) + k;
    const latencies = answers.flatMap((a) => a.latencies);
    const seconds = (Math.max(...answers.map((a) => a.lastAck)) - Math.min(...answers.map((a) => a.firstSent))) / 1000;
    const measured = citizens.length;
    const stored =
      Number(
        (
          await sql.query(
            `SELECT count(*) AS n FROM challenge_supports s JOIN challenge_problems p ON p.id = s.problem_id WHERE p.challenge_id = $1`,
            [challengeId],
          )
        ).rows[0].n,
      ) -
      warm.length * LIMIT;
    const overLimit = Number(
      (
        await sql.query(
          `SELECT count(*) AS n FROM (SELECT 1 FROM challenge_supports s JOIN challenge_problems p ON p.id = s.problem_id
           WHERE p.challenge_id = $1 GROUP BY s.person_id, s.problem_id HAVING count(*) > $2) over_limit`,
          [challengeId, LIMIT],
        )
      ).rows[0].n,
    );
    const accepted = Object.entries(statuses).reduce((n, [code, k]) => n + (Number(code) >= 200 && Number(code) < 300 ? k : 0), 0);
    const refused = statuses['409'] ?? 0;
    // Each citizen sends LIMIT + 1 supports: LIMIT accepted and one refused at the limit; anything else is an error.
    const errors = answers.reduce((n, a) => n + a.latencies.length, 0) - accepted - refused + Math.abs(refused - measured);
    const supportsPerSecond = stored / seconds;
    const supportsRatio = supportsPerSecond / pgbenchTps;
    const pageRatio = apiPage.reqPerSec / Math.max(1, plainPage.reqPerSec);
    const met =
      supportsRatio >= TARGET_SUPPORTS &&
      pageRatio >= TARGET_PAGE &&
      errors === 0 &&
      overLimit === 0 &&
      stored === measured * LIMIT &&
      apiPage.non2xx === 0 &&
      apiPage.errors === 0;
    console.log(`\n== ${measured} citizens, ${measured * IDEAS_PER_PROBLEM} support requests (limit ${LIMIT} per problem) ==`);
    console.log(
      `supports stored/s              ${supportsPerSecond.toFixed(0)} = ${supportsRatio.toFixed(3)}× pgbench (target ≥ ${TARGET_SUPPORTS}×)`,
    );
    console.log(
      `burst                          ${seconds.toFixed(1)} s; answers p50 ${pct(latencies, 50).toFixed(0)} ms, p99 ${pct(latencies, 99).toFixed(0)} ms`,
    );
    console.log(`statuses                       ${JSON.stringify(statuses)}; errors ${errors}`);
    console.log(`waves (page on api, on node)   ${JSON.stringify(waveFigures)}`);
    console.log(
      `api CPU per support request    ${waveFigures[1].apiCpuUsPerRequest} µs (wave B, page on node:http; wave A with the page: ${waveFigures[0].apiCpuUsPerRequest} µs)`,
    );
    console.log(
      `database transactions          ${transactions} (${(transactions / (measured * IDEAS_PER_PROBLEM)).toFixed(2)} per support request, page rebuilds and the readers included)`,
    );
    console.log(`stored / expected              ${stored} / ${measured * LIMIT}; people over the limit (SQL): ${overLimit}`);
    console.log(
      `public page during the burst   api ${apiPage.reqPerSec} req/s (p99 ${apiPage.p99Ms} ms, non-2xx ${apiPage.non2xx}) vs node:http ${plainPage.reqPerSec} req/s = ${pageRatio.toFixed(2)}× (target ≥ ${TARGET_PAGE}×)`,
    );
    console.log(met ? 'MET' : 'NOT MET');
    result = {
      name: 'challenge',
      what: `${measured} citizens support at once (limit ${LIMIT}, one over), public page read meanwhile`,
      unit: 'supports/s',
      ours: Math.round(supportsPerSecond),
      baseline: Math.round(pgbenchTps),
      baselineWhat: 'pgbench one-row durable INSERT, 20 clients',
      ratio: round(supportsRatio),
      target: `>= ${TARGET_SUPPORTS}x; page >= ${TARGET_PAGE}x node:http; 0 errors; 0 over the limit`,
      met,
      p50Ms: Math.round(pct(latencies, 50)),
      p99Ms: Math.round(pct(latencies, 99)),
      figures: [
        {
          what: `public challenge page (${body.length} B) read by ${READERS} connections during the burst`,
          unit: 'req/s',
          ours: apiPage.reqPerSec,
          baseline: plainPage.reqPerSec,
          baselineWhat: 'plain node:http same bytes, under the same kind of burst',
          ratio: round(pageRatio, 2),
          target: `>= ${TARGET_PAGE}x`,
          met: pageRatio >= TARGET_PAGE && apiPage.non2xx === 0 && apiPage.errors === 0,
          p50Ms: apiPage.p50Ms,
          p99Ms: apiPage.p99Ms,
        },
      ],
      extra: {
        statuses,
        errors,
        stored,
        overLimit,
        seconds: round(seconds, 1),
        waves: waveFigures,
        transactions,
        page: { api: apiPage, nodeHttp: plainPage, ratio: round(pageRatio, 2), bytes: body.length },
      },
      machine: `${cpus().length} cores, Node ${process.versions.node}, load ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
    };
  } finally {
    await sql.end();
    await api.stop();
  }
} finally {
  server.stop();
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/challenge.json'), `${JSON.stringify(result, null, 2)}\n`);
process.exit(result.met ? 0 : 1);
