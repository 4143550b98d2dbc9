import { DOCUMENT_FIELD } from '@cocrea/contracts';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { anchorsFor } from './anchors';
import { CollabServer } from './collab/collab.server';
import { MAX_MESSAGE_BYTES } from './collab/message-guard';
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
  t = await startTestApp({ seed: true, dataDir });
  await t.app.listen(0, '127.0.0.1');
  port = (t.app.getHttpServer().address() as AddressInfo).port;
  documentId = (
    await t.app.get(DataSource).manager.findOneByOrFail(DocumentEntity, { title: 'Diagnóstico de la situación de apertura (borrador)' })
  ).id;
}

async function connect(email: string, name = documentId, header?: string): Promise<Client> {
  const token = (header ?? (await t.login(email))).slice('Bearer '.length);
  const doc = new Y.Doc();
  const client: Client = { doc, provider: undefined as unknown as HocuspocusProvider };
  const ready = new Promise<void>((resolve) => {
    // The socket's options (url, WebSocketPolyfill) pass through the provider to the HocuspocusProviderWebsocket it creates.
    const socket = { url: `ws://127.0.0.1:${port}/collab`, WebSocketPolyfill: WebSocket };
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

const closeClients = () => {
  for (const c of clients.splice(0)) c.provider.destroy();
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

  it('drops malformed and oversized updates without applying them or crashing', async () => {
    const editor = await connect(COORDINATOR);
    const before = await t.app.get(CollabServer).read(documentId, (doc) => text(doc));
    const send = (payload: Uint8Array) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/collab`);
        ws.on('open', () => ws.send(payload));
        ws.on('close', (code) => resolve(code));
        ws.on('error', () => undefined);
      });
    const name = new TextEncoder().encode(documentId);
    // [varString name][Sync=0][Update=2][varUint8Array garbage]
    const garbage = new Uint8Array([name.length, ...name, 0, 2, 5, 255, 255, 255, 255, 255]);
    expect(await send(garbage)).toBeGreaterThanOrEqual(1000);
    expect(await send(new Uint8Array(MAX_MESSAGE_BYTES * 3))).toBeGreaterThanOrEqual(1000);
    expect(await t.app.get(CollabServer).read(documentId, (doc) => text(doc))).toBe(before);
    // The server still serves the editor.
    paragraph(editor.doc, 3).insert(0, 'Sigue vivo. ');
    await eventually(() => true, 'noop');
    const again = await connect(DEMO.admin);
    await eventually(() => text(again.doc).includes('Sigue vivo. '), 'server still alive');
  });

  it('applies an accepted proposal to every peer and leaves the text alone on a rejected one', async () => {
    const editor = await connect(COORDINATOR);
    const partner = await connect(PARTNER);
    const target = paragraph(partner.doc, 5);
    const original = target.toString();
    const index = original.indexOf('cuestionario común');
    expect(index).toBeGreaterThan(0);
    const partnerAuth = await t.login(PARTNER);
    const coordinatorAuth = await t.login(COORDINATOR);
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

  it('keeps everything across an api restart on the same data directory', async () => {
    const editor = await connect(COORDINATOR);
    paragraph(editor.doc, 7).insert(0, 'Persistente. ');
    await eventually(() => true, 'noop');
    await new Promise((r) => setTimeout(r, 300));
    closeClients();
    await t.close();
    await boot();
    const back = await connect(DEMO.admin);
    expect(text(back.doc)).toContain('Persistente. ');
    expect(text(back.doc)).toContain('validado por la sociedad civil');
  });
});
