import type { MajorityBase, MajorityRule } from '@cocrea/contracts';

export interface MajorityInput {
  rule: MajorityRule;
  base: MajorityBase;
  yes: number;
  no: number;
  abstain: number;
  /** Voting rights present at the moment of the vote (in person or represented, minus recusals). */
  present: number;
  /** All voting members (minus recusals). */
  members: number;
  quorumReached: boolean;
  /** The commission's rules give the chair a casting vote on a tie. */
  castingVoteAllowed: boolean;
  /** The chair's casting vote, only consulted on a tie when allowed. */
  castingVote?: 'yes' | 'no' | null;
}

export type MajorityReason = 'passed' | 'not_reached' | 'tie' | 'tie_casting_yes' | 'tie_casting_no' | 'no_quorum' | 'no_votes';

export interface MajorityOutcome {
  passed: boolean;
  reason: MajorityReason;
  /** Unanimity of the base (see `isUnanimous`): what the result may call "por unanimidad". */
  unanimous: boolean;
  /** Size of the base the rule was measured against. */
  baseSize: number;
  /** Votes in favour needed to pass (for simple majority: more than the votes against). */
  required: number;
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/** Size of the base: votes cast counts abstentions as cast, never as yes. */
export function baseSize(base: MajorityBase, input: Pick<MajorityInput, 'yes' | 'no' | 'abstain' | 'present' | 'members'>): number {
  switch (base) {
    case 'votes_cast':
      return input.yes + input.no + input.abstain;
    case 'members_present':
      return input.present;
    case 'all_members':
      return input.members;
  }
}

/**
 * Unanimity of the base the rule counts: no vote against and at least one in favour; and when the base is the
 * members (present or all), every one of them in favour. Two yes votes of 28 rights present are unanimous among
 * the votes cast, never among the members present.
 */
export function isUnanimous(base: MajorityBase, counts: { yes: number; no: number }, size: number): boolean {
  return counts.no === 0 && counts.yes > 0 && (base === 'votes_cast' || counts.yes >= size);
}

/** Smallest number of yes votes that passes under `rule` against a base of `size` (simple: beat the no votes). */
export function requiredYes(rule: MajorityRule, size: number, no: number): number {
  switch (rule) {
    case 'simple':
      return no + 1;
    case 'absolute':
      return Math.floor(size / 2) + 1;
    case 'two_thirds':
      return Math.ceil((2 * size) / 3);
    case 'unanimity':
      return 1;
  }
}

/**
 * Whether a motion passes. Simple: yes > no. Absolute: yes > half the base. Two-thirds: yes ≥ 2/3 of the base.
 * Unanimity: no = 0 and yes > 0. Abstentions never count as yes. A simple-majority tie, or an absolute-majority one
 * that splits the base exactly in half, passes only on the chair's casting vote, when the rules allow one. Without quorum at the moment of the vote nothing passes.
 */
export function decideMajority(input: MajorityInput): MajorityOutcome {
  const { rule, yes, no, abstain, present, members } = input;
  if (![yes, no, abstain, present, members].every(isCount)) throw new RangeError('counts must be non-negative integers');
  if (present > members) throw new RangeError('present cannot exceed members');
  if (yes + no + abstain > present) throw new RangeError('more votes than voting rights present');
  const size = baseSize(input.base, input);
  const required = Math.max(1, requiredYes(rule, size, no));
  const unanimous = isUnanimous(input.base, input, size);
  const outcome = (passed: boolean, reason: MajorityReason): MajorityOutcome => ({ passed, reason, unanimous, baseSize: size, required });
  if (!input.quorumReached) return outcome(false, 'no_quorum');
  if (yes + no + abstain === 0) return outcome(false, 'no_votes');
  if (rule === 'unanimity') return outcome(no === 0 && yes > 0, no === 0 && yes > 0 ? 'passed' : 'not_reached');
  // A tie the chair may break (when the rules allow a casting vote): yes = no under a simple majority; under an absolute
  // one only when yes and no each hold exactly half the base — with abstentions or absent members counted in the base,
  // an even split reaches no majority at all, and one more yes would still fall short.
  const tie = yes === no && yes > 0 && (rule === 'simple' || (rule === 'absolute' && 2 * yes === size));
  if (tie) {
    if (!input.castingVoteAllowed || !input.castingVote) return outcome(false, 'tie');
    return outcome(input.castingVote === 'yes', input.castingVote === 'yes' ? 'tie_casting_yes' : 'tie_casting_no');
  }
  const passed = yes >= required && (rule !== 'simple' || yes > no);
  return outcome(passed, passed ? 'passed' : 'not_reached');
}

export const RULE_WORDS: Record<MajorityRule, string> = {
  simple: 'mayoría simple',
  absolute: 'mayoría absoluta',
  two_thirds: 'mayoría calificada de dos terceras partes',
  unanimity: 'unanimidad',
};

export const BASE_WORDS: Record<MajorityBase, string> = {
  votes_cast: 'de los votos emitidos',
  members_present: 'de los integrantes presentes',
  all_members: 'del total de integrantes con derecho a voto',
};

/** The legal basis written into the result, e.g. "mayoría simple de los integrantes presentes, art. 66 de los Lineamientos". */
export function legalBasis(rule: MajorityRule, base: MajorityBase, article?: string | null): string {
  const words = `${RULE_WORDS[rule]} ${BASE_WORDS[base]}`;
  return article?.trim() ? `${words}, ${article.trim()}` : words;
}
