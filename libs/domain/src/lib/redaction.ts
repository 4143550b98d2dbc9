import { REDACTION_MARKER } from '@cocrea/contracts';

/**
 * The redaction of a versión pública, one rule for the api that stores it and the web that previews it: ranges are
 * character offsets into the version's plain text, end exclusive.
 */
export interface RedactionRange {
  from: number;
  to: number;
}

/** The ranges within a text of `length`, clipped to it, in order, overlapping or touching ones merged into one. */
export function mergeRedactions(ranges: readonly RedactionRange[], length: number): RedactionRange[] {
  const sorted = ranges
    .map((r) => ({ from: Math.max(0, r.from), to: Math.min(length, r.to) }))
    .filter((r) => r.to > r.from)
    .sort((a, b) => a.from - b.from);
  const merged: RedactionRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The text with each range replaced by the marker. Overlapping or touching ranges merge into one marker, and a
 * range past the end is clipped, so no character of a range survives.
 */
export function redact(text: string, ranges: readonly RedactionRange[]): string {
  let out = '';
  let at = 0;
  for (const range of mergeRedactions(ranges, text.length)) {
    out += text.slice(at, range.from) + REDACTION_MARKER;
    at = range.to;
  }
  return out + text.slice(at);
}
