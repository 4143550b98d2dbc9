/**
 * Names typed or pasted as a list (the absent members read out, a videoconference's participant list) matched to the
 * roll call, so the secretary marks many members in one action. Accents, case, bullets and a trailing "(Estado)" do
 * not matter; every word of a line must be a word of exactly one member's name, or the line is left for the secretary.
 * The roll call's search uses the same words: each typed word starts a word of the name.
 */
export interface NamedRow {
  personId: string;
  name: string;
}

export interface NameList<T extends NamedRow> {
  /** One member per recognised line, each once. */
  matched: T[];
  /** Lines that name nobody on the roll. */
  unknown: string[];
  /** Lines that fit several members, with their names. */
  ambiguous: Array<{ line: string; names: string[] }>;
}

const words = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

/** The name on a line, without a list's bullet or number and without a parenthesised note such as the state. */
const nameOn = (line: string): string =>
  line
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '')
    .trim();

export function matchNames<T extends NamedRow>(text: string, rows: readonly T[]): NameList<T> {
  const indexed = rows.map((row) => ({ row, words: new Set(words(row.name)) }));
  const list: NameList<T> = { matched: [], unknown: [], ambiguous: [] };
  const seen = new Set<string>();
  for (const raw of text.split(/[\n;]+/)) {
    const line = nameOn(raw);
    const wanted = words(line);
    if (wanted.length === 0) continue;
    const fits = indexed.filter((entry) => wanted.every((w) => entry.words.has(w))).map((entry) => entry.row);
    if (fits.length === 0) list.unknown.push(line);
    else if (fits.length > 1) list.ambiguous.push({ line, names: fits.map((r) => r.name) });
    else if (!seen.has(fits[0].personId)) {
      seen.add(fits[0].personId);
      list.matched.push(fits[0]);
    }
  }
  return list;
}

/** Whether every word typed in a search starts a word of `name` ("mar contr" finds "Mariana Contreras"); an empty search finds all. */
export function nameMatches(query: string, name: string): boolean {
  const own = words(name);
  return words(query).every((w) => own.some((n) => n.startsWith(w)));
}
