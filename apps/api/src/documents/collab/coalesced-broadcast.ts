/**
 * One broadcast per event-loop turn instead of one per update. Hocuspocus (3.4) sends every update it applies to every
 * connection of the document at once, the sender included: a typist's burst of N one-character updates costs N
 * encodings and N × connections socket writes, and its `onChange` / store-debounce hooks run N times. Here the updates
 * that editors' connections apply in one turn are merged into one update, handed once per editor to the hooks
 * (contributions stay credited to their author) and sent once to every other connection. Yjs updates commute and are
 * idempotent, so a merged update leaves every peer in the same state as the single ones; the delay is one turn.
 * Server-side changes (direct connections, another instance's updates through Redis) keep Hocuspocus's own path: they
 * are sent and stored at once, after what is queued.
 */
import { Connection, Document, OutgoingMessage } from '@hocuspocus/server';
import * as Y from 'yjs';

/**
 * Updates merged into one broadcast at most: Y.mergeUpdates re-sorts its inputs per struct, so a merge costs about the
 * square of its size; above this a batch is sent and the next one begins.
 */
export const MAX_COALESCED_UPDATES = 128;

type UpdateListener = (update: Uint8Array, origin: unknown) => void;

/** Hocuspocus's per-update handler, the only `update` listener a loaded document has (see Document's constructor). */
function stockListeners(document: Document): Set<UpdateListener> | undefined {
  return (document as unknown as { _observers: Map<string, Set<UpdateListener>> })._observers.get('update');
}

/** The broadcast installed on each document (a second install returns it rather than wrapping it). */
const installed = new WeakMap<Document, CoalescedBroadcast>();

export class CoalescedBroadcast {
  /** Queued updates per editor's connection, in the order the editors first appear in this turn. */
  private queued = new Map<Connection, Uint8Array[]>();
  private size = 0;
  private scheduled: NodeJS.Immediate | null = null;

  private constructor(
    private readonly document: Document,
    private readonly stock: UpdateListener,
  ) {}

  /**
   * Takes over the document's update broadcast; returns null (and leaves Hocuspocus's own) when the document does not
   * look as expected, so that a library upgrade that changes it degrades to the per-update path, not to silence.
   */
  static install(document: Document): CoalescedBroadcast | null {
    const existing = installed.get(document);
    if (existing) return existing;
    const listeners = stockListeners(document);
    if (listeners?.size !== 1) return null;
    const [stock] = listeners;
    const broadcast = new CoalescedBroadcast(document, stock);
    document.off('update', stock);
    document.on('update', (update: Uint8Array, origin: unknown) => broadcast.add(update, origin));
    installed.set(document, broadcast);
    return broadcast;
  }

  /** Hands on what is queued for `document`, if its broadcast is coalesced (see flush). */
  static flush(document: Y.Doc): void {
    installed.get(document as Document)?.flush();
  }

  private add(update: Uint8Array, origin: unknown): void {
    if (!(origin instanceof Connection)) {
      // Not an editor's message: sent and stored as Hocuspocus would, after everything queued before it.
      this.flush();
      this.stock(update, origin);
      return;
    }
    const updates = this.queued.get(origin);
    if (updates) updates.push(update);
    else this.queued.set(origin, [update]);
    this.size += 1;
    if (this.size >= MAX_COALESCED_UPDATES) this.flush();
    else this.scheduled ??= setImmediate(() => this.flush());
  }

  /** Hands what is queued to the hooks and the connections now (before a store, an unload or a server-side change). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    if (this.size === 0) return;
    const queued = this.queued;
    this.queued = new Map();
    this.size = 0;
    const merged: Uint8Array[] = [];
    for (const [connection, updates] of queued) {
      const update = updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
      // onChange (contributions, Redis fan-out) and the debounced store, once per editor per turn.
      this.document.callbacks.onUpdate(this.document, connection, update);
      merged.push(update);
    }
    const update = merged.length === 1 ? merged[0] : Y.mergeUpdates(merged);
    const message = new OutgoingMessage(this.document.name).createSyncMessage().writeUpdate(update).toUint8Array();
    // The one editor of a turn already has its updates; with several, each gets the others' (its own again is harmless).
    const sender = queued.size === 1 ? queued.keys().next().value : undefined;
    for (const connection of this.document.getConnections()) if (connection !== sender) connection.send(message);
  }
}
