/**
 * bench:coedit — co-editing through the real collaboration server (auth, Origin check, message validation,
 * PostgreSQL persistence) against two same-run baselines: a plain in-process Y.Doc and a bare y-websocket-style
 * relay. Clients run in this process too (Node, real WebSockets on loopback). The database is PGlite, or a fresh
 * database (dropped after) on the PostgreSQL server at COEDIT_DATABASE_URL (a role with CREATEDB).
 * Exits non-zero when a peer diverged or a figure is missing: a run that measured nothing is a failure.
 *
 *   COEDIT_OPS (250000)  COEDIT_OBSERVERS (20)  COEDIT_LOAD_SECONDS (120)  COEDIT_DOCS (5)  COEDIT_EDITORS (20)  COEDIT_RATE (5 ops/s)
 *   COEDIT_DATABASE_URL (none: PGlite)  COEDIT_DATABASE_PREFIX (coedit_bench: name of the database created there)
 */
import { DOCUMENT_FIELD } from '@cocrea/contracts';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CollabServer } from '../../apps/api/src/documents/collab/collab.server';
import { DocumentEntity } from '../../apps/api/src/documents/entities/document.entity';
import { DEMO, startSeededOnServer, startTestApp, TestApp } from '../../apps/api/src/testing/test-app';
import { writeResult } from '../lib/result';
import { relayClient, startRelay } from './relay';
import { generateTrace, replay, TraceOp } from './trace';

const OPS = Number(process.env['COEDIT_OPS'] ?? 250_000);
const OBSERVERS = Number(process.env['COEDIT_OBSERVERS'] ?? 20);
const LOAD_SECONDS = Number(process.env['COEDIT_LOAD_SECONDS'] ?? 120);
const DOCS = Number(process.env['COEDIT_DOCS'] ?? 5);
const EDITORS = Number(process.env['COEDIT_EDITORS'] ?? 20);
const RATE = Number(process.env['COEDIT_RATE'] ?? 5);
const DATABASE_URL = process.env['COEDIT_DATABASE_URL'];
const DATABASE_PREFIX = process.env['COEDIT_DATABASE_PREFIX'] ?? 'coedit_bench';

/**
 * ws throws "closed before the connection was established" as an unhandled 'error' when the provider gives up a
 * connection attempt (its 30 s silence check on a busy machine): listened to here, the provider just retries.
 */
class ProviderWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

interface Peer {
  doc: Y.Doc;
  close: () => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};

/** The benchmark's own paragraph, appended at the end of the document: a fresh Y.XmlText to type into. */
function benchText(doc: Y.Doc, create: boolean): Y.XmlText | null {
  const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
  const last = fragment.length ? fragment.get(fragment.length - 1) : null;
  if (last instanceof Y.XmlElement && last.getAttribute('data-bench') === 'yes') return last.get(0) as Y.XmlText;
  if (!create) return null;
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.setAttribute('data-bench', 'yes');
  paragraph.insert(0, [new Y.XmlText()]);
  fragment.push([paragraph]);
  return paragraph.get(0) as Y.XmlText;
}

const textOf = (doc: Y.Doc) => benchText(doc, false)?.toString() ?? null;

function apply(text: Y.XmlText, op: TraceOp): void {
  text.doc?.transact(() => {
    if (op.kind === 'insert') text.insert(op.at, op.char);
    else text.delete(op.at, 1);
  });
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(20)) if (check()) return true;
  return check();
}

/** Streams the trace through `writer` (one update per op) and waits until every observer has the same text. */
async function streamTrace(
  writer: Y.Doc,
  observers: Peer[],
  trace: TraceOp[],
  expected: string,
): Promise<{ opsPerSecond: number; identical: boolean }> {
  const text = benchText(writer, true) as Y.XmlText;
  await until(() => observers.every((o) => textOf(o.doc) !== null), 10_000);
  const started = performance.now();
  for (let i = 0; i < trace.length; i++) {
    apply(text, trace[i]);
    // Let the sockets breathe now and then, as a typist's pauses would: without it Node queues every send first.
    if (i % 2000 === 1999) await sleep(0);
  }
  const identical = await until(() => observers.every((o) => textOf(o.doc) === expected), 600_000);
  const seconds = (performance.now() - started) / 1000;
  return { opsPerSecond: trace.length / seconds, identical: identical && text.toString() === expected };
}

