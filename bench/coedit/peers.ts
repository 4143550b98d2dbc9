/**
 * bench:coedit's clients, run in worker threads so that the measuring process hosts only the server under test (the
 * co-editing server, or the bare relay: both get their clients the same way). A worker connects the peers it is told
 * to (stock `@hocuspocus/provider`s for the server, y-protocols clients for the relay), then on command streams the
 * trace, waits until its observers hold the expected text, or runs the steady load, and reports back.
 */
import { DOCUMENT_FIELD } from '@cocrea/contracts';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { parentPort, Worker } from 'node:worker_threads';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { relayClient } from './relay';
import { generateTrace, TraceOp } from './trace';

/** Where a peer connects: the relay's room, or the co-editing server's document with a login token. */
export type Target = { kind: 'relay'; url: string; room: string } | { kind: 'server'; url: string; name: string; token: string };

/** Commands from the bench to a worker. */
export type Command =
  | { type: 'writer'; target: Target; ops: number }
  | { type: 'observers'; target: Target; count: number; expected: string }
  | { type: 'stream' }
  | { type: 'load'; docs: { editors: Target; observer: Target }[]; editors: number; rate: number; seconds: number }
  | { type: 'close' };

/** Reports from a worker to the bench. */
export type Report =
  | { type: 'ready' }
  | { type: 'streamed'; identical: boolean }
  | { type: 'observed'; identical: boolean }
  | { type: 'loaded'; latencies: number[]; identical: boolean; ops: number }
  | { type: 'error'; message: string };

interface Peer {
  doc: Y.Doc;
  close: () => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The benchmark's own paragraph, appended at the end of the document: a fresh Y.XmlText to type into. */
export function benchText(doc: Y.Doc, create: boolean): Y.XmlText | null {
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

export const textOf = (doc: Y.Doc) => benchText(doc, false)?.toString() ?? null;

/** Whether the peer holds `expected` (the length first: comparing a long text on every check would cost the run). */
const holds = (doc: Y.Doc, expected: string) => {
  const text = benchText(doc, false);
  return text !== null && text.length === expected.length && text.toString() === expected;
};

export function apply(text: Y.XmlText, op: TraceOp): void {
  text.doc?.transact(() => {
    if (op.kind === 'insert') text.insert(op.at, op.char);
    else text.delete(op.at, 1);
  });
}

export async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(20)) if (check()) return true;
  return check();
}

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

async function connect(target: Target): Promise<Peer> {
  if (target.kind === 'relay') return relayClient(target.url, target.room);
  const doc = new Y.Doc();
  // The provider passes these on to the socket it creates (its configuration type names only the url).
  const socket = { url: target.url, WebSocketPolyfill: ProviderWebSocket };
  const provider = await new Promise<HocuspocusProvider>((resolve, reject) => {
    const p: HocuspocusProvider = new HocuspocusProvider({
      ...socket,
      name: target.name,
      document: doc,
      token: target.token,
      onSynced: () => resolve(p),
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
  });
  return { doc, close: () => provider.destroy() };
}

/** One document under steady load: its editors type at `rate` ops/s each, its observer timestamps their arrival. */
async function loadDocument(
  editors: Peer[],
  observer: Peer,
  rate: number,
  seconds: number,
): Promise<{ latencies: number[]; identical: boolean; ops: number }> {
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();
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
  let ops = 0;
  const timers = editors.map((editor) =>
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
    }, 1000 / rate),
  );
  await sleep(seconds * 1000);
  timers.forEach(clearInterval);
  const identical = await until(() => editors.every((e) => textOf(e.doc) === textOf(observer.doc)), 60_000);
  return { latencies, identical, ops };
}

/** The worker's side: one command at a time from the bench. */
function serve(port: NonNullable<typeof parentPort>): void {
  const peers: Peer[] = [];
  let writer: { peer: Peer; trace: TraceOp[] } | null = null;
  let expected = '';
  const send = (report: Report) => port.postMessage(report);
  const handle = async (command: Command): Promise<void> => {
    switch (command.type) {
      case 'writer': {
        const peer = await connect(command.target);
        peers.push(peer);
        benchText(peer.doc, true);
        writer = { peer, trace: generateTrace(command.ops) };
        return send({ type: 'ready' });
      }
      case 'observers': {
        expected = command.expected;
        const connected = await Promise.all(Array.from({ length: command.count }, () => connect(command.target)));
        peers.push(...connected);
        await until(() => connected.every((o) => textOf(o.doc) !== null), 30_000);
        send({ type: 'ready' });
        const identical = await until(() => connected.every((o) => holds(o.doc, expected)), 600_000);
        return send({ type: 'observed', identical });
      }
      case 'stream': {
        if (!writer) throw new Error('no writer');
        const text = benchText(writer.peer.doc, true) as Y.XmlText;
        for (let i = 0; i < writer.trace.length; i++) {
          apply(text, writer.trace[i]);
          // Let the socket breathe now and then, as a typist's pauses would: without it Node queues every send first.
          if (i % 2000 === 1999) await sleep(0);
        }
        return send({ type: 'streamed', identical: true });
      }
      case 'load': {
        const docs = await Promise.all(
          command.docs.map(async (d) => {
            const editors = await Promise.all(Array.from({ length: command.editors }, () => connect(d.editors)));
            const observer = await connect(d.observer);
            peers.push(...editors, observer);
            benchText(editors[0].doc, true);
            await until(() => [...editors, observer].every((p) => textOf(p.doc) !== null), 30_000);
            return { editors, observer };
          }),
        );
        send({ type: 'ready' });
        const results = await Promise.all(docs.map((d) => loadDocument(d.editors, d.observer, command.rate, command.seconds)));
        return send({
          type: 'loaded',
          latencies: results.flatMap((r) => r.latencies),
          identical: results.every((r) => r.identical),
          ops: results.reduce((sum, r) => sum + r.ops, 0),
        });
      }
      case 'close':
        peers.forEach((p) => p.close());
        setTimeout(() => process.exit(0), 200);
    }
  };
  port.on('message', (command: Command) => {
    handle(command).catch((error: unknown) => send({ type: 'error', message: String(error) }));
  });
}

if (parentPort) serve(parentPort);

/** A worker running this file under the bench's own ts-node setup (workers inherit its `-r` preloads and env). */
export class PeerWorker {
  private readonly worker = new Worker(`require(${JSON.stringify(__filename)})`, { eval: true });
  private readonly reports: Report[] = [];
  private waiting: ((report: Report) => void) | null = null;

  constructor() {
    this.worker.on('message', (report: Report) => {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = null;
        resolve(report);
      } else this.reports.push(report);
    });
    this.worker.on('error', (error) => console.error('peer worker failed:', error));
  }

  send(command: Command): void {
    this.worker.postMessage(command);
  }

  /** The next report of this worker (an error report throws). */
  async next<T extends Report['type']>(type: T): Promise<Extract<Report, { type: T }>> {
    const report = this.reports.shift() ?? (await new Promise<Report>((resolve) => (this.waiting = resolve)));
    if (report.type === 'error') throw new Error(`peer worker: ${report.message}`);
    if (report.type !== type) throw new Error(`peer worker: expected ${type}, got ${report.type}`);
    return report as Extract<Report, { type: T }>;
  }

  async close(): Promise<void> {
    this.send({ type: 'close' });
    await new Promise((resolve) => this.worker.once('exit', resolve));
  }
}
