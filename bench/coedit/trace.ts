/** One single-character edit at a position of the text: insert `char`, or delete the character at `at`. */
export type TraceOp = { kind: 'insert'; at: number; char: string } | { kind: 'delete'; at: number };

/** A small, seeded PRNG (mulberry32): the same trace on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'la comisión acordó elaborar un diagnóstico de apertura en las entidades federativas con participación de la sociedad civil y los organismos garantes locales'.split(
    ' ',
  );

/**
 * A human-like trace of `count` single-character edits: mostly typing words forward at the cursor, with
 * backspace bursts (typos), occasional jumps of the cursor elsewhere in the text, and forward deletes.
 */
export function generateTrace(count: number, seed = 7): TraceOp[] {
  const next = random(seed);
  const ops: TraceOp[] = [];
  let length = 0;
  let cursor = 0;
  let pending = '';
  while (ops.length < count) {
    const roll = next();
    if (length > 20 && roll < 0.015) {
      cursor = Math.floor(next() * length);
      continue;
    }
    if (length > 0 && cursor > 0 && roll < 0.09) {
      // A burst of backspaces, like fixing a typo.
      for (let n = 1 + Math.floor(next() * 4); n > 0 && cursor > 0 && ops.length < count; n--) {
        cursor--;
        length--;
        ops.push({ kind: 'delete', at: cursor });
      }
      continue;
    }
    if (length > cursor && roll < 0.1) {
      length--;
      ops.push({ kind: 'delete', at: cursor });
      continue;
    }
    if (!pending) pending = `${WORDS[Math.floor(next() * WORDS.length)]}${next() < 0.08 ? '. ' : ' '}`;
    ops.push({ kind: 'insert', at: cursor, char: pending[0] });
    pending = pending.slice(1);
    cursor++;
    length++;
  }
  return ops;
}

/** The text the trace produces, computed on a plain string (the ground truth every peer must match). */
export function replay(ops: TraceOp[]): string {
  const chars: string[] = [];
  for (const op of ops) {
    if (op.kind === 'insert') chars.splice(op.at, 0, op.char);
    else chars.splice(op.at, 1);
  }
  return chars.join('');
}
