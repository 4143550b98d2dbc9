/**
 * bench:coedit — co-editing through the real collaboration server (auth, Origin check, message validation,
 * PostgreSQL persistence) against two same-run baselines: a plain in-process Y.Doc and a bare y-websocket-style
 * relay. This process hosts only the server under test (ours, or the relay); the clients (Node, real WebSockets on
 * loopback) run in COEDIT_WORKERS + 1 worker threads, the same way for both. The database is a throwaway PostgreSQL
 * server (Debian's binaries, like the other benches), or a fresh database (dropped after) on the server at
 * COEDIT_DATABASE_URL (a role with CREATEDB), or PGlite with COEDIT_DATABASE=pglite.
 * Exits non-zero when a peer diverged or a figure is missing: a run that measured nothing is a failure.
 *
 *   COEDIT_OPS (250000)  COEDIT_OBSERVERS (20)  COEDIT_LOAD_SECONDS (120)  COEDIT_DOCS (5)  COEDIT_EDITORS (20)  COEDIT_RATE (5 ops/s)
 *   COEDIT_WORKERS (2: observer workers; the writer has its own)  COEDIT_DATABASE_URL  COEDIT_DATABASE_PREFIX (coedit_bench)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { CollabServer } from '../../apps/api/src/documents/collab/collab.server';
import { DocumentEntity } from '../../apps/api/src/documents/entities/document.entity';
import { clusterAvailable, startTempPostgres, TempPostgres } from '../../apps/api/src/testing/cluster/services';
import { DEMO, startSeededOnServer, startTestApp, TestApp } from '../../apps/api/src/testing/test-app';
import { writeResult } from '../lib/result';
import { apply, benchText, PeerWorker, Target } from './peers';
import { startRelay } from './relay';
import { generateTrace, replay } from './trace';

const OPS = Number(process.env['COEDIT_OPS'] ?? 250_000);
const OBSERVERS = Number(process.env['COEDIT_OBSERVERS'] ?? 20);
const LOAD_SECONDS = Number(process.env['COEDIT_LOAD_SECONDS'] ?? 120);
const DOCS = Number(process.env['COEDIT_DOCS'] ?? 5);
const EDITORS = Number(process.env['COEDIT_EDITORS'] ?? 20);
const RATE = Number(process.env['COEDIT_RATE'] ?? 5);
const WORKERS = Number(process.env['COEDIT_WORKERS'] ?? 2);
const DATABASE_URL = process.env['COEDIT_DATABASE_URL'];
const DATABASE_PREFIX = process.env['COEDIT_DATABASE_PREFIX'] ?? 'coedit_bench';
const PGLITE = process.env['COEDIT_DATABASE'] === 'pglite';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load1 = () => loadavg()[0].toFixed(1);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};

/**
 * Streams the trace from a writer (one update per op, in its own worker) to OBSERVERS observers spread over WORKERS
 * workers, timed from the start of the stream until every observer holds the expected text.
 */
async function streamTrace(
  writerTarget: Target,
  observerTarget: Target,
  expected: string,
): Promise<{ opsPerSecond: number; identical: boolean }> {
  const writer = new PeerWorker();
  const workers = Array.from({ length: WORKERS }, () => new PeerWorker());
  try {
    writer.send({ type: 'writer', target: writerTarget, ops: OPS });
    await writer.next('ready');
    workers.forEach((w, i) =>
      w.send({
        type: 'observers',
        target: observerTarget,
        count: Math.floor(OBSERVERS / WORKERS) + (i < OBSERVERS % WORKERS ? 1 : 0),
        expected,
      }),
    );
    for (const w of workers) await w.next('ready');
    const started = performance.now();
    writer.send({ type: 'stream' });
    const observed = await Promise.all(workers.map((w) => w.next('observed')));
    const seconds = (performance.now() - started) / 1000;
    await writer.next('streamed');
    return { opsPerSecond: OPS / seconds, identical: observed.every((o) => o.identical) };
  } finally {
    await Promise.all([writer, ...workers].map((w) => w.close()));
  }
}

/** DOCS documents × EDITORS editors × RATE ops/s: propagation latency measured by one more observer per document. */
async function load(docs: { editors: Target; observer: Target }[]): Promise<{ p50: number; p99: number; identical: boolean; ops: number }> {
  const workers = Array.from({ length: Math.min(WORKERS, docs.length) }, () => new PeerWorker());
  try {
    workers.forEach((w, i) =>
      w.send({ type: 'load', docs: docs.filter((_, d) => d % workers.length === i), editors: EDITORS, rate: RATE, seconds: LOAD_SECONDS }),
    );
    for (const w of workers) await w.next('ready');
    const results = await Promise.all(workers.map((w) => w.next('loaded')));
    const latencies = results.flatMap((r) => r.latencies);
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      identical: results.every((r) => r.identical),
      ops: results.reduce((sum, r) => sum + r.ops, 0),
    };
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}

