import type { OptionMeaning } from '@cocrea/contracts';

export interface TallyOption {
  id: string;
  meaning: OptionMeaning;
}

export interface Counts {
  yes: number;
  no: number;
  abstain: number;
}

/** Ballots per option id; every option appears, with 0 when nobody chose it. */
export function tally(options: readonly TallyOption[], chosen: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(options.map((o) => [o.id, 0]));
  for (const optionId of chosen) {
    if (!(optionId in counts)) throw new RangeError(`unknown option ${optionId}`);
    counts[optionId] += 1;
  }
  return counts;
}

/**
 * Yes / no / abstain for the majority rule. In a poll of choices the leading option is "yes" and every other
 * choice is "no" (a unique leader is needed to pass); abstentions stay abstentions.
 */
export function countsFor(options: readonly TallyOption[], counts: Readonly<Record<string, number>>): Counts & { leaderId: string | null } {
  const sum = (meaning: OptionMeaning) => options.filter((o) => o.meaning === meaning).reduce((n, o) => n + (counts[o.id] ?? 0), 0);
  const choices = options.filter((o) => o.meaning === 'choice');
  if (choices.length === 0) return { yes: sum('yes'), no: sum('no'), abstain: sum('abstain'), leaderId: null };
  const ranked = [...choices].sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0));
  const top = counts[ranked[0].id] ?? 0;
  const tied = ranked.length > 1 && (counts[ranked[1].id] ?? 0) === top;
  return {
    yes: top,
    no: sum('choice') - top,
    abstain: sum('abstain'),
    leaderId: top > 0 && !tied ? ranked[0].id : null,
  };
}
