// bench/rollcall: the secretary records N check-ins (attendance "present") through the real HTTP path, arriving
// evenly over 5 s (an open loop: one every 5 s / N whether or not the earlier ones are answered); each one is answered
// and broadcast to the watchers in the session's live room as a small change (the row, the quorum, the version).
// A second round has 20 callers in a closed loop, like pgbench's 20 clients: its rate is the one compared with the
// same-run baseline, pgbench's durable one-row UPDATE rate on the same throwaway cluster. Real PostgreSQL (started here
// from Debian's packages), never PGlite. The quorum every socket ends on, after each round, must equal a SQL recount.
// Usage: npm run bench:rollcall        CHECKINS=1000 WATCHERS=20 npm run bench:rollcall
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { io } from 'socket.io-client';
import { startTempPostgres } from '../vote/temp-postgres.mjs';
import { startBuiltApi } from '../lib/built-api.mjs';

const ROOT = join(import.meta.dirname, '../..');
const CHECKINS = Number(process.env.CHECKINS ?? 1000);
const WATCHERS = Number(process.env.WATCHERS ?? 20);
const TARGET_MS = 5000;
const APP_PORT = Number(process.env.BENCH_PORT ?? 3690);
/** The target: at least this fraction of pgbench's one-row update rate. */
const TARGET_RATIO = 0.3;
/** ROLLCALL_LOG_STATEMENTS=1: log every statement during the check-ins and report how many each one cost (slows the run). */
const LOG_STATEMENTS = process.env.ROLLCALL_LOG_STATEMENTS === '1';
/** ROLLCALL_CAPACITY=0 skips the second round (closed loop, 20 callers) that measures the rate the api sustains. */
const CAPACITY = process.env.ROLLCALL_CAPACITY !== '0';
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const sleep = (t) => new Promise((r) => setTimeout(r, t));