async function main(): Promise<void> {
  const trace = generateTrace(OPS);
  const expected = replay(trace);
  console.log(
    `trace: ${trace.length} single-character ops (${trace.filter((o) => o.kind === 'delete').length} deletes), final text ${expected.length} chars`,
  );

  // Baseline 1: the trace on a plain in-process Y.Doc.
  const plain = new Y.Doc();
  const plainText = benchText(plain, true) as Y.XmlText;
  const started = performance.now();
  for (const op of trace) apply(plainText, op);
  const inProcess = trace.length / ((performance.now() - started) / 1000);
  console.log(`in-process Y.Doc: ${Math.round(inProcess)} ops/s, text identical: ${plainText.toString() === expected}`);

  // Baseline 2: a bare relay with the same observers.
  const loadBefore = load1();
  const relay = await startRelay();
  const room = (name: string): Target => ({ kind: 'relay', url: relay.url, room: name });
  const relayTrace = await streamTrace(room('trace'), room('trace'), expected);
  console.log(
    `bare relay: ${Math.round(relayTrace.opsPerSecond)} ops/s to ${OBSERVERS} observers, identical: ${relayTrace.identical} (load ${load1()})`,
  );

  // The real collaboration server: auth, Origin check, message validation, persistence.
  const dataDir = mkdtempSync(join(tmpdir(), 'cocrea-bench-'));
  const postgres: TempPostgres | null = !DATABASE_URL && !PGLITE && clusterAvailable() ? await startTempPostgres() : null;
  const serverUrl = DATABASE_URL ?? postgres?.url('postgres');
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const env = { LOG_LEVEL: 'silent' };
  const t: TestApp = serverUrl
    ? await startSeededOnServer(serverUrl, env, DATABASE_PREFIX)
    : await startTestApp({ seed: true, dataDir, env });
  console.log(
    `collaboration server on ${serverUrl ? `PostgreSQL (${postgres ? 'a throwaway server' : 'COEDIT_DATABASE_URL'})` : 'PGlite'}`,
  );
  await t.app.listen(0, '127.0.0.1');
  const port = (t.app.getHttpServer().address() as AddressInfo).port;
  const tokenOf = async (email: string) => (await t.login(email)).slice('Bearer '.length);
  const editorToken = await tokenOf(DEMO.chair);
  const observerToken = await tokenOf(DEMO.partner);
  const db = t.app.get(DataSource);
  const documentId = (await db.manager.findOneByOrFail(DocumentEntity, { title: 'Diagnóstico de la situación de apertura (borrador)' })).id;
  const groupId = (await db.manager.findOneByOrFail(DocumentEntity, { id: documentId })).groupId as string;
  const collab = (name: string, token: string): Target => ({ kind: 'server', url: `ws://127.0.0.1:${port}/collab`, name, token });
  const serverTrace = await streamTrace(collab(documentId, editorToken), collab(documentId, observerToken), expected);
  console.log(
    `collaboration server: ${Math.round(serverTrace.opsPerSecond)} ops/s to ${OBSERVERS} observers, identical: ${serverTrace.identical} (load ${load1()})`,
  );

  const server = t.app.get(CollabServer);
  await server.flush();
  const encoded = await server.read(documentId, (doc) => Y.encodeStateAsUpdate(doc).length);
  const [{ state }] = await db.query('SELECT COALESCE(length(state), 0)::int AS state FROM documents WHERE id = $1', [documentId]);
  const [{ rows, bytes }] = await db.query(
    'SELECT COUNT(*)::int AS rows, COALESCE(SUM(length(update)), 0)::int AS bytes FROM document_updates WHERE document_id = $1',
    [documentId],
  );
  const persisted = Number(state) + Number(bytes);

  // Many documents, many editors, a steady rate: latency through the server, then through the relay.
  const documentIds: string[] = [];
  const chairAuth = await t.login(DEMO.chair);
  for (let d = 0; d < DOCS; d++) {
    const created = await t.http
      .post('/api/documents')
      .set('Authorization', chairAuth)
      .send({ title: `Carga ${d + 1}`, groupId });
    documentIds.push(created.body.id as string);
  }
  const serverLoad = await load(documentIds.map((id) => ({ editors: collab(id, editorToken), observer: collab(id, observerToken) })));
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const relayLoad = await load(Array.from({ length: DOCS }, (_, d) => ({ editors: room(`load-${d}`), observer: room(`load-${d}`) })));
  await relay.close();
  await t.close();
  postgres?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
  const loadAfter = load1();

  console.log('');
  console.log(`trace ops/s, server / in-process Y.Doc: ${(serverTrace.opsPerSecond / inProcess).toFixed(3)}× (target ≥ 0.2×)`);
  console.log(
    `trace ops/s, server / bare relay:       ${(serverTrace.opsPerSecond / relayTrace.opsPerSecond).toFixed(3)}× (target ≥ 0.7×)`,
  );
  console.log(
    `final text identical on every peer:     server ${serverTrace.identical}, relay ${relayTrace.identical}, load server ${serverLoad.identical}, load relay ${relayLoad.identical}`,
  );
  console.log(
    `persisted / Y.Doc encoded size:         ${(persisted / encoded).toFixed(3)}× (${persisted} B in state + ${rows} rows vs ${encoded} B; target ≤ 1.5×)`,
  );
  console.log(
    `load ${DOCS} docs × ${EDITORS} editors × ${RATE} ops/s for ${LOAD_SECONDS}s: server p50 ${serverLoad.p50.toFixed(1)} ms, p99 ${serverLoad.p99.toFixed(1)} ms (target ≤ 200 ms), ${serverLoad.ops} ops; relay p50 ${relayLoad.p50.toFixed(1)} ms, p99 ${relayLoad.p99.toFixed(1)} ms; p99 ratio ${(serverLoad.p99 / relayLoad.p99).toFixed(2)}×`,
  );
  console.log(
    `heap growth of the server's process over its runs (the clients are in worker threads): ${mb(heapAfter - heapBefore)}${global.gc ? '' : ' (run with --expose-gc for a steadier figure)'}`,
  );
  console.log(`load average (1 min): ${loadBefore} before the relay, ${loadAfter} at the end`);
  const ratio = serverTrace.opsPerSecond / relayTrace.opsPerSecond;
  const figures = [inProcess, relayTrace.opsPerSecond, serverTrace.opsPerSecond, encoded, serverLoad.p99, relayLoad.p99];
  if (!figures.every((figure) => Number.isFinite(figure) && figure > 0)) {
    console.error(`no figure: ${figures.join(', ')}`);
    process.exit(1);
  }
  writeResult({
    name: 'coedit',
    what: `${OPS} editing ops through the collaboration server to ${OBSERVERS} observers`,
    unit: 'ops/s',
    ours: Math.round(serverTrace.opsPerSecond),
    baseline: Math.round(relayTrace.opsPerSecond),
    baselineWhat: 'bare y-websocket-style relay',
    ratio: Math.round(ratio * 1000) / 1000,
    target: '>= 0.7x',
    met: ratio >= 0.7 && serverTrace.identical,
    p50Ms: Math.round(serverLoad.p50 * 10) / 10,
    p99Ms: Math.round(serverLoad.p99 * 10) / 10,
    figures: [
      {
        what: `the same ${OPS} ops against one in-process Y.Doc`,
        unit: 'ops/s',
        ours: Math.round(serverTrace.opsPerSecond),
        baseline: Math.round(inProcess),
        baselineWhat: 'in-process Y.Doc, no network',
        ratio: Math.round((serverTrace.opsPerSecond / inProcess) * 1000) / 1000,
        target: '>= 0.2x',
        met: serverTrace.opsPerSecond / inProcess >= 0.2,
      },
      {
        what: 'stored size after a flush',
        unit: 'B',
        ours: persisted,
        baseline: encoded,
        baselineWhat: "the document's own encoding",
        ratio: Math.round((persisted / encoded) * 1000) / 1000,
        target: '<= 1.5x',
        met: persisted / encoded <= 1.5,
      },
    ],
    extra: {
      inProcessOpsPerSecond: Math.round(inProcess),
      serverOverInProcess: Math.round((serverTrace.opsPerSecond / inProcess) * 1000) / 1000,
      persistedOverEncoded: Math.round((persisted / encoded) * 1000) / 1000,
      loadP99RatioToRelay: Math.round((serverLoad.p99 / relayLoad.p99) * 100) / 100,
      identical: serverTrace.identical && relayTrace.identical && serverLoad.identical,
      loadAverage: `${loadBefore} → ${loadAfter}`,
    },
  });
  process.exit(serverTrace.identical && relayTrace.identical && serverLoad.identical ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
