import { DOCUMENT_FIELD, READ_ONLY_NOTICE } from '@cocrea/contracts';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { anchorsFor } from './anchors';
import { CollabServer, RECHECK_TRIES } from './collab/collab.server';
import { CollabPersistence } from './collab/collab-persistence';
import { CollabClose, MAX_MESSAGE_BYTES } from './collab/message-guard';
import { AuthSessionEntity } from '../auth/auth-session.entity';
import { AuthService } from '../auth';
import { DocumentEntity } from './entities/document.entity';

const COORDINATOR = DEMO.chair;
const PARTNER = DEMO.partner;

interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Why authentication failed, if it did. */
  denied?: string;
}

let dataDir: string;
let t: TestApp;
let port: number;
let documentId: string;
const clients: Client[] = [];

async function boot(): Promise<void> {
  logins.clear();
  t = await startTestApp({ seed: true, dataDir });
  await t.app.listen(0, '127.0.0.1');
  port = (t.app.getHttpServer().address() as AddressInfo).port;
  documentId = (
    await t.app.get(DataSource).manager.findOneByOrFail(DocumentEntity, { title: 'Diagnóstico de la situación de apertura (borrador)' })
  ).id;
}

/** One login per person and boot: the login route is rate limited. */
const logins = new Map<string, Promise<string>>();
const loginOnce = (email: string) => {
  if (!logins.has(email)) logins.set(email, t.login(email));
  return logins.get(email) as Promise<string>;
};

/**
 * The provider closes a socket still connecting when its attempt times out (a busy machine) after removing its own
 * listeners, and ws then emits an 'error' nobody hears, which Node throws: this socket always has a listener, and the
 * provider retries as it would in a browser.
 */
class ListenedWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

async function connect(email: string, name = documentId, header?: string): Promise<Client> {
  const token = (header ?? (await loginOnce(email))).slice('Bearer '.length);
  const doc = new Y.Doc();
  const client: Client = { doc, provider: undefined as unknown as HocuspocusProvider };
  const ready = new Promise<void>((resolve) => {
    // The socket's options (url, WebSocketPolyfill) pass through the provider to the HocuspocusProviderWebsocket it creates.
    const socket = { url: `ws://127.0.0.1:${port}/collab`, WebSocketPolyfill: ListenedWebSocket };
    client.provider = new HocuspocusProvider({
      ...socket,
      name,
      document: doc,
      token,
      onSynced: () => resolve(),
      onAuthenticationFailed: ({ reason }) => {
        client.denied = reason;
        resolve();
      },
    });
  });
  clients.push(client);
  await ready;
  return client;
}

const paragraph = (doc: Y.Doc, index: number) => (doc.getXmlFragment(DOCUMENT_FIELD).get(index) as Y.XmlElement).get(0) as Y.XmlText;
const text = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FIELD).toString();

