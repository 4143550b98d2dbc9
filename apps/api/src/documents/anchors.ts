import * as Y from 'yjs';

export interface ResolvedSpan {
  text: Y.XmlText;
  index: number;
  length: number;
  /** The span's current text. */
  current: string;
}

function decode(anchor: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(Buffer.from(anchor, 'base64'));
  } catch {
    return null;
  }
}

/**
 * Where a span anchored by two relative positions is now. Null when either end no longer resolves (its text was
 * deleted and collected) or the ends are not in the same run of text (a span across paragraphs).
 */
export function resolveSpan(doc: Y.Doc, start: string, end: string): ResolvedSpan | null {
  const from = decode(start);
  const to = decode(end);
  if (!from || !to) return null;
  const a = Y.createAbsolutePositionFromRelativePosition(from, doc);
  const b = Y.createAbsolutePositionFromRelativePosition(to, doc);
  if (!a || !b || a.type !== b.type || !(a.type instanceof Y.XmlText) || b.index < a.index) return null;
  const text = a.type;
  const current = text
    .toDelta()
    .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
  return { text, index: a.index, length: b.index - a.index, current: current.slice(a.index, b.index) };
}

/** Anchors for `[index, index + length)` of a text (the api tests point at spans this way; the web anchors the editor's selection). */
export function anchorsFor(text: Y.XmlText, index: number, length: number): { start: string; end: string } {
  const encode = (i: number, assoc: number) =>
    Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, i, assoc))).toString('base64');
  return { start: encode(index, 0), end: encode(index + length, -1) };
}

/** Replaces a resolved span, keeping the formatting of its first character. */
export function replaceSpan(span: ResolvedSpan, replacement: string): void {
  const attributes = formatAt(span.text, span.index);
  span.text.delete(span.index, span.length);
  if (replacement) span.text.insert(span.index, replacement, attributes);
}

function formatAt(text: Y.XmlText, index: number): Record<string, unknown> | undefined {
  let offset = 0;
  for (const op of text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (index < offset + length) return op.attributes;
    offset += length;
  }
  return undefined;
}
