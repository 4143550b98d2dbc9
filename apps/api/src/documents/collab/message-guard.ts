import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Largest co-editing message accepted: a paste of a long chapter fits; anything bigger is dropped. */
export const MAX_MESSAGE_BYTES = 512 * 1024;

/** y-protocols message types carried by Hocuspocus after the document name. */
const SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export interface InspectedMessage {
  documentName: string;
  /** The Yjs update it carries, if it is a sync step 2 or an update message. */
  update: Uint8Array | null;
}

/**
 * Reads a Hocuspocus message far enough to validate it: a message that cannot be decoded, or whose Yjs update is
 * not a well-formed update, throws. Never applies anything.
 */
export function inspectMessage(data: Uint8Array): InspectedMessage {
  if (data.length > MAX_MESSAGE_BYTES) throw new Error(`oversized message (${data.length} bytes)`);
  const decoder = decoding.createDecoder(data);
  const documentName = decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== SYNC) return { documentName, update: null };
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return { documentName, update: null };
  const update = decoding.readVarUint8Array(decoder);
  // decodeUpdate walks every struct and delete set: a truncated or garbled update throws here, before Hocuspocus applies it.
  Y.decodeUpdate(update);
  return { documentName, update };
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
