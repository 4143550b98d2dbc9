// bench/vote: N logged-in voters cast one ballot each at the same instant (over their live sockets, or HTTP), while N
// sockets watch the tally in the session's live room. Real PostgreSQL (started here from Debian's packages), never
// PGlite. Same-run baselines: pgbench's one-row durable INSERT rate, and a bare Socket.IO room broadcast.
// Usage: npm run bench:vote            (1,000 then 3,000 voters)   VOTERS=1000 npm run bench:vote   BENCH_CAST=http
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createServer } from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { fork } from 'node:child_process';
import { pgbenchInsertRate, startTempPostgres } from './temp-postgres.mjs';
import { startBuiltApi } from '../lib/built-api.mjs';

const ROOT = join(import.meta.dirname, '../..');
const VOTERS = (process.env.VOTERS ?? '1000,3000').split(',').map(Number);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3290);
/** Child processes holding the voters' sockets and sending their ballots. */
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
/** How voters cast: `socket` (`poll:cast` over their live socket, as the web does) or `http` (the REST route). */
const VIA = process.env.BENCH_CAST === 'http' ? 'http' : 'socket';
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (n) => `${n.toFixed(0)} ms`;
const sleep = (t) => new Promise((r) => setTimeout(r, t));

async function until(test, timeoutMs, what) {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** A bare Socket.IO room: n clients, one broadcast of `payload`; per-client delivery times (median of 3 rounds' p99). */
async function bareBroadcast(n, payload) {
  const http = createServer();
  const ioServer = new Server(http, { transports: ['websocket'] });
  ioServer.on('connection', (socket) => socket.join('room'));
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${http.address().port}`;
  const clients = [];
  for (let i = 0; i < n; i++) clients.push(io(url, { transports: ['websocket'], forceNew: true, reconnection: false }));
  await until(() => clients.every((c) => c.connected), 300_000, 'bare sockets');
  await sleep(200);
  const rounds = [];
  for (let round = 0; round < 3; round++) {
    const arrivals = [];
    for (const c of clients) c.once('tally', () => arrivals.push(performance.now()));
    const sent = performance.now();
    ioServer.to('room').emit('tally', payload);
    await until(() => arrivals.length === n, 30_000, 'bare broadcast');
    rounds.push({
      p99: pct(
        arrivals.map((a) => a - sent),
        99,
      ),
      all: Math.max(...arrivals) - sent,
    });
    await sleep(100);
  }
  for (const c of clients) c.disconnect();
  ioServer.close();
  http.close();
  rounds.sort((a, b) => a.p99 - b.p99);
  return rounds[1];
}

/**
 * The floor of the ballot's socket path: the same clients (the workers' voters) each send the same `poll:cast` to a
 * bare Socket.IO server in this process, which acknowledges each on the next turn with a receipt-sized answer. Its
 * CPU per acknowledgement (and the clients') is what Socket.IO itself costs per ballot on this machine, now.
 */
async function bareAck(workers, ask, n) {
  const http = createServer();
  const ioServer = new Server(http, { transports: ['websocket'] });
  ioServer.of('/live').on('connection', (socket) =>
    socket.on('poll:cast', (ballot, ack) =>
      setImmediate(() =>
        ack({
          ok: true,
          receipt: { pollId: ballot.pollId, memberPersonId: ballot.memberPersonId, receipt: 'BARE-ACK0-0000-0000-0000', replayed: false },
        }),
      ),
    ),
  );
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${http.address().port}/live`;
  try {
    await Promise.all(workers.map((child) => ask(child, { type: 'bare', url }, 'bare-ready')));
    await sleep(200);
    const cpu = process.cpuUsage();
    const voted = await Promise.all(workers.map((child) => ask(child, { type: 'bare-cast' }, 'bare-voted')));
    const { user, system } = process.cpuUsage(cpu);
    return { serverCpuPerAck: (user + system) / 1000 / n, clientCpuPerAck: voted.reduce((sum, v) => sum + v.cpuMs, 0) / n };
  } finally {
    ioServer.close();
    http.close();
  }
}

async function run(server, n, pgbenchTps) {
  const db = `cocrea_bench_${n}`;
  server.psql('postgres', `CREATE DATABASE ${db}`);
  const api = await startBuiltApi({ port: APP_PORT, databaseUrl: server.url(db), logLevel: 'warn' });
  const sql = new pg.Client({ connectionString: server.url(db) });
  await sql.connect();
  try {
    const json = async (method, path, token, body) => {
      const r = await fetch(`${api.base}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
      return r.json();
    };
    // --- logged-in voters: N voting members of the demo commission, each with a login session (as the login route would store it).
    const [{ id: commissionId }] = (await sql.query('SELECT id FROM commissions ORDER BY created_at LIMIT 1')).rows;
    const people = await sql.query(
      `INSERT INTO people (name, email) SELECT 'Votante ' || g, 'votante' || g || '@bench.cocrea.mx' FROM generate_series(1, $1) g RETURNING id`,
      [n],
    );
    const voterIds = people.rows.map((r) => r.id);
    await sql.query(
      `INSERT INTO commission_members (commission_id, person_id, role, votes, since) SELECT $1, unnest($2::uuid[]), 'commissioner', true, '2020-01-01'`,
      [commissionId, voterIds],
    );
    const session = async (personId) => {
      const token = randomBytes(32).toString('hex');
      await sql.query(`INSERT INTO auth_sessions (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
        sha256(token),
        personId,
      ]);
      return token;
    };
    const tokens = [];
    for (const id of voterIds) tokens.push(await session(id));
    const chairId = (await sql.query(`SELECT id FROM people WHERE email = 'maria.nava@demo.cocrea.mx'`)).rows[0].id;
    const secretaryId = (await sql.query(`SELECT id FROM people WHERE email = 'luis.parra@demo.cocrea.mx'`)).rows[0].id;
    const chair = await session(chairId);
    const secretary = await session(secretaryId);

    // --- an open session with everyone present.
    const record = JSON.parse(readFileSync(join(ROOT, 'apps/api/src/seed/demo-commission.json'), 'utf8'));
    const now = Date.now();
    const state = await json('POST', `/api/commissions/${commissionId}/meetings`, secretary, {
      title: `Sesión de carga (${n} votantes)`,
      kind: 'extraordinary',
      scheduledAt: new Date(now - 3_600_000).toISOString(),
      pastRecord: true,
      agenda: record.session.agenda.map((i) => ({ title: i.title, kind: i.kind })),
    });
    const meetingId = state.meeting.id;
    await json('POST', `/api/meetings/${meetingId}/convene`, secretary, { at: new Date(now - 7_200_000).toISOString() });
    await sql.query(
      `INSERT INTO attendances (meeting_id, person_id, status) SELECT $1, m.person_id, 'present' FROM commission_members m WHERE m.commission_id = $2 AND m.votes`,
      [meetingId, commissionId],
    );
    const opened = await json('POST', `/api/meetings/${meetingId}/open`, chair, {});
    const item = opened.agenda.find((i) => i.kind === 'vote').id;
    const poll = await json('POST', `/api/meetings/${meetingId}/polls`, secretary, {
      agendaItemId: item,
      subject: 'Carga',
      method: 'named',
    });
    const yes = poll.options.find((o) => o.meaning === 'yes').id;

    // --- N sockets in the room and N voters, spread over WORKERS child processes (the load generator's event loop
    // must not be the bottleneck it measures).
    const voters = voterIds.map((personId, i) => ({ personId, token: tokens[i] }));
    const workers = Array.from({ length: Math.min(WORKERS, n) }, () => fork(join(import.meta.dirname, 'voters.mjs')));
    const ask = (child, message, answer) =>
      new Promise((resolve, reject) => {
        const listen = (m) => {
          if (m.type === 'error') reject(new Error(m.message));
          else if (m.type === answer) resolve(m);
          else return;
          child.off('message', listen);
        };
        child.on('message', listen);
        child.send(message);
      });
    const share = (i) => voters.filter((_, j) => j % workers.length === i);
    await Promise.all(
      workers.map((child, i) =>
        ask(child, { type: 'connect', base: api.base, meetingId, pollId: poll.id, total: n, voters: share(i) }, 'ready'),
      ),
    );
    await json('POST', `/api/polls/${poll.id}/open`, chair, {});
    await sleep(500);

    // --- everyone votes at once.
    const t0 = performance.timeOrigin + performance.now();
    const apiCpuBefore = api.cpuMs();
    const voted = await Promise.all(workers.map((child) => ask(child, { type: 'vote', optionId: yes, via: VIA }, 'voted')));
    const acks = voted.flatMap((v) => v.acks);
    const statuses = new Map();
    for (const v of voted)
      for (const [code, k] of Object.entries(v.statuses)) statuses.set(Number(code), (statuses.get(Number(code)) ?? 0) + k);
    const lastAck = Math.max(...voted.map((v) => v.lastAck));
    // CPU per ballot: the api's (user + system, from the casting to the last ack) and the bench clients' own.
    const apiCpuPerBallot = (api.cpuMs() - apiCpuBefore) / n;
    const clientCpuPerBallot = voted.reduce((sum, v) => sum + v.cpuMs, 0) / n;
    const allAcked = lastAck - t0;
    const reports = async () => await Promise.all(workers.map((child) => ask(child, { type: 'report' }, 'report')));
    let seen = await reports();
    for (const start = Date.now(); seen.some((r) => r.seenVoted.includes(null)) && Date.now() - start < 30_000; seen = await reports())
      await sleep(200);
    if (seen.some((r) => r.seenVoted.includes(null))) throw new Error('timed out waiting for the tally on every socket');
    const tallyLatency = seen.flatMap((r) => r.seenVoted).map((t) => Math.max(0, t - lastAck));

    const closeSent = performance.timeOrigin + performance.now();
    const closed = await json('POST', `/api/polls/${poll.id}/close`, chair, {});
    seen = await reports();
    for (const start = Date.now(); seen.some((r) => r.seenClosed.includes(null)) && Date.now() - start < 30_000; seen = await reports())
      await sleep(200);
    if (seen.some((r) => r.seenClosed.includes(null))) throw new Error('timed out waiting for the result on every socket');
    const closeLatency = seen.flatMap((r) => r.seenClosed).map((t) => t - closeSent);
    const rows = Number((await sql.query('SELECT count(*) AS n FROM ballots WHERE poll_id = $1', [poll.id])).rows[0].n);
    const verify = await (await fetch(`${api.base}/api/public/polls/${poll.id}/verify`)).json();
    // Measured at 1,000 voters only: at 3,000 its sockets and their teardown added to the bare broadcast's own 3,000.
    const floor = n <= 1000 ? await bareAck(workers, ask, n) : { serverCpuPerAck: NaN, clientCpuPerAck: NaN };
    for (const child of workers) child.send({ type: 'stop' });

    const bare = await bareBroadcast(n, closed);
    const ballotsPerSecond = n / (allAcked / 1000);
    const errors = n - (statuses.get(201) ?? 0);
    console.log(`\n== ${n} voters, ${n} sockets, ballots cast over ${VIA} ==`);
    console.log(
      `ballots/s                      ${ballotsPerSecond.toFixed(0)}  = ${(ballotsPerSecond / pgbenchTps).toFixed(3)}× pgbench one-row INSERT rate (${pgbenchTps.toFixed(0)}/s; target ≥ 0.3×)`,
    );
    console.log(`all acknowledged after         ${ms(allAcked)}`);
    console.log(
      `CPU per ballot                 api ${apiCpuPerBallot.toFixed(2)} ms, bench clients ${clientCpuPerBallot.toFixed(2)} ms (user + system, cast to last ack)`,
    );
    console.log(
      `  the same casts, bare Socket.IO server ${floor.serverCpuPerAck.toFixed(2)} ms, its clients ${floor.clientCpuPerAck.toFixed(2)} ms (a server that only acknowledges: the floor)`,
    );
    console.log(`acknowledgement p50 / p99      ${ms(pct(acks, 50))} / ${ms(pct(acks, 99))}`);
    console.log(`errors                         ${errors} (statuses ${JSON.stringify(Object.fromEntries(statuses))})`);
    console.log(`rows stored                    ${rows} (voters ${n})${rows === n ? '' : '  <-- MISMATCH'}`);
    console.log(`chain verified                 ${verify.intact ? 'intact' : 'BROKEN'} (${verify.events} events)`);
    console.log(`tally to every socket p99      ${ms(pct(tallyLatency, 99))} after the last ack (bare broadcast p99 ${ms(bare.p99)})`);
    console.log(
      `result on every socket         p99 ${ms(pct(closeLatency, 99))}, last ${ms(Math.max(...closeLatency))} after the close request (target < 2000 ms)`,
    );
    // The live tally's delivery (after the last acknowledgement) against a bare broadcast of the same size.
    console.log(
      `delivery rate vs bare          ${(bare.p99 / Math.max(1, pct(tallyLatency, 99))).toFixed(2)}× (tally p99 vs bare p99; target ≥ 0.5×)`,
    );
    return {
      n,
      ballotsPerSecond,
      errors,
      rows,
      intact: verify.intact,
      pgbenchTps,
      ackP50: pct(acks, 50),
      ackP99: pct(acks, 99),
      apiCpuPerBallot,
      clientCpuPerBallot,
      bareServerCpuPerAck: floor.serverCpuPerAck,
      bareClientCpuPerAck: floor.clientCpuPerAck,
      tallyP99: pct(tallyLatency, 99),
      bareP99: bare.p99,
    };
  } finally {
    await sql.end();
    await api.stop();
  }
}

const server = await startTempPostgres();
const results = [];
try {
  const tps = pgbenchInsertRate(server);
  console.log(`pgbench baseline: ${tps.toFixed(0)} one-row durable INSERTs/s (20 clients, 5 s) on PostgreSQL 15 at port ${server.port}`);
  for (const n of VOTERS) results.push(await run(server, n, tps));
} finally {
  server.stop();
}
// The interface of `npm run bench` (bench/run-all.mjs): the first size's figures, the other sizes in `extra`.
if (results.length > 0) {
  const [first] = results;
  const ratio = first.ballotsPerSecond / first.pgbenchTps;
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/vote.json'),
    `${JSON.stringify(
      {
        name: 'vote',
        what: `${first.n} voters cast at once over ${VIA === 'http' ? 'HTTP' : 'their live sockets'}, tally live to ${first.n} sockets`,
        unit: 'ballots/s',
        ours: Math.round(first.ballotsPerSecond),
        baseline: Math.round(first.pgbenchTps),
        baselineWhat: 'pgbench one-row durable INSERT, 20 clients',
        ratio: Math.round(ratio * 1000) / 1000,
        target: '>= 0.3x',
        met: ratio >= 0.3 && first.errors === 0 && first.rows === first.n && first.intact,
        p50Ms: Math.round(first.ackP50),
        p99Ms: Math.round(first.ackP99),
        extra: { sizes: results, tallyP99Ms: Math.round(first.tallyP99), bareBroadcastP99Ms: Math.round(first.bareP99) },
        machine: `${cpus().length} cores, Node ${process.versions.node}`,
      },
      null,
      2,
    )}\n`,
  );
}
// A run with a lost or refused ballot, a missing row or a broken chain is a failed run.
const failed = results.filter((r) => r.errors !== 0 || r.rows !== r.n || !r.intact);
for (const r of failed) console.error(`FAILED: ${r.n} voters: ${r.errors} errors, ${r.rows} rows, chain ${r.intact ? 'intact' : 'broken'}`);
process.exit(failed.length === 0 && results.length === VOTERS.length ? 0 : 1);
