import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket, { WebSocketServer } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Handles one y-protocols sync message against `doc`; returns the reply, if any. */
function handle(doc: Y.Doc, data: Uint8Array, origin: unknown): Uint8Array | null {
  const decoder = decoding.createDecoder(data);
  const encoder = encoding.createEncoder();
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.readSyncMessage(decoder, encoder, doc, origin);
  return encoding.length(encoder) > 1 ? encoding.toUint8Array(encoder) : null;
}

/**
 * The baseline: a bare y-websocket-style relay (what y-websocket's server does, minus awareness): one Y.Doc per
 * room in memory, each update applied and broadcast to the room. No auth, no persistence, no validation.
 */
export async function startRelay(): Promise<{ url: string; close: () => Promise<void> }> {
  const rooms = new Map<string, { doc: Y.Doc; sockets: Set<WebSocket> }>();
  const server: Server = createServer();
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws, request) => {
    const name = (request.url ?? '/').slice(1);
    let room = rooms.get(name);
    if (!room) {
      const doc = new Y.Doc();
      const created = { doc, sockets: new Set<WebSocket>() };
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        const message = syncUpdateMessage(update);
        for (const socket of created.sockets) if (socket !== origin && socket.readyState === WebSocket.OPEN) socket.send(message);
      });
      rooms.set(name, created);
      room = created;
    }
    const current = room;
    current.sockets.add(ws);
    ws.on('message', (data: Buffer) => {
      const reply = handle(current.doc, new Uint8Array(data), ws);
      if (reply) ws.send(reply);
    });
    ws.on('close', () => current.sockets.delete(ws));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, current.doc);
    ws.send(encoding.toUint8Array(encoder));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of wss.clients) socket.terminate();
        wss.close();
        server.close(() => resolve());
      }),
  };
}

/** A relay client: a Y.Doc kept in sync over one socket with the plain y-protocols sync messages. */
export async function relayClient(url: string, room: string): Promise<{ doc: Y.Doc; close: () => void }> {
  const doc = new Y.Doc();
  const ws = new WebSocket(`${url}/${room}`);
  ws.binaryType = 'arraybuffer';
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== ws && ws.readyState === WebSocket.OPEN) ws.send(syncUpdateMessage(update));
  });
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, doc);
      ws.send(encoding.toUint8Array(encoder));
      resolve();
    });
    ws.on('error', reject);
  });
  ws.on('message', (data: ArrayBuffer) => {
    const reply = handle(doc, new Uint8Array(data), ws);
    if (reply) ws.send(reply);
  });
  return { doc, close: () => ws.close() };
}