async function until(test, timeoutMs, what) {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** pgbench: 20 clients (the api's pool size) updating the same row for 5 s, durably: the rate a hot row allows. */
function pgbenchUpdateRate(server) {
  server.psql('postgres', 'CREATE DATABASE pgbench_baseline');
  server.psql('pgbench_baseline', 'CREATE TABLE one_row (id integer PRIMARY KEY, v integer NOT NULL); INSERT INTO one_row VALUES (1, 0)');
  const script = join(server.dir, 'update.sql');
  writeFileSync(script, 'UPDATE one_row SET v = v + 1 WHERE id = 1;\n');
  const out = server.pgbench('pgbench_baseline', ['-n', '-c', '20', '-j', '2', '-T', '5', '-f', script]);
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
  if (!tps) throw new Error(`pgbench said: ${out}`);
  return tps;
}

async function run(server, pgbenchTps) {
  const db = 'cocrea_bench_rollcall';
  server.psql('postgres', `CREATE DATABASE ${db}`);
  const api = await startBuiltApi({ port: APP_PORT, databaseUrl: server.url(db), logLevel: 'fatal' });
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
    const session = async (personId) => {
      const token = randomBytes(32).toString('hex');
      await sql.query(`INSERT INTO auth_sessions (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
        sha256(token),
        personId,
      ]);
      return token;
    };

    // --- N voting members besides the demo's, and a session convened for them (the roll call is taken then).
    const [{ id: commissionId }] = (await sql.query('SELECT id FROM commissions ORDER BY created_at LIMIT 1')).rows;
    const people = await sql.query(
      `INSERT INTO people (name, email) SELECT 'Integrante ' || g, 'integrante' || g || '@bench.cocrea.mx' FROM generate_series(1, $1) g RETURNING id`,
      [CHECKINS],
    );
    const memberIds = people.rows.map((r) => r.id);
    await sql.query(
      `INSERT INTO commission_members (commission_id, person_id, role, votes, since) SELECT $1, unnest($2::uuid[]), 'commissioner', true, '2020-01-01'`,
      [commissionId, memberIds],
    );
    const secretaryId = (await sql.query(`SELECT id FROM people WHERE email = 'luis.parra@demo.cocrea.mx'`)).rows[0].id;
    const secretary = await session(secretaryId);
    const record = JSON.parse(readFileSync(join(ROOT, 'apps/api/src/seed/demo-commission.json'), 'utf8'));
    const state = await json('POST', `/api/commissions/${commissionId}/meetings`, secretary, {
      title: `Pase de lista de carga (${CHECKINS})`,
      kind: 'extraordinary',
      scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
      agenda: record.session.agenda.map((i) => ({ title: i.title, kind: i.kind })),
    });
    const meetingId = state.meeting.id;
    await json('POST', `/api/meetings/${meetingId}/convene`, secretary, {});
    // The call's mail to every member goes out before the session (days before, in life), not during its roll call.
    const unsent = async () =>
      Number((await sql.query(`SELECT count(*) AS n FROM mail_outbox WHERE state IN ('pending', 'sending')`)).rows[0].n);
    for (const start = Date.now(); (await unsent()) > 0 && Date.now() - start < 300_000; ) await sleep(500);

    // --- watchers in the session's room: each check-in's change (with its quorum and version) reaches every one of them.
    const watcherTokens = [];
    for (const id of memberIds.slice(0, WATCHERS)) watcherTokens.push(await session(id));
    const sockets = watcherTokens.map((token) =>
      io(`${api.base}/live`, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { token } }),
    );
    const states = sockets.map(() => ({ count: 0, version: -1, lastPresent: -1, allAt: null, bytes: 0 }));
    // The socket's quorum is the one of the highest version it received (whole state or change).
    const seen = (i, version, quorum, bytes) => {
      const held = states[i];
      held.count++;
      held.bytes += bytes;
      if (version <= held.version) return;
      held.version = version;
      held.lastPresent = quorum.present;
      if (quorum.present === CHECKINS && held.allAt === null) held.allAt = performance.now();
    };
    sockets.forEach((s, i) => {
      s.on('meeting:state', (m) => m.meeting.id === meetingId && seen(i, m.version, m.quorum, JSON.stringify(m).length));
      s.on('meeting:change', (c) => c.meetingId === meetingId && seen(i, c.version, c.quorum, JSON.stringify(c).length));
    });
    await until(() => sockets.every((s) => s.connected), 60_000, 'sockets to connect');
    const joins = await Promise.all(sockets.map((s) => s.timeout(60_000).emitWithAck('meeting:join', { meetingId })));
    if (!joins.every((a) => a.ok)) throw new Error('a socket could not join');
    await until(() => states.every((s) => s.count >= 1), 30_000, 'the joined state');
    for (const s of states) {
      s.count = 0;
      s.bytes = 0;
    }

    // --- the check-ins arrive evenly over TARGET_MS.
    const logged = () => readFileSync(join(server.dir, 'log'), 'utf8').match(/LOG: {2}(statement|execute [^:]*): .{0,60}/g) ?? [];
    if (LOG_STATEMENTS) server.psql('postgres', `ALTER SYSTEM SET log_statement = 'all'`);
    if (LOG_STATEMENTS) server.psql('postgres', 'SELECT pg_reload_conf()');
    const loggedBefore = LOG_STATEMENTS ? logged().length : 0;
    const gap = TARGET_MS / CHECKINS;
    const acks = [];
    const statuses = new Map();
    const t0 = performance.now();
    await Promise.all(
      memberIds.map(async (personId, i) => {
        await sleep(t0 + i * gap - performance.now());
        const sent = performance.now();
        // A refused or dropped connection is a lost check-in, counted like an error status.
        const status = await fetch(`${api.base}/api/meetings/${meetingId}/attendance/${personId}`, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${secretary}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ status: 'present' }),
        }).then(
          async (r) => (await r.arrayBuffer(), r.status),
          (error) => error.cause?.code ?? 'network',
        );
        acks.push(performance.now() - sent);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }),
    );
    const lastAck = performance.now();
    const allAcked = lastAck - t0;
    const statements = LOG_STATEMENTS ? logged().slice(loggedBefore) : [];
    const statementsPerCheckIn = LOG_STATEMENTS ? statements.length / CHECKINS : null;
    const kinds = new Map();
    for (const line of statements) {
      const text = line.replace(/^LOG: {2}(statement|execute [^:]*): /, '').slice(0, 50);
      kinds.set(text, (kinds.get(text) ?? 0) + 1);
    }
    for (const [text, n] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${String(n).padStart(6)}  ${text}`);
    if (LOG_STATEMENTS) server.psql('postgres', 'ALTER SYSTEM RESET log_statement');
    if (LOG_STATEMENTS) server.psql('postgres', 'SELECT pg_reload_conf()');
    // With lost check-ins the full quorum never comes: wait a while, then report what the sockets hold.
    await until(() => states.every((s) => s.allAt !== null), 30_000, 'the full quorum on every socket').catch(() => undefined);
    const finalOnSockets = states.map((s) => (s.allAt === null ? Infinity : Math.max(0, s.allAt - lastAck)));
    const broadcasts = Math.min(...states.map((s) => s.count));
    const bytesPerBroadcast = states[0].bytes / Math.max(1, states[0].count);

    const final = await json('GET', `/api/meetings/${meetingId}`, secretary);
    const recount = Number(
      (
        await sql.query(
          `SELECT count(*) AS n FROM attendances a JOIN commission_members m ON m.person_id = a.person_id AND m.commission_id = $2
            WHERE a.meeting_id = $1 AND a.status IN ('present', 'late') AND m.votes`,
          [meetingId, commissionId],
        )
      ).rows[0].n,
    );

    // --- capacity: the same members marked late by 20 callers in a closed loop (each sends its next when answered),
    // the api's pool size and pgbench's client count: the rate the design sustains when offered more than 200/s.
    let capacity = null;
    if (CAPACITY) {
      const queue = [...memberIds];
      let refused = 0;
      const c0 = performance.now();
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          for (let personId = queue.shift(); personId; personId = queue.shift()) {
            const r = await fetch(`${api.base}/api/meetings/${meetingId}/attendance/${personId}`, {
              method: 'PUT',
              headers: { Authorization: `Bearer ${secretary}`, 'Content-Type': 'application/json' },
              body: JSON.stringify({ status: 'late', arrivedAt: null }),
            }).then(
              async (response) => (await response.arrayBuffer(), response.status),
              () => 0,
            );
            if (r !== 200) refused++;
          }
        }),
      );
      const perSecond = CHECKINS / ((performance.now() - c0) / 1000);
      const after = await json('GET', `/api/meetings/${meetingId}`, secretary);
      await until(() => states.every((s) => s.version >= after.version), 30_000, 'the last change on every socket').catch(() => undefined);
      capacity = { perSecond, refused, quorumApi: after.quorum.present, quorumSockets: Math.min(...states.map((s) => s.lastPresent)) };
    }
    for (const s of sockets) s.disconnect();

    const perSecond = CHECKINS / (allAcked / 1000);
    const errors = CHECKINS - (statuses.get(200) ?? 0);
    return {
      perSecond,
      allAcked,
      p50: pct(acks, 50),
      p99: pct(acks, 99),
      errors,
      statuses: Object.fromEntries(statuses),
      quorumApi: final.quorum.present,
      quorumSockets: Math.min(...states.map((s) => s.lastPresent)),
      recount,
      broadcasts,
      bytesPerBroadcast,
      finalOnSocketsP99: pct(finalOnSockets, 99),
      statementsPerCheckIn,
      capacity,
      pgbenchTps,
    };
  } finally {
    await sql.end();
    await api.stop();
  }
}

