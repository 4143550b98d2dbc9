/** A hash function (hex digest of a UTF-8 string), injected so this module does no I/O and picks no library. */
export type HashFn = (text: string) => string;

/** The hash a chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainEvent {
  seq: number;
  kind: string;
  payload: unknown;
}

export interface StoredChainEvent extends ChainEvent {
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every level: the same event always serialises to the same text (jsonb reorders keys). */
export function canonicalize(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('non-finite number');
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalize(v)}`).join(',')}}`;
}

/** The hash of an event: it covers the previous event's hash, so changing or removing any event breaks every later one. */
export function chainHash(prevHash: string, event: ChainEvent, hash: HashFn): string {
  return hash(`${prevHash}\n${canonicalize({ seq: event.seq, kind: event.kind, payload: event.payload })}`);
}

/** The next event to append after `previous` (or at the start). */
export function appendEvent(previous: StoredChainEvent | null, kind: string, payload: unknown, hash: HashFn): StoredChainEvent {
  const seq = previous ? previous.seq + 1 : 1;
  const prevHash = previous ? previous.hash : GENESIS_HASH;
  return { seq, kind, payload, prevHash, hash: chainHash(prevHash, { seq, kind, payload }, hash) };
}

export type ChainBreak = 'sequence_gap' | 'previous_mismatch' | 'hash_mismatch';
export type ChainCheck = { ok: true; head: string | null } | { ok: false; seq: number; reason: ChainBreak };

/** Recomputes the chain (events in seq order) and reports the FIRST event where it breaks. */
export function verifyChain(events: readonly StoredChainEvent[], hash: HashFn): ChainCheck {
  let previous: StoredChainEvent | null = null;
  for (const event of events) {
    const expectedSeq = previous ? previous.seq + 1 : 1;
    if (event.seq !== expectedSeq) return { ok: false, seq: event.seq, reason: 'sequence_gap' };
    if (event.prevHash !== (previous ? previous.hash : GENESIS_HASH)) return { ok: false, seq: event.seq, reason: 'previous_mismatch' };
    if (event.hash !== chainHash(event.prevHash, event, hash)) return { ok: false, seq: event.seq, reason: 'hash_mismatch' };
    previous = event;
  }
  return { ok: true, head: previous?.hash ?? null };
}

/** A ballot as the chain recorded it and as the ballots table holds it. */
export interface BallotFact {
  ballotId: string;
  optionId: string;
  receiptHash: string;
}

export type BallotMismatch = { ballotId: string; problem: 'missing_row' | 'changed_row' | 'row_not_in_chain' };

/**
 * The stored ballots must be exactly the chain's ballots (the latest per ballot id, after allowed changes):
 * a deleted row, an edited option or a row slipped in without an event are reported, first one first.
 */
export function compareBallots(chain: readonly BallotFact[], stored: readonly BallotFact[]): BallotMismatch | null {
  const latest = new Map<string, BallotFact>();
  for (const fact of chain) latest.set(fact.ballotId, fact);
  const rows = new Map(stored.map((b) => [b.ballotId, b]));
  for (const [id, fact] of latest) {
    const row = rows.get(id);
    if (!row) return { ballotId: id, problem: 'missing_row' };
    if (row.optionId !== fact.optionId || row.receiptHash !== fact.receiptHash) return { ballotId: id, problem: 'changed_row' };
  }
  for (const row of stored) if (!latest.has(row.ballotId)) return { ballotId: row.ballotId, problem: 'row_not_in_chain' };
  return null;
}
