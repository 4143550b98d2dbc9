import { appendEvent, StoredChainEvent, verifyChain } from '@cocrea/domain';
import { hash } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** The hash every audit trail chains with (hex SHA-256 of the canonical text; one-shot, a link per ballot). */
export const sha256 = (text: string) => hash('sha256', text, 'hex');

/**
 * A hash-chained table of the audit domain: its name and, for a trail per scope (a session's), the column and value
 * that pick one chain out of the table. Every trail stores `seq`, `kind`, `prev_hash` and `hash`.
 */
export interface ChainTable {
  table: 'session_audit_events' | 'commission_audit_events';
  scope: { column: string; value: string } | null;
}

/** A link to append: what its hash covers (`hashed`) and the row's other columns, payload included. */
export interface NewLink {
  kind: string;
  hashed: unknown;
  columns: Record<string, unknown>;
}

/**
 * The one way a link is added to any audit trail: the next seq after the chain's head (read, or given by a caller that
 * knows it), its hash over the previous
 * hash and the link, inserted in the caller's transaction. The caller orders concurrent appends (a row lock on the
 * session, or `lockChain`), and the unique seq of each chain refuses a second link at the same place.
 */
export async function appendLink(
  em: EntityManager,
  chain: ChainTable,
  link: NewLink,
  head?: StoredChainEvent | null,
): Promise<StoredChainEvent> {
  // A caller that holds the chain's head (read under the same lock) spares the read; the unique seq still guards it.
  const event = nextLink(head === undefined ? await chainHead(em, chain) : head, link.kind, link.hashed);
  const columns: Record<string, unknown> = {
    ...(chain.scope ? { [chain.scope.column]: chain.scope.value } : {}),
    ...link.columns,
    seq: event.seq,
    kind: link.kind,
    prev_hash: event.prevHash,
    hash: event.hash,
  };
  const names = Object.keys(columns);
  await em.query(
    `INSERT INTO ${chain.table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
    Object.values(columns).map((value) =>
      value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value,
    ),
  );
  return event;
}

/**
 * The link that follows `head`: the one place a link of any trail (a session's, the commission's, a poll's) is hashed.
 * Pure and in memory, so a writer that inserts a batch of links in one statement (ballots, check-ins) chains them here
 * without a round trip each.
 */
export function nextLink(head: StoredChainEvent | null, kind: string, hashed: unknown): StoredChainEvent {
  return appendEvent(head, kind, hashed, sha256);
}

/** A chain's head as the row it moves keeps it (its last hash and its length), or null before the first link. */
export function headOf(hash: string | null, length: number): StoredChainEvent | null {
  return hash ? { seq: length, kind: '', payload: null, prevHash: '', hash } : null;
}

/** The last link of a chain (seq and hash are all an append needs), or null before the first. */
export async function chainHead(em: EntityManager, chain: ChainTable): Promise<StoredChainEvent | null> {
  const where = chain.scope ? `WHERE ${chain.scope.column} = $1` : '';
  const [head] = (await em.query(
    `SELECT seq, hash FROM ${chain.table} ${where} ORDER BY seq DESC LIMIT 1`,
    chain.scope ? [chain.scope.value] : [],
  )) as Array<{ seq: number; hash: string }>;
  return head ? headOf(head.hash, head.seq) : null;
}

/** Holds, until the transaction ends, the right to append to a chain that no row lock orders (the commission's). */
export async function lockChain(em: EntityManager, chain: ChainTable): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [chain.table]);
}

/** Recomputes a chain read in seq order: the number of links, its head and the first broken link. */
export function checkLinks(links: readonly StoredChainEvent[]) {
  const check = verifyChain(links, sha256);
  return {
    events: links.length,
    head: links.at(-1)?.hash ?? null,
    chain: check.ok ? ({ ok: true } as const) : ({ ok: false, seq: check.seq, reason: check.reason } as const),
  };
}
