import * as z from 'zod';
import { instant } from './dates';
import { DecisionKindSchema } from './meetings';

/**
 * How a poll is taken: `named` publishes each name and choice; `secret` publishes only totals; `show_of_hands` is
 * counted in the room and recorded by the secretary (counts, and who spoke against).
 */
export const POLL_METHODS = ['named', 'secret', 'show_of_hands'] as const;
export const PollMethodSchema = z.enum(POLL_METHODS);
export type PollMethod = z.infer<typeof PollMethodSchema>;

export const MAJORITY_RULES = ['simple', 'absolute', 'two_thirds', 'unanimity'] as const;
export const MajorityRuleSchema = z.enum(MAJORITY_RULES);
export type MajorityRule = z.infer<typeof MajorityRuleSchema>;

export const MAJORITY_BASES = ['votes_cast', 'members_present', 'all_members'] as const;
export const MajorityBaseSchema = z.enum(MAJORITY_BASES);
export type MajorityBase = z.infer<typeof MajorityBaseSchema>;

export const POLL_STATUSES = ['draft', 'open', 'closed'] as const;
export const PollStatusSchema = z.enum(POLL_STATUSES);
export type PollStatus = z.infer<typeof PollStatusSchema>;

/** What an option means for the majority: `choice` options (a list) count as "yes" for their own option. */
export const OPTION_MEANINGS = ['yes', 'no', 'abstain', 'choice'] as const;
export type OptionMeaning = (typeof OPTION_MEANINGS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const CreatePollSchema = z
  .object({
    agendaItemId: z.uuid(),
    subject: text(500),
    method: PollMethodSchema.default('named'),
    /** A list of choices; without it the options are yes / no / abstain. */
    choices: z.array(text(200)).min(2).max(20).optional(),
    rule: MajorityRuleSchema.default('simple'),
    base: MajorityBaseSchema.default('votes_cast'),
    hideResultsUntilClose: z.boolean().default(false),
    allowChange: z.boolean().default(false),
    askReason: z.boolean().default(false),
    /** The commission's rules let the chair break a tie. */
    chairCastingVote: z.boolean().default(false),
    /** The article the result cites, e.g. "artículo 66 de los Lineamientos …". */
    legalArticle: text(300).nullable().optional(),
    /** What the poll decides elsewhere (e.g. a document's amendment), for the module that asked for it. */
    subjectRef: text(200).nullable().optional(),
    /**
     * Which of the item's questions it decides (agenda approval, waiver of reading, minutes approval) when the item
     * holds more than one; its close is that question's one outcome.
     */
    kind: DecisionKindSchema.default('other'),
  })
  .strict();
export type CreatePoll = z.input<typeof CreatePollSchema>;

export const UpdatePollSchema = z
  .object({
    subject: text(500).optional(),
    method: PollMethodSchema.optional(),
    rule: MajorityRuleSchema.optional(),
    base: MajorityBaseSchema.optional(),
    hideResultsUntilClose: z.boolean().optional(),
    allowChange: z.boolean().optional(),
    askReason: z.boolean().optional(),
  })
  .strict();
export type UpdatePoll = z.infer<typeof UpdatePollSchema>;

/** `at` declares when it happened, for a session recorded afterwards (the past-record mode): not before the opening. */
const declaredTime = instant().optional();

export const OpenPollSchema = z.preprocess((body) => body ?? {}, z.object({ at: declaredTime }).strict());
export type OpenPoll = z.infer<typeof OpenPollSchema>;

export const ClosePollSchema = z.preprocess(
  (body) => body ?? {},
  z.object({ castingVote: z.enum(['yes', 'no']).optional(), at: declaredTime }).strict(),
);
export type ClosePoll = z.infer<typeof ClosePollSchema>;

export const CastBallotSchema = z
  .object({
    /** Whose voting right: the caller's own, or the member they represent. */
    memberPersonId: z.uuid(),
    optionId: z.uuid(),
    reason: z.string().trim().max(1000).nullable().optional(),
    /** Chosen by the client once per ballot; a retry with the same key gets the first answer. */
    idempotencyKey: z.string().trim().min(16).max(100),
  })
  .strict();
export type CastBallot = z.infer<typeof CastBallotSchema>;

export const RecordRollCallVoteSchema = z
  .object({
    votes: z
      .array(z.object({ memberPersonId: z.uuid(), optionId: z.uuid(), reason: z.string().trim().max(1000).nullable().optional() }).strict())
      .min(1)
      .max(500),
  })
  .strict();
export type RecordRollCallVote = z.infer<typeof RecordRollCallVoteSchema>;

const handCount = z.number().int().min(0).max(10000);

/** A show of hands as the secretary counted it: yes / no / abstain, and the members who spoke against. */
export const RecordShowOfHandsSchema = z
  .object({
    yes: handCount,
    no: handCount,
    abstain: handCount,
    /** Members of the room (person ids) who spoke against. */
    against: z.array(z.uuid()).max(500).default([]),
    castingVote: z.enum(['yes', 'no']).optional(),
    at: declaredTime,
  })
  .strict();
export type RecordShowOfHands = z.input<typeof RecordShowOfHandsSchema>;

export interface PollOption {
  id: string;
  label: string;
  meaning: OptionMeaning;
  position: number;
}

export interface NamedVote {
  memberPersonId: string;
  memberName: string;
  optionId: string;
  /** Set when a representative cast it. */
  castByName: string | null;
  reason: string | null;
}

export interface PollResult {
  passed: boolean;
  unanimous: boolean;
  /** Why, in a word: passed, not_reached, tie, tie_casting_yes, tie_casting_no, no_quorum, no_votes. */
  reason: string;
  yes: number;
  no: number;
  abstain: number;
  /** For choice polls: the option with most votes. */
  winningOptionId: string | null;
  rule: MajorityRule;
  base: MajorityBase;
  baseSize: number;
  required: number;
  quorum: { votingMembers: number; present: number; required: number; reached: boolean };
  recusedNames: string[];
  /** Show of hands: the members recorded as speaking against. */
  againstNames?: string[];
  legalBasis: string;
  closedAt: string;
  /** A passed poll on a minutes-approval item: the session whose minutes it approved. */
  approvedMinutesOf?: { meetingId: string; title: string } | null;
}

/** A poll as the room sees it. Counts per option are null while results are hidden. */
export interface PollState {
  id: string;
  meetingId: string;
  agendaItemId: string;
  subject: string;
  method: PollMethod;
  status: PollStatus;
  rule: MajorityRule;
  base: MajorityBase;
  hideResultsUntilClose: boolean;
  allowChange: boolean;
  askReason: boolean;
  chairCastingVote: boolean;
  subjectRef: string | null;
  options: PollOption[];
  /** Voting rights in the room at this moment, and how many were used. */
  rights: number;
  voted: number;
  tally: Record<string, number> | null;
  /** Named polls: who chose what (at the close, or live when results are not hidden). */
  namedVotes: NamedVote[] | null;
  result: PollResult | null;
  agreementNumber: string | null;
  openedAt: string | null;
  closedAt: string | null;
  version: number;
}

/** A voting right the caller holds in a poll: their own, or a represented member's. */
export interface VotingRight {
  memberPersonId: string;
  memberName: string;
  asProxy: boolean;
  used: boolean;
}

export interface BallotReceipt {
  pollId: string;
  memberPersonId: string;
  /** Keep it: with it anyone can check that the ballot is counted. */
  receipt: string;
  /** True when this answers a retry of a ballot already counted. */
  replayed: boolean;
}

export interface AuditEventView {
  seq: number;
  kind: string;
  payload: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface ChainVerification {
  pollId: string;
  intact: boolean;
  events: number;
  head: string | null;
  /** The first event where the chain breaks, and why. */
  brokenAt: { seq: number; reason: string } | null;
  /** Stored ballots agree with the chain's ballots (nothing edited, added or deleted). */
  ballotsMatch: boolean;
  ballotProblem: string | null;
  /** The close on the chain disagrees with the poll: a missing or extra `poll_closed`, or a stored result the chained tally does not give. */
  resultProblem: string | null;
  /** Null until the poll is closed: nobody sees a running count through the public check. */
  tally: Record<string, number> | null;
}

export interface ReceiptCheck {
  pollId: string;
  counted: boolean;
  /** The event's position on the chain; null for a secret poll, whose receipt proves inclusion and nothing of the choice. */
  seq: number | null;
}
