import { Connection, Document } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import type { IncomingMessage } from 'node:http';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import { CoalescedBroadcast } from './coalesced-broadcast';

/** One broadcast per turn: what each connection of a Hocuspocus document receives when an editor types a burst. */
describe('the coalesced update broadcast', () => {
  const connect = (document: Document, id: string) => {
    const sent: Uint8Array[] = [];
    const ws = { readyState: 1, binaryType: '', send: (message: Uint8Array) => sent.push(message) };
    return { sent, connection: new Connection(ws as unknown as WebSocket, {} as IncomingMessage, document, id, {}) };
  };
  /** The Yjs update a sync message carries (document name, Sync, Update, then the update). */
  const updateOf = (message: Uint8Array) => {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 2]);
    return decoding.readVarUint8Array(decoder);
  };
  const turn = () => new Promise((resolve) => setImmediate(resolve));

  const setUp = () => {
    const document = new Document('doc');
    const onUpdate = jest.fn();
    document.onUpdate(onUpdate);
    const broadcast = CoalescedBroadcast.install(document) as CoalescedBroadcast;
    expect(broadcast).not.toBeNull();
    const editor = connect(document, 'editor');
    const reader = connect(document, 'reader');
    // The editor types three characters, one update each, as a provider sends them.
    const typist = new Y.Doc();
    const typed: Uint8Array[] = [];
    typist.on('update', (update: Uint8Array) => typed.push(update));
    for (const [at, char] of [...'abc'].entries()) typist.getText('t').insert(at, char);
    return { document, broadcast, onUpdate, editor, reader, typed };
  };

  it("sends an editor's updates of one turn as one message to every other connection, none back to the editor", async () => {
    const { document, onUpdate, editor, reader, typed } = setUp();
    for (const update of typed) Y.applyUpdate(document, update, editor.connection);
    expect(reader.sent).toHaveLength(0);
    await turn();
    expect(reader.sent).toHaveLength(1);
    expect(editor.sent).toHaveLength(0);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, updateOf(reader.sent[0]));
    expect(peer.getText('t').toString()).toBe('abc');
    // The hooks (contributions, store debounce, Redis) run once per editor per turn, credited to that editor.
    expect(onUpdate).toHaveBeenCalledTimes(1);
    expect(onUpdate.mock.calls[0][1]).toBe(editor.connection);
  });

  it('sends a server-side change at once, after what the editors queued', () => {
    const { document, onUpdate, editor, reader, typed } = setUp();
    Y.applyUpdate(document, typed[0], editor.connection);
    Y.applyUpdate(document, typed[1], { personId: 'p1' });
    expect(reader.sent.map((m) => Y.decodeUpdate(updateOf(m)).structs[0].id.clock)).toEqual([0, 1]);
    expect(onUpdate.mock.calls.map((call) => call[1])).toEqual([editor.connection, { personId: 'p1' }]);
  });

  it('hands what is queued on when flushed (before a store or an unload), and is installed once per document', () => {
    const { document, broadcast, onUpdate, editor, reader, typed } = setUp();
    expect(CoalescedBroadcast.install(document)).toBe(broadcast);
    Y.applyUpdate(document, typed[0], editor.connection);
    expect(onUpdate).not.toHaveBeenCalled();
    broadcast.flush();
    expect(onUpdate).toHaveBeenCalledTimes(1);
    expect(reader.sent).toHaveLength(1);
  });
});
