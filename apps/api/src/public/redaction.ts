import { REDACTION_MARKER } from '@cocrea/contracts';

export interface Range {
  from: number;
  to: number;
}

/**
 * The text with each range (character offsets, end exclusive) replaced by the marker. Overlapping or touching
 * ranges merge into one marker, and a range past the end is clipped, so no character of a range survives.
 */
export function redact(text: string, ranges: readonly Range[]): string {
  const sorted = ranges
    .map((r) => ({ from: Math.max(0, r.from), to: Math.min(text.length, r.to) }))
    .filter((r) => r.to > r.from)
    .sort((a, b) => a.from - b.from);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  let out = '';
  let at = 0;
  for (const range of merged) {
    out += text.slice(at, range.from) + REDACTION_MARKER;
    at = range.to;
  }
  return out + text.slice(at);
}
