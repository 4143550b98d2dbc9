import { RedactionRange, mergeRedactions } from '@cocrea/domain';

/**
 * From what the person selects in a version's text to the ranges its versión pública redacts. The text is shown as a
 * single text node, so the selection's offsets in that node are offsets into the version's plain text.
 */

/** The part of `text` that `selection` covers, clipped to it; null when the selection does not touch it. */
export function selectedRange(text: Text, selection: Selection | null): RedactionRange | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const whole = text.ownerDocument.createRange();
  whole.selectNodeContents(text);
  const startsBefore = range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0;
  const endsAfter = range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0;
  const from = startsBefore ? 0 : range.startContainer === text ? range.startOffset : text.length;
  const to = endsAfter ? text.length : range.endContainer === text ? range.endOffset : 0;
  return to > from ? { from, to } : null;
}

/** The ranges with `range` added, in order, overlapping or touching ones merged as the api will merge them. */
export function addRedaction(ranges: readonly RedactionRange[], range: RedactionRange, length: number): RedactionRange[] {
  return mergeRedactions([...ranges, range], length);
}
