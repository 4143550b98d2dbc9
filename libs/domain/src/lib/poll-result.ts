import type { MajorityBase, MajorityRule, OptionMeaning } from '@cocrea/contracts';
import { baseSize, decideMajority, isUnanimous, MajorityOutcome, MajorityReason, requiredYes } from './majority';

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

export interface PollDecisionInput {
  rule: MajorityRule;
  base: MajorityBase;
  options: readonly TallyOption[];
  counts: Readonly<Record<string, number>>;
  /** Rights present when the poll closed (at least the votes cast: someone who voted and left still counted). */
  present: number;
  members: number;
  quorumReached: boolean;
  castingVoteAllowed: boolean;
  castingVote?: 'yes' | 'no' | null;
}

export interface PollDecision extends MajorityOutcome, Counts {
  winningOptionId: string | null;
}

/**
 * The result of a poll from its tally. Yes/no motions follow `decideMajority`. A list of choices is decided by
 * relative majority (the most votes wins; a tie for first is a tie, with no casting vote among choices); under an
 * absolute or two-thirds rule the leader must also reach that share of the base. The same function recomputes the
 * result from the audit chain's tally when a poll is verified.
 */
export function decidePoll(input: PollDecisionInput): PollDecision {
  const { yes, no, abstain, leaderId } = countsFor(input.options, input.counts);
  const present = Math.max(input.present, yes + no + abstain);
  const members = Math.max(input.members, present);
  const hasChoices = input.options.some((o) => o.meaning === 'choice');
  if (!hasChoices) {
    const decided = decideMajority({ ...input, yes, no, abstain, present, members });
    return { ...decided, yes, no, abstain, winningOptionId: null };
  }
  // Relative majority: the others' votes are not one opponent, so no "yes > no"; a stricter rule asks its share of the base.
  const size = baseSize(input.base, { yes, no, abstain, present, members });
  const required = input.rule === 'simple' || input.rule === 'unanimity' ? 1 : requiredYes(input.rule, size, 0);
  const unanimous = isUnanimous(input.base, { yes, no }, size);
  const outcome = (passed: boolean, reason: MajorityReason): PollDecision => ({
    passed,
    reason,
    unanimous,
    baseSize: size,
    required,
    yes,
    no,
    abstain,
    winningOptionId: leaderId,
  });
  if (!input.quorumReached) return outcome(false, 'no_quorum');
  if (yes + no + abstain === 0) return outcome(false, 'no_votes');
  if (leaderId === null) return outcome(false, 'tie');
  const passed = yes >= required && (input.rule !== 'unanimity' || no === 0);
  return outcome(passed, passed ? 'passed' : 'not_reached');
}
