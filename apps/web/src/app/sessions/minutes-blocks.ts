/** The minutes' Markdown as blocks the template renders itself: no HTML from text ever reaches the DOM. */
export type MinutesBlock = { kind: 'h1' | 'h2' | 'h3' | 'p'; spans: Span[] } | { kind: 'ul' | 'ol'; items: Span[][] };

export interface Span {
  text: string;
  strong: boolean;
  em: boolean;
}

/** `**bold**` and `_emphasis_` inside a line. */
export function spans(line: string): Span[] {
  const out: Span[] = [];
  const pattern = /\*\*(.+?)\*\*|_(.+?)_/g;
  let last = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    if (match.index > last) out.push({ text: line.slice(last, match.index), strong: false, em: false });
    out.push({ text: match[1] ?? match[2], strong: match[1] !== undefined, em: match[2] !== undefined });
    last = match.index + match[0].length;
  }
  if (last < line.length) out.push({ text: line.slice(last), strong: false, em: false });
  return out;
}

const BULLET = /^- /;
/** "3. Title": the agenda keeps its own numbers, which may skip. */
const NUMBERED = /^\d+\.\s/;

/** Headings, bullet and numbered lists, and paragraphs: the subset the minutes drafter writes. */
export function minutesBlocks(markdown: string): MinutesBlock[] {
  const blocks: MinutesBlock[] = [];
  for (const chunk of markdown.split(/\n{2,}/)) {
    const lines = chunk.split('\n').map((l) => l.replace(/\s+$/, ''));
    const heading = /^(#{1,3})\s+(.*)$/.exec(lines[0] ?? '');
    if (heading && lines.length === 1) {
      blocks.push({ kind: (['h1', 'h2', 'h3'] as const)[heading[1].length - 1], spans: spans(heading[2]) });
      continue;
    }
    const text: string[] = [];
    let list: Span[][] | null = null;
    let listKind: 'ul' | 'ol' = 'ul';
    const flushText = () => {
      if (text.length) blocks.push({ kind: 'p', spans: spans(text.join(' ')) });
      text.length = 0;
    };
    for (const line of lines) {
      if (!line.trim()) continue;
      const kind = BULLET.test(line) ? 'ul' : NUMBERED.test(line) ? 'ol' : null;
      if (kind) {
        flushText();
        if (list && kind !== listKind) blocks.push({ kind: listKind, items: list });
        if (!list || kind !== listKind) list = [];
        listKind = kind;
        list.push(spans(kind === 'ul' ? line.slice(2) : line));
      } else {
        if (list) blocks.push({ kind: listKind, items: list });
        list = null;
        text.push(line);
      }
    }
    flushText();
    if (list) blocks.push({ kind: listKind, items: list });
  }
  return blocks;
}
