import { hash } from 'node:crypto';

/**
 * The hash the audit chain, receipts and idempotency keys use (hex). One-shot `hash`: a ballot takes several, and
 * `createHash` (an object, an update, a digest) cost about four times as much for such short texts.
 */
export const sha256 = (text: string): string => hash('sha256', text, 'hex');

/**
 * The voter's receipt, derived from their idempotency key and the poll's random salt (server-side, never published):
 * only the hash is stored, only they hold the key, and nobody can compute a receipt from a guessed key.
 */
export function receiptFor(salt: string, pollId: string, memberPersonId: string, idempotencyKey: string): string {
  const hex = sha256(`receipt|${salt}|${pollId}|${memberPersonId}|${idempotencyKey}`).slice(0, 20).toUpperCase();
  return hex.match(/.{4}/g)?.join('-') ?? hex;
}

export const idempotencyHash = (pollId: string, memberPersonId: string, key: string) => sha256(`idem|${pollId}|${memberPersonId}|${key}`);

/** Receipts are typed by people: accept lower case and missing dashes. */
export function normalizeReceipt(code: string): string {
  const hex = code.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.match(/.{1,4}/g)?.join('-') ?? hex;
}
