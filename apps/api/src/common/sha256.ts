import { hash } from 'node:crypto';

/**
 * The SHA-256 of a text, in hex: what the audit chain, the minutes' versions, receipts, idempotency keys and sign-in
 * tokens hash with. One-shot `hash`: a ballot takes several, and `createHash` (an object, an update, a digest) cost
 * about four times as much for such short texts.
 */
export const sha256 = (text: string): string => hash('sha256', text, 'hex');