/** 5 documents × 20 editors × 5 ops/s: propagation latency measured by one extra observer per document. */
async function load(
  editorsOf: (d: number) => Promise<Peer[]>,
  observerOf: (d: number) => Promise<Peer>,
): Promise<{ p50: number; p99: number; identical: boolean; ops: number }> {
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();
  const docs: { editors: Peer[]; observer: Peer }[] = [];
  for (let d = 0; d < DOCS; d++) {
    const editors = await editorsOf(d);
    const observer = await observerOf(d);
    benchText(editors[0].doc, true);
    await until(() => [...editors, observer].every((p) => textOf(p.doc) !== null), 10_000);
    observer.doc.on('update', (update: Uint8Array) => {
      const now = performance.now();
      for (const struct of Y.decodeUpdate(update).structs) {
        const key = `${struct.id.client}:${struct.id.clock}`;
        const at = sentAt.get(key);
        if (at !== undefined) {
          latencies.push(now - at);
          sentAt.delete(key);
        }
      }
    });
    docs.push({ editors, observer });
  }
  let ops = 0;
  const timers = docs.flatMap(({ editors }) =>
    editors.map((editor) =>
      setInterval(() => {
        const text = benchText(editor.doc, false);
        if (!text) return;
        const length = text.length;
        const at = Math.floor(Math.random() * (length + 1));
        const id = `${editor.doc.clientID}:${Y.getState(editor.doc.store, editor.doc.clientID)}`;
        if (length > 50 && Math.random() < 0.2) text.delete(Math.min(at, length - 1), 1);
        else {
          sentAt.set(id, performance.now());
          text.insert(at, 'x');
        }
        ops++;
      }, 1000 / RATE),
    ),
  );
  await sleep(LOAD_SECONDS * 1000);
  timers.forEach(clearInterval);
  const identical = await until(
    () => docs.every(({ editors, observer }) => editors.every((e) => textOf(e.doc) === textOf(observer.doc))),
    60_000,
  );
  for (const { editors, observer } of docs) [...editors, observer].forEach((p) => p.close());
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), identical, ops };
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
  const relay = await startRelay();
  const relayWriter = await relayClient(relay.url, 'trace');
  const relayObservers = await Promise.all(Array.from({ length: OBSERVERS }, () => relayClient(relay.url, 'trace')));
  const relayTrace = await streamTrace(relayWriter.doc, relayObservers, trace, expected);
  console.log(`bare relay: ${Math.round(relayTrace.opsPerSecond)} ops/s to ${OBSERVERS} observers, identical: ${relayTrace.identical}`);
  [relayWriter, ...relayObservers].forEach((p) => p.close());

  // The real collaboration server: auth, Origin check, message validation, persistence.
  const dataDir = mkdtempSync(join(tmpdir(), 'cocrea-bench-'));
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const env = { LOG_LEVEL: 'silent' };
  const t: TestApp = DATABASE_URL
    ? await startSeededOnServer(DATABASE_URL, env, DATABASE_PREFIX)
    : await startTestApp({ seed: true, dataDir, env });
  console.log(`collaboration server on ${DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
  await t.app.listen(0, '127.0.0.1');
  const port = (t.app.getHttpServer().address() as AddressInfo).port;
  const tokenOf = async (email: string) => (await t.login(email)).slice('Bearer '.length);
  const editorToken = await tokenOf(DEMO.chair);
  const observerToken = await tokenOf(DEMO.partner);
  const db = t.app.get(DataSource);
  const documentId = (await db.manager.findOneByOrFail(DocumentEntity, { title: 'Diagnóstico de la situación de apertura (borrador)' })).id;
  const groupId = (await db.manager.findOneByOrFail(DocumentEntity, { id: documentId })).groupId as string;
  const collab = async (name: string, token: string): Promise<Peer> => {
    const doc = new Y.Doc();
    const socket = { url: `ws://127.0.0.1:${port}/collab`, WebSocketPolyfill: ProviderWebSocket };
    const provider = await new Promise<HocuspocusProvider>((resolve, reject) => {
      const p: HocuspocusProvider = new HocuspocusProvider({
        ...socket,
        name,
        document: doc,
        token,
        onSynced: () => resolve(p),
        onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
      });
    });
    return { doc, close: () => provider.destroy() };
  };
  const writer = await collab(documentId, editorToken);
  const observers = await Promise.all(Array.from({ length: OBSERVERS }, () => collab(documentId, observerToken)));
  const serverTrace = await streamTrace(writer.doc, observers, trace, expected);
  console.log(
    `collaboration server: ${Math.round(serverTrace.opsPerSecond)} ops/s to ${OBSERVERS} observers, identical: ${serverTrace.identical}`,
  );
  [writer, ...observers].forEach((p) => p.close());

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
  const serverLoad = await load(
    (d) => Promise.all(Array.from({ length: EDITORS }, () => collab(documentIds[d], editorToken))),
    (d) => collab(documentIds[d], observerToken),
  );
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const relayLoad = await load(
    (d) => Promise.all(Array.from({ length: EDITORS }, () => relayClient(relay.url, `load-${d}`))),
    (d) => relayClient(relay.url, `load-${d}`),
  );
  await relay.close();
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });

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
    `heap growth of this process over the server runs (server + all clients): ${mb(heapAfter - heapBefore)}${global.gc ? '' : ' (run with --expose-gc for a steadier figure)'}`,
  );
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
    },
  });
  process.exit(serverTrace.identical && relayTrace.identical && serverLoad.identical ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