async function eventually(check: () => boolean, what: string, ms = 5000): Promise<void> {
  for (const deadline = Date.now() + ms; !check(); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A hand-driven socket: sends raw Hocuspocus messages, as a hostile client would. */
interface RawSocket {
  ws: WebSocket;
  closed: Promise<number>;
  /** Resolves true when the server says authenticated, false when it refuses. */
  authenticate(token: string, name?: string): Promise<boolean>;
  send(name: string, type: number, write: (e: encoding.Encoder) => void): void;
}

async function rawSocket(): Promise<RawSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/collab`);
  ws.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise((resolve) => ws.once('open', resolve));
  const send = (name: string, type: number, write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, name);
    encoding.writeVarUint(e, type);
    write(e);
    ws.send(encoding.toUint8Array(e));
  };
  const authenticate = (token: string, name = documentId) =>
    new Promise<boolean>((resolve) => {
      const onMessage = (data: Buffer) => {
        const d = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarString(d) !== name || decoding.readVarUint(d) !== AUTH) return;
        ws.off('message', onMessage);
        resolve(decoding.readVarUint(d) === AUTHENTICATED);
      };
      ws.on('message', onMessage);
      send(name, AUTH, (e) => {
        encoding.writeVarUint(e, 0); // AuthMessageType.Token
        encoding.writeVarString(e, token);
      });
    });
  return { ws, closed, authenticate, send };
}
const AUTH = 2;
const AUTHENTICATED = 2;
const SYNC_UPDATE = 2;
const tokenOf = async (email: string) => (await loginOnce(email)).slice('Bearer '.length);
const serverText = () => t.app.get(CollabServer).read(documentId, (doc) => text(doc));

/** An update that inserts `inserted` at the start of paragraph 2 of the server's current document. */
async function updateInserting(inserted: string): Promise<Uint8Array> {
  const local = new Y.Doc();
  Y.applyUpdate(local, await t.app.get(CollabServer).read(documentId, (doc) => Y.encodeStateAsUpdate(doc)));
  const before = Y.encodeStateVector(local);
  paragraph(local, 2).insert(0, inserted);
  return Y.encodeStateAsUpdate(local, before);
}

/**
 * A valid update whose trailing delete set is cut off: y-protocols would integrate its insertion, then throw on
 * the delete set and swallow the error (half-applied) — only the guard stands between it and the document.
 */
async function garbledUpdate(inserted: string): Promise<Uint8Array> {
  const update = await updateInserting(inserted);
  expect(update[update.length - 1]).toBe(0); // an empty delete set
  return new Uint8Array([...update.subarray(0, update.length - 1), 5]);
}

const expireSessions = (fromNowMs: number) =>
  t.app
    .get(DataSource)
    .createQueryBuilder()
    .update(AuthSessionEntity)
    .set({ expiresAt: new Date(Date.now() + fromNowMs) })
    .where('1 = 1')
    .execute();

const closeClients = () => {
  for (const c of clients.splice(0)) {
    c.provider.destroy();
    // A reconnect the provider scheduled before it was destroyed would start retrying forever against a closed server.
    c.provider.configuration.websocketProvider.connect = async () => undefined;
  }
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cocrea-collab-'));
  await boot();
});

afterEach(closeClients);

afterAll(async () => {
  closeClients();
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('co-editing over /collab with real Yjs clients', () => {
  it('converges concurrent edits of two editors, and a read-only observer sees them', async () => {
    const a = await connect(COORDINATOR);
    const b = await connect(DEMO.admin);
    const observer = await connect(PARTNER);
    expect(observer.provider.authorizedScope).toBe('readonly');
    paragraph(a.doc, 2).insert(0, 'AAA ');
    paragraph(b.doc, 2).insert(0, 'BBB ');
    paragraph(b.doc, 3).insert(0, 'Nota: ');
    await eventually(
      () => text(a.doc) === text(b.doc) && text(b.doc) === text(observer.doc) && text(a.doc).includes('Nota: '),
      'convergence',
    );
    expect(text(a.doc)).toContain('AAA ');
    expect(text(a.doc)).toContain('BBB ');
  });

  it('never applies nor broadcasts an edit from a read-only participant', async () => {
    const editor = await connect(COORDINATOR);
    const partner = await connect(PARTNER);
    const before = text(editor.doc);
    paragraph(partner.doc, 2).insert(0, 'INTRUSO ');
    await new Promise((r) => setTimeout(r, 500));
    expect(text(editor.doc)).toBe(before);
    const server = await t.app.get(CollabServer).read(documentId, (doc) => text(doc));
    expect(server).not.toContain('INTRUSO');
  });

  it('tells a read-only participant on a stock provider that it is read-only, and again when it drops its edit', async () => {
    const partner = await connect(PARTNER);
    const notices: string[] = [];
    partner.provider.on('stateless', ({ payload }: { payload: string }) => notices.push(payload));
    expect(partner.provider.authorizedScope).toBe('readonly');
    paragraph(partner.doc, 2).insert(0, 'Sin permiso. ');
    await eventually(() => notices.includes(READ_ONLY_NOTICE), 'the read-only notice');
    expect(await serverText()).not.toContain('Sin permiso. ');
  });

  it('refuses a document outside the role and a name that is no document', async () => {
    const outsider = await connect(DEMO.representative);
    expect(outsider.denied).toBeDefined();
    const nonsense = await connect(COORDINATOR, 'not-a-document');
    expect(nonsense.denied).toBeDefined();
  });

  it('refuses the upgrade of a browser socket from a foreign origin', async () => {
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/collab`, { headers: { Origin: 'https://elsewhere.example' } });
      ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(403);
  });

  describe('message guard on an authenticated edit connection', () => {
    for (const type of [0, 4]) {
      it(`closes the socket (4400) on a garbled update sent as type ${type} and applies none of it`, async () => {
        const watcher = await connect(DEMO.admin);
        const raw = await rawSocket();
        expect(await raw.authenticate(await tokenOf(COORDINATOR))).toBe(true);
        const before = await serverText();
        const garbled = await garbledUpdate('EVIL');
        raw.send(documentId, type, (e) => {
          encoding.writeVarUint(e, SYNC_UPDATE);
          encoding.writeVarUint8Array(e, garbled);
        });
        expect(await raw.closed).toBe(CollabClose.badMessage);
        await new Promise((r) => setTimeout(r, 200));
        expect(await serverText()).toBe(before);
        expect(text(watcher.doc)).not.toContain('EVIL');
      });
    }

    it('closes the socket (4413) on an update over 512 KiB but under the socket limit, and applies none of it', async () => {
      const raw = await rawSocket();
      expect(await raw.authenticate(await tokenOf(COORDINATOR))).toBe(true);
      const huge = await updateInserting('Z'.repeat(MAX_MESSAGE_BYTES + 1024));
      expect(huge.length).toBeLessThan(2 * MAX_MESSAGE_BYTES - 1024);
      raw.send(documentId, 0, (e) => {
        encoding.writeVarUint(e, SYNC_UPDATE);
        encoding.writeVarUint8Array(e, huge);
      });
      expect(await raw.closed).toBe(CollabClose.tooLarge);
      await new Promise((r) => setTimeout(r, 200));
      expect(await serverText()).not.toContain('ZZZZ');
    });

    it('applies a well-formed update from the same kind of socket (the guard lets edits through)', async () => {
      const raw = await rawSocket();
      expect(await raw.authenticate(await tokenOf(COORDINATOR))).toBe(true);
      const update = await updateInserting('Legítimo. ');
      raw.send(documentId, 0, (e) => {
        encoding.writeVarUint(e, SYNC_UPDATE);
        encoding.writeVarUint8Array(e, update);
      });
      for (const deadline = Date.now() + 3000; !(await serverText()).includes('Legítimo. ') && Date.now() < deadline; ) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await serverText()).toContain('Legítimo. ');
      raw.ws.close();
    });

    it('refuses a client BroadcastStateless (4400) from a read-only participant: no other client receives it', async () => {
      const received: string[] = [];
      const editor = await connect(COORDINATOR);
      editor.provider.on('stateless', ({ payload }: { payload: string }) => received.push(payload));
      const raw = await rawSocket();
      expect(await raw.authenticate(await tokenOf(PARTNER))).toBe(true);
      raw.send(documentId, 6, (e) => encoding.writeVarString(e, 'proposals'));
      expect(await raw.closed).toBe(CollabClose.badMessage);
      await new Promise((r) => setTimeout(r, 200));
      expect(received).toEqual([]);
    });

    it('closes the socket (4400) when awareness declares a name other than the person’s own, and keeps it for the own name', async () => {
      const awareness = (name: string, clientId: number) => (e: encoding.Encoder) => {
        const update = encoding.createEncoder();
        encoding.writeVarUint(update, 1);
        encoding.writeVarUint(update, clientId);
        encoding.writeVarUint(update, 1);
        encoding.writeVarString(update, JSON.stringify({ user: { name, color: '#000' } }));
        encoding.writeVarUint8Array(e, encoding.toUint8Array(update));
      };
      const honest = await rawSocket();
      expect(await honest.authenticate(await tokenOf(PARTNER))).toBe(true);
      honest.send(documentId, 1, awareness('Javier Moro', 4242));
      // Providers relay the states they received: an unchanged copy of someone else's is not an impersonation.
      const relay = await rawSocket();
      expect(await relay.authenticate(await tokenOf(COORDINATOR))).toBe(true);
      await new Promise((r) => setTimeout(r, 100));
      relay.send(documentId, 1, awareness('Javier Moro', 4242));
      const impostor = await rawSocket();
      expect(await impostor.authenticate(await tokenOf(PARTNER))).toBe(true);
      impostor.send(documentId, 1, awareness('María Nava', 4343));
      expect(await impostor.closed).toBe(CollabClose.badMessage);
      expect(honest.ws.readyState).toBe(WebSocket.OPEN);
      expect(relay.ws.readyState).toBe(WebSocket.OPEN);
      relay.ws.close();
      honest.ws.close();
    });

    it('closes a multiplexed socket (4403) that sends a message for a document it was refused', async () => {
      const raw = await rawSocket();
      expect(await raw.authenticate(await tokenOf(DEMO.representative))).toBe(false);
      raw.send(documentId, 0, (e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint8Array(e, new Uint8Array([0]));
      });
      expect(await raw.closed).toBe(CollabClose.forbidden);
    });

    it('closes the socket (4401) on a write after the login session expired, without applying it', async () => {
      const server = t.app.get(CollabServer);
      server.recheckAfterMs = 0;
      try {
        const token = await tokenOf(COORDINATOR);
        const raw = await rawSocket();
        expect(await raw.authenticate(token)).toBe(true);
        await expireSessions(-1000);
        const update = await updateInserting('Caducado. ');
        raw.send(documentId, 0, (e) => {
          encoding.writeVarUint(e, SYNC_UPDATE);
          encoding.writeVarUint8Array(e, update);
        });
        expect(await raw.closed).toBe(CollabClose.sessionEnded);
        expect(await serverText()).not.toContain('Caducado. ');
      } finally {
        server.recheckAfterMs = 5000;
        await expireSessions(3_600_000);
      }
    });
  });

  describe('writes whose re-check the database fails', () => {
    const poolTimeout = () => new Error('timeout exceeded when trying to connect');
    const sendEdit = async (raw: RawSocket, inserted: string) => {
      const update = await updateInserting(inserted);
      raw.send(documentId, 0, (e) => {
        encoding.writeVarUint(e, SYNC_UPDATE);
        encoding.writeVarUint8Array(e, update);
      });
    };

    it('retries a re-check that failed in the database and applies the write, keeping the socket open', async () => {
      const server = t.app.get(CollabServer);
      const raw = await rawSocket();
      expect(await raw.authenticate(await tokenOf(COORDINATOR))).toBe(true);
      server.recheckAfterMs = 0;
      const failing = jest.spyOn(t.app.get(AuthService), 'authenticate').mockRejectedValueOnce(poolTimeout());
      try {
        await sendEdit(raw, 'Reintentado. ');
        await eventually(() => failing.mock.calls.length >= 2, 'the retried re-check');
        for (const deadline = Date.now() + 3000; !(await serverText()).includes('Reintentado. ') && Date.now() < deadline; ) {
          await new Promise((r) => setTimeout(r, 50));
        }
        expect(await serverText()).toContain('Reintentado. ');
        expect(raw.ws.readyState).toBe(WebSocket.OPEN);
      } finally {
        failing.mockRestore();
        server.recheckAfterMs = 5000;
        raw.ws.close();
      }
    });

    it(`closes as a server error (4500), not a bad message, when the database fails ${RECHECK_TRIES} times in a row`, async () => {
      const server = t.app.get(CollabServer);
      const raw = await rawSocket();
      expect(await raw.authenticate(await tokenOf(COORDINATOR))).toBe(true);
      server.recheckAfterMs = 0;
      const failing = jest.spyOn(t.app.get(AuthService), 'authenticate').mockRejectedValue(poolTimeout());
      try {
        await sendEdit(raw, 'Sin base. ');
        expect(await raw.closed).toBe(CollabClose.serverError);
        expect(failing).toHaveBeenCalledTimes(RECHECK_TRIES);
        expect(await serverText()).not.toContain('Sin base. ');
      } finally {
        failing.mockRestore();
        server.recheckAfterMs = 5000;
      }
    });
  });

  it('takes a long document of 10,000 edits from one writer, re-checking its session one query at a time', async () => {
    const server = t.app.get(CollabServer);
    const auth = t.app.get(AuthService);
    const authenticate = auth.authenticate.bind(auth);
    let inFlight = 0;
    let mostInFlight = 0;
    const counting = jest.spyOn(auth, 'authenticate').mockImplementation(async (token) => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      try {
        return await authenticate(token);
      } finally {
        inFlight--;
      }
    });
    const writer = await connect(COORDINATOR);
    const closes: number[] = [];
    writer.provider.on('close', ({ event }: { event: { code: number } }) => closes.push(event.code));
    // Re-checks fall due every 200 ms of the burst, so without the one-at-a-time rule thousands would start at once.
    server.recheckAfterMs = 200;
    try {
      const body = writer.doc.getXmlFragment(DOCUMENT_FIELD);
      const long = new Y.XmlElement('paragraph');
      long.insert(0, [new Y.XmlText()]);
      body.insert(body.length, [long]);
      const typed = long.get(0) as Y.XmlText;
      // Typing with a backspace now and then: 10,000 single-character updates, each its own message.
      for (let i = 0; i < 10_000; i++) {
        if (i % 10 === 9) typed.delete(typed.length - 1, 1);
        else typed.insert(typed.length, String.fromCharCode(97 + (i % 26)));
        if (i % 500 === 499) await new Promise((r) => setImmediate(r));
      }
      const expected = text(writer.doc);
      const onServer = () => server.hocuspocus.documents.get(documentId)?.getXmlFragment(DOCUMENT_FIELD).toString();
      // One query at a time per connection: a reconnect (after a server error) authenticates once while the closed
      // connection's last re-check may still be running, so each reconnect may add one.
      const mostAllowed = () => 1 + closes.length;
      await eventually(
        () => mostInFlight > mostAllowed() || closes.includes(CollabClose.badMessage) || onServer() === expected,
        'every edit on the server',
        240_000,
      );
      // A server error (4500) is allowed: the provider reconnects and sends what the server lacks.
      expect(closes).not.toContain(CollabClose.badMessage);
      expect(mostInFlight).toBeLessThanOrEqual(mostAllowed());
      expect(onServer()).toBe(expected);
    } finally {
      server.recheckAfterMs = 5000;
      counting.mockRestore();
    }
  }, 300_000);

  describe('sockets that never authenticate', () => {
    it('closes a socket that authenticates nothing before the deadline (4408)', async () => {
      const server = t.app.get(CollabServer);
      server.authDeadlineMs = 200;
      try {
        const raw = await rawSocket();
        expect(await raw.closed).toBe(CollabClose.authTimeout);
      } finally {
        server.authDeadlineMs = 10_000;
      }
    });

    it('closes a socket that piles up messages without authenticating (4429)', async () => {
      const raw = await rawSocket();
      for (let i = 0; i < 100 && raw.ws.readyState === WebSocket.OPEN; i++)
        raw.send(documentId, 1, (e) => encoding.writeVarUint8Array(e, new Uint8Array(1000)));
      expect(await raw.closed).toBe(CollabClose.tooManyUnauthenticated);
    });
  });

  it('keeps the updates queued when a store fails, without an unhandled rejection, and stores them on the next try', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const db = t.app.get(DataSource);
    const persistence = t.app.get(CollabPersistence);
    // What earlier tests left to store is written first: the one failure below must be this document's store.
    await t.app.get(CollabServer).flush();
    // Hocuspocus's own debounced store is held off, so on a slow machine it neither takes the failure nor stores the
    // queue between the test's two flushes.
    const { configuration } = t.app.get(CollabServer).hocuspocus;
    const { debounce, maxDebounce } = configuration;
    configuration.debounce = configuration.maxDebounce = 600_000;
    const store = persistence.store.bind(persistence);
    let failed = false;
    const failing = jest.spyOn(persistence, 'store').mockImplementation(async (id, doc) => {
      if (id !== documentId || failed || !persistence.queued().includes(id)) return store(id, doc);
      failed = true;
      const away = jest.spyOn(db, 'transaction').mockRejectedValueOnce(new Error('database away'));
      try {
        return await store(id, doc);
      } finally {
        away.mockRestore();
      }
    });
    try {
      const editor = await connect(COORDINATOR);
      paragraph(editor.doc, 4).insert(0, 'Guardado luego. ');
      await eventually(() => t.app.get(CollabPersistence).queued().includes(documentId), 'queued update');
      await t.app.get(CollabServer).flush();
      expect(failed).toBe(true);
      expect(t.app.get(CollabPersistence).queued()).toContain(documentId);
      await t.app.get(CollabServer).flush();
      expect(t.app.get(CollabPersistence).queued()).not.toContain(documentId);
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
    } finally {
      Object.assign(configuration, { debounce, maxDebounce });
      failing.mockRestore();
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('applies an accepted proposal to every peer and leaves the text alone on a rejected one', async () => {
    const editor = await connect(COORDINATOR);
    const partner = await connect(PARTNER);
    const target = paragraph(partner.doc, 5);
    const original = target.toString();
    const index = original.indexOf('cuestionario común');
    expect(index).toBeGreaterThan(0);
    const partnerAuth = await loginOnce(PARTNER);
    const coordinatorAuth = await loginOnce(COORDINATOR);
    const propose = (replacement: string, length: number) =>
      t.http
        .post(`/api/documents/${documentId}/proposals`)
        .set('Authorization', partnerAuth)
        .send({ ...anchorsFor(paragraph(partner.doc, 5), index, length), replacement });
    const accepted = await propose('cuestionario común validado por la sociedad civil', 'cuestionario común'.length);
    expect(accepted.status).toBe(201);
    expect(accepted.body.original).toBe('cuestionario común');
    const rejected = await propose('encuesta', 'cuestionario'.length);
    const r1 = await t.http
      .post(`/api/documents/${documentId}/proposals/${rejected.body.id}/decision`)
      .set('Authorization', coordinatorAuth)
      .send({ decision: 'reject' });
    expect(r1.body.status).toBe('rejected');
    const r2 = await t.http
      .post(`/api/documents/${documentId}/proposals/${accepted.body.id}/decision`)
      .set('Authorization', coordinatorAuth)
      .send({ decision: 'accept' });
    expect(r2.status).toBe(200);
    expect(r2.body.status).toBe('accepted');
    await eventually(() => paragraph(editor.doc, 5).toString().includes('validado por la sociedad civil'), 'accepted text on the editor');
    await eventually(() => paragraph(partner.doc, 5).toString().includes('validado por la sociedad civil'), 'accepted text on the partner');
    expect(paragraph(editor.doc, 5).toString()).not.toContain('encuesta');
  });

  it('merges the edits of a client that was offline for a while when it reconnects', async () => {
    const online = await connect(COORDINATOR);
    const offline = await connect(DEMO.admin);
    offline.provider.configuration.websocketProvider.disconnect();
    paragraph(offline.doc, 6).insert(0, 'Sin conexión. ');
    paragraph(online.doc, 6).insert(0, 'En línea. ');
    await new Promise((r) => setTimeout(r, 200));
    expect(text(online.doc)).not.toContain('Sin conexión. ');
    await offline.provider.configuration.websocketProvider.connect();
    await eventually(
      () =>
        text(online.doc) === text(offline.doc) && text(online.doc).includes('Sin conexión. ') && text(online.doc).includes('En línea. '),
      'merge on reconnect',
    );
  });

  it('closes the co-editing connections of a session that logs out, and its token opens nothing after', async () => {
    const header = await t.login(COORDINATOR);
    const editor = await connect(COORDINATOR, documentId, header);
    const other = await connect(DEMO.admin);
    expect(editor.denied).toBeUndefined();
    expect((await t.http.post('/api/auth/logout').set('Authorization', header)).status).toBeLessThan(300);
    // The provider reconnects on its own, with the same token, and is refused.
    await eventually(() => editor.denied !== undefined, 'the logged-out client refused');
    paragraph(other.doc, 3).insert(0, 'Después. ');
    await new Promise((r) => setTimeout(r, 300));
    expect(text(editor.doc)).not.toContain('Después. ');
  });

  it('keeps the edits of two open documents across an api restart that follows them at once', async () => {
    const { groupId } = await t.app.get(DataSource).manager.findOneByOrFail(DocumentEntity, { id: documentId });
    const second = await t.http
      .post('/api/documents')
      .set('Authorization', await loginOnce(COORDINATOR))
      .send({ title: 'Segundo documento', groupId });
    expect(second.status).toBe(201);
    const editor = await connect(COORDINATOR);
    const other = await connect(COORDINATOR, second.body.id);
    paragraph(editor.doc, 7).insert(0, 'Persistente. ');
    const body = other.doc.getXmlFragment(DOCUMENT_FIELD);
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Segundo persistente.')]);
    body.insert(body.length, [p]);
    const server = t.app.get(CollabServer);
    // Wait until the server holds both edits (well inside the 1 s store debounce), then shut down right away.
    await eventually(
      () => (server.hocuspocus.documents.get(documentId)?.getXmlFragment(DOCUMENT_FIELD).toString() ?? '').includes('Persistente. '),
      'first edit on the server',
    );
    await eventually(
      () =>
        (server.hocuspocus.documents.get(second.body.id)?.getXmlFragment(DOCUMENT_FIELD).toString() ?? '').includes('Segundo persistente.'),
      'second edit on the server',
    );
    await t.close();
    closeClients();
    await boot();
    const back = await connect(DEMO.admin);
    expect(text(back.doc)).toContain('Persistente. ');
    expect(text(back.doc)).toContain('validado por la sociedad civil');
    const backOther = await connect(COORDINATOR, second.body.id);
    expect(text(backOther.doc)).toContain('Segundo persistente.');
  });
});
