import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Largest co-editing message accepted: a paste of a long chapter fits; anything bigger closes the socket. */
export const MAX_MESSAGE_BYTES = 512 * 1024;

/** Hocuspocus message types (@hocuspocus/server MessageType) carried after the document name. */
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const QUERY_AWARENESS = 3;
const SYNC_REPLY = 4;
const CLOSE = 7;
/**
 * What a client may send. Stateless (5) and BroadcastStateless (6) are refused: the server's signals are the only
 * stateless messages, and a client's broadcast would reach every connection of the document. SyncStatus (8) is
 * server → client only. Auth (2) stays: the provider sends it again when it is recreated quickly.
 */
const CLIENT_TYPES = new Set([SYNC, AWARENESS, AUTH, QUERY_AWARENESS, SYNC_REPLY, CLOSE]);

/** y-protocols sync sub-types that carry a Yjs update (step 1 carries a state vector). */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** WebSocket close codes of the co-editing socket (4000-4999 are the application's). */
export const CollabClose = {
  badMessage: 4400,
  sessionEnded: 4401,
  forbidden: 4403,
  authTimeout: 4408,
  tooLarge: 4413,
  tooManyUnauthenticated: 4429,
  /** The server failed (not the client): the provider reconnects and resends what the server lacks. */
  serverError: 4500,
} as const;

/** A message the guard refuses; `code`/`reason` are what Hocuspocus's handler closes the document connection with. */
export class GuardViolation extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export interface InspectedMessage {
  documentName: string;
  type: number;
  /** The Yjs update it carries, if it is a Sync/SyncReply step 2 or update message. */
  update: Uint8Array | null;
  /** For an awareness message, its entries (empty for any other message). */
  awareness: AwarenessEntry[];
}

/** One client's state in an awareness update, with the `user.name` it declares (undefined: no user). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  name: string | undefined;
}

/** The document name and message type only (cheap: what the socket listener needs before authentication). */
export function peekMessage(data: Uint8Array): { documentName: string; type: number } {
  if (data.length > MAX_MESSAGE_BYTES) throw new GuardViolation(CollabClose.tooLarge, 'message-too-large');
  try {
    const decoder = decoding.createDecoder(data);
    return { documentName: decoding.readVarString(decoder), type: decoding.readVarUint(decoder) };
  } catch {
    throw new GuardViolation(CollabClose.badMessage, 'bad-message');
  }
}

/**
 * Validates a message before Hocuspocus handles it: oversized, undecodable, of a type clients may not send, or
 * carrying a Yjs update that is not well formed (type 0 and 4 alike, since Hocuspocus applies both) → GuardViolation.
 * Never applies anything.
 */
export function inspectMessage(data: Uint8Array): InspectedMessage {
  const { documentName, type } = peekMessage(data);
  if (!CLIENT_TYPES.has(type)) throw new GuardViolation(CollabClose.badMessage, `message-type-${type}`);
  if (type === AWARENESS) return { documentName, type, update: null, awareness: awarenessEntries(data) };
  if (type !== SYNC && type !== SYNC_REPLY) return { documentName, type, update: null, awareness: [] };
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    decoding.readVarUint(decoder);
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return { documentName, type, update: null, awareness: [] };
    const update = decoding.readVarUint8Array(decoder);
    // decodeUpdate walks every struct and delete set: a truncated or garbled update throws here. y-protocols would
    // swallow the same exception half-way through applying it.
    Y.decodeUpdate(update);
    return { documentName, type, update, awareness: [] };
  } catch {
    throw new GuardViolation(CollabClose.badMessage, 'bad-update');
  }
}

/** Entries of an awareness update (y-protocols: count, then clientID, clock and JSON state for each). */
function awarenessEntries(data: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    decoding.readVarUint(decoder);
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const entries: AwarenessEntry[] = [];
    for (let count = decoding.readVarUint(update); count > 0; count--) {
      const clientId = decoding.readVarUint(update);
      const clock = decoding.readVarUint(update);
      const state = JSON.parse(decoding.readVarString(update)) as { user?: { name?: unknown } } | null;
      const name = state?.user === undefined ? undefined : typeof state.user?.name === 'string' ? state.user.name : '';
      entries.push({ clientId, clock, name });
    }
    return entries;
  } catch {
    throw new GuardViolation(CollabClose.badMessage, 'bad-awareness');
  }
}

/**
 * Whether an awareness update would show a name other than `ownName`. Providers relay everyone's states they
 * received, so only entries newer than what the server holds count (older or equal clocks are ignored by y-protocols).
 */
export function declaresForeignName(
  entries: AwarenessEntry[],
  known: Map<number, { clock: number }>,
  ownName: string | undefined,
): boolean {
  return entries.some((e) => e.name !== undefined && e.name !== ownName && e.clock > (known.get(e.clientId)?.clock ?? -1));
}

/** Whether applying `update` to `doc` would change it (a read-only client resending what it already has is harmless). */
export function changesDocument(doc: Y.Doc, update: Uint8Array): boolean {
  return !Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}

/** Characters of text an update inserts (what the contributions count per author). */
export function insertedCharacters(update: Uint8Array): number {
  let count = 0;
  for (const struct of Y.decodeUpdate(update).structs) {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentString && !struct.deleted) count += struct.content.str.length;
  }
  return count;
}