const loadBefore = loadavg()[0];
const server = await startTempPostgres();
let result;
try {
  const tps = pgbenchUpdateRate(server);
  console.log(`pgbench baseline: ${tps.toFixed(0)} one-row durable UPDATEs/s (20 clients, 5 s) on PostgreSQL 15 at port ${server.port}`);
  result = await run(server, tps);
} finally {
  server.stop();
}

const r = result;
// The quorum must agree with the stored attendance; check-ins refused with an error are counted as errors.
// Marking present members late changes nobody's count: after the capacity round the quorum is the same recount.
const quorumOk =
  r.quorumApi === r.recount &&
  r.quorumSockets === r.recount &&
  (!r.capacity || (r.capacity.quorumApi === r.recount && r.capacity.quorumSockets === r.recount));
const ratio = r.perSecond / r.pgbenchTps;
const load = `load ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
console.log(`\n== ${CHECKINS} check-ins, ${WATCHERS} watching sockets ==`);
console.log(
  `check-ins/s                    ${r.perSecond.toFixed(0)} = ${(r.perSecond / r.pgbenchTps).toFixed(3)}× pgbench one-row UPDATE rate (${r.pgbenchTps.toFixed(0)}/s)`,
);
console.log(`all acknowledged after         ${r.allAcked.toFixed(0)} ms (sent over ${TARGET_MS} ms; target ≤ ${TARGET_MS} ms)`);
console.log(`acknowledgement p50 / p99      ${r.p50.toFixed(0)} ms / ${r.p99.toFixed(0)} ms`);
console.log(`errors                         ${r.errors} (statuses ${JSON.stringify(r.statuses)})`);
console.log(`broadcasts per socket          ≥ ${r.broadcasts} (one per check-in: ${CHECKINS}), ${r.bytesPerBroadcast.toFixed(0)} B each`);
console.log(`machine                        ${load}`);
if (r.statementsPerCheckIn !== null)
  console.log(`SQL statements per check-in    ${r.statementsPerCheckIn.toFixed(2)} (api and bench, from the server's statement log)`);
if (r.capacity)
  console.log(
    `capacity (closed loop, 20)     ${r.capacity.perSecond.toFixed(0)} check-ins/s = ${(r.capacity.perSecond / r.pgbenchTps).toFixed(3)}× pgbench, ${r.capacity.refused} refused, quorum api ${r.capacity.quorumApi} / sockets ${r.capacity.quorumSockets}`,
  );
console.log(`full quorum on every socket    p99 ${r.finalOnSocketsP99.toFixed(0)} ms after the last ack`);
console.log(
  `final quorum                   api ${r.quorumApi}, sockets ${r.quorumSockets}, SQL recount ${r.recount}${quorumOk ? '' : '  <-- MISMATCH'}`,
);

// The rate compared with pgbench is the closed-loop round's: 20 callers each sending their next check-in when the
// last is answered, as pgbench's 20 clients do. The open-loop round offers 1,000 in 5 s (200/s by construction), so its
// rate says whether the room keeps up, not how fast it can go: it is reported as a figure of its own, met when every
// check-in is answered with 0 refused and the quorum equals the recount.
const openLoop = {
  what: `${CHECKINS} check-ins sent over ${TARGET_MS / 1000} s (${(CHECKINS / (TARGET_MS / 1000)).toFixed(0)}/s offered), each broadcast as a change to ${WATCHERS} sockets`,
  unit: 'check-ins/s',
  ours: Math.round(r.perSecond),
  baseline: Math.round(r.pgbenchTps),
  baselineWhat: 'pgbench one-row durable UPDATE, 20 clients, same cluster',
  ratio: Number(ratio.toFixed(3)),
  target: '0 refused, quorum = SQL recount on every socket',
  met: r.errors === 0 && r.recount === CHECKINS && quorumOk,
  p50Ms: Math.round(r.p50),
  p99Ms: Math.round(r.p99),
};
const capacityRatio = r.capacity ? r.capacity.perSecond / r.pgbenchTps : null;
const closedLoop = r.capacity && {
  what: `${CHECKINS} check-ins by 20 callers in a closed loop (as pgbench's 20 clients), each broadcast to ${WATCHERS} sockets`,
  unit: 'check-ins/s',
  ours: Math.round(r.capacity.perSecond),
  baseline: Math.round(r.pgbenchTps),
  baselineWhat: 'pgbench one-row durable UPDATE, 20 clients, same cluster',
  ratio: Number(capacityRatio.toFixed(3)),
  target: `>= ${TARGET_RATIO}x, 0 refused, quorum = SQL recount on every socket`,
  met: capacityRatio >= TARGET_RATIO && r.capacity.refused === 0 && quorumOk,
  p50Ms: null,
  p99Ms: null,
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/results/rollcall.json'),
  `${JSON.stringify(
    {
      name: 'rollcall',
      ...(closedLoop ?? openLoop),
      ...(closedLoop && { figures: [openLoop] }),
      extra: {
        allAckedMs: Math.round(r.allAcked),
        errors: r.errors,
        broadcastsPerSocket: r.broadcasts,
        bytesPerBroadcast: Math.round(r.bytesPerBroadcast),
        fullQuorumOnSocketsP99Ms: Math.round(r.finalOnSocketsP99),
        quorumApi: r.quorumApi,
        quorumSockets: r.quorumSockets,
        sqlRecount: r.recount,
        ...(r.statementsPerCheckIn === null ? {} : { statementsPerCheckIn: Number(r.statementsPerCheckIn.toFixed(2)) }),
        ...(r.capacity && { capacityRefused: r.capacity.refused }),
      },
      machine: `${availableParallelism()} cores (${cpus()[0]?.model.trim()}), Node ${process.versions.node}, ${load}`,
    },
    null,
    2,
  )}\n`,
);
// Lost check-ins or a quorum that disagrees with the recount is a failed run; a slow one is reported, not failed.
if (r.errors !== 0 || r.recount !== CHECKINS || !quorumOk) {
  console.error(
    `FAILED: ${r.errors} check-ins refused or lost, ${r.recount} recorded, quorum ${quorumOk ? 'matches' : 'does not match'} the SQL recount`,
  );
  process.exit(1);
}
