/**
 * Open challenges (retos abiertos): institutions state problems, citizens bring ideas and support them, every idea
 * gets a reasoned answer, and a published ranking combines citizen support, feasibility and an expert jury. Shared so
 * the forms, the portal and the api agree on every shape.
 */
import * as z from 'zod';

/** The phases of a challenge, in the order they run. */
export const CHALLENGE_PHASES = ['ideas', 'filtering', 'vote', 'feasibility', 'jury', 'winners', 'pilots'] as const;
export const ChallengePhaseSchema = z.enum(CHALLENGE_PHASES);
export type ChallengePhase = z.infer<typeof ChallengePhaseSchema>;

/** Why filtering declines an idea; `duplicate` links the idea it repeats. */
export const DECLINE_REASONS = ['incomplete', 'out_of_scope', 'duplicate'] as const;
export const DeclineReasonSchema = z.enum(DECLINE_REASONS);
export type DeclineReason = z.infer<typeof DeclineReasonSchema>;

export const IDEA_STATUSES = ['submitted', 'admitted', 'declined'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

export const PILOT_STATUSES = ['planned', 'running', 'done', 'stopped'] as const;
export const PilotStatusSchema = z.enum(PILOT_STATUSES);
export type PilotStatus = z.infer<typeof PilotStatusSchema>;

export const CHALLENGE_ROLES = ['manager', 'juror'] as const;
export const ChallengeRoleSchema = z.enum(CHALLENGE_ROLES);
export type ChallengeRole = z.infer<typeof ChallengeRoleSchema>;

/** Feasibility and jury scores run from 0 to this. */
export const CHALLENGE_SCORE_MAX = 10;

const text = (max: number) => z.string().trim().min(1).max(max);
const DateDay = z.iso.date();

export const ChallengePhaseInputSchema = z
  .object({
    phase: ChallengePhaseSchema,
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    rules: z.string().max(2000).default(''),
  })
  .strict();

export const ChallengeProblemInputSchema = z
  .object({ institution: text(200), title: text(200), context: z.string().max(5000).default('') })
  .strict();

export const ChallengeWeightsSchema = z
  .object({
    support: z.number().int().min(0).max(100),
    feasibility: z.number().int().min(0).max(100),
    jury: z.number().int().min(0).max(100),
  })
  .strict()
  .refine((w) => w.support + w.feasibility + w.jury === 100, { message: 'Weights add up to 100' });
export type ChallengeWeights = z.infer<typeof ChallengeWeightsSchema>;

export const CreateChallengeSchema = z
  .object({
    title: text(200),
    summary: z.string().max(5000).default(''),
    supportLimit: z.number().int().min(1).max(20),
    winnersPerProblem: z.number().int().min(1).max(10),
    weights: ChallengeWeightsSchema,
    problems: z.array(ChallengeProblemInputSchema).min(1).max(50),
    phases: z.array(ChallengePhaseInputSchema).length(CHALLENGE_PHASES.length),
  })
  .strict();
export type CreateChallenge = z.input<typeof CreateChallengeSchema>;

export const AddChallengeMemberSchema = z.object({ personId: z.uuid(), role: ChallengeRoleSchema }).strict();
export type AddChallengeMember = z.infer<typeof AddChallengeMemberSchema>;

/** A manager moves a phase's dates (and may restate its rules); the whole calendar must still hold. */
export const ChallengePhaseScheduleSchema = z
  .object({
    phase: ChallengePhaseSchema,
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    rules: z.string().max(2000).optional(),
  })
  .strict();
export type ChallengePhaseSchedule = z.input<typeof ChallengePhaseScheduleSchema>;

/** A manager closes the open phase now; the next one opens at once if it was due later. */
export const CloseChallengePhaseSchema = z.object({ phase: ChallengePhaseSchema }).strict();
export type CloseChallengePhase = z.infer<typeof CloseChallengePhaseSchema>;

/** What the caller does in a challenge: their roles, and the ideas they declared a conflict on as a juror. */
export interface MyChallengeRoles {
  roles: ChallengeRole[];
  conflictIdeaIds: string[];
}

export interface ChallengeMember {
  personId: string;
  name: string;
  role: ChallengeRole;
}

/** What the challenge's log records: every act of running and moderating it. */
export const CHALLENGE_MODERATION_ACTIONS = [
  'member_added',
  'phase_closed',
  'phase_rescheduled',
  'idea_decided',
  'winners_decided',
  'milestone_done',
  'comment_hidden',
] as const;
export type ChallengeModerationAction = (typeof CHALLENGE_MODERATION_ACTIONS)[number];

export interface ChallengeModerationEntry {
  id: string;
  action: ChallengeModerationAction;
  actor: string;
  /** What changed, as short texts (a phase, its new dates, a person's name, an idea's title, an outcome). */
  detail: Record<string, string>;
  at: string;
}

export const IdeaInputSchema = z
  .object({
    title: text(200),
    description: text(10_000),
    beneficiaries: z.string().max(2000).default(''),
    team: z.string().max(2000).default(''),
  })
  .strict();
export type IdeaInput = z.input<typeof IdeaInputSchema>;

export const IdeaDecisionSchema = z
  .object({
    outcome: z.enum(['admitted', 'declined']),
    reason: DeclineReasonSchema.optional(),
    duplicateOfId: z.uuid().optional(),
    note: z.string().trim().max(2000).default(''),
  })
  .strict();
export type IdeaDecision = z.input<typeof IdeaDecisionSchema>;

export const IdeaScoreInputSchema = z
  .object({ score: z.number().int().min(0).max(CHALLENGE_SCORE_MAX), justification: text(5000) })
  .strict();
export type IdeaScoreInput = z.infer<typeof IdeaScoreInputSchema>;

export const ConflictInputSchema = z.object({ reason: text(1000) }).strict();

export const WinnersInputSchema = z
  .object({ problemId: z.uuid(), ideaIds: z.array(z.uuid()).min(1).max(10), reason: z.string().trim().max(2000).default('') })
  .strict();
export type WinnersInput = z.input<typeof WinnersInputSchema>;

export const PilotInputSchema = z
  .object({ status: PilotStatusSchema.default('planned'), summary: z.string().max(5000).default('') })
  .strict();
export const PilotUpdateSchema = z.object({ status: PilotStatusSchema }).strict();
export const MilestoneInputSchema = z
  .object({ title: text(200), dueOn: DateDay, doneOn: DateDay.nullable().default(null), evidence: z.string().max(2000).default('') })
  .strict();

/** A milestone reached: the day it was done and the evidence (a link or a description). */
export const MilestoneDoneSchema = z.object({ doneOn: DateDay, evidence: text(2000) }).strict();
export type MilestoneDone = z.infer<typeof MilestoneDoneSchema>;
/**
 * A self-hosted proof of work (ALTCHA's scheme) before a sign-up: the api signs a challenge (a SHA-256 of a salt and a
 * secret number below `maxnumber`, with an expiry in the salt) and the browser finds the number. Each solution is
 * accepted once.
 */
export interface ProofOfWorkChallenge {
  algorithm: 'SHA-256';
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

/** How long a proof-of-work challenge may be solved and used after the api issued it. */
export const PROOF_OF_WORK_TTL_MINUTES = 20;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** The browser's answer: the challenge as issued, with the number it found. */
export const ProofOfWorkSolutionSchema = z
  .object({
    algorithm: z.literal('SHA-256'),
    challenge: hex64,
    number: z.number().int().min(0).max(1e9),
    salt: z.string().min(1).max(500),
    signature: hex64,
  })
  .strict();
export type ProofOfWorkSolution = z.infer<typeof ProofOfWorkSolutionSchema>;

export const SignUpSchema = z
  .object({
    name: text(200),
    email: z
      .email()
      .max(254)
      .transform((email) => email.toLowerCase()),
    locale: z.enum(['es-MX', 'en']).default('es-MX'),
    proofOfWork: ProofOfWorkSolutionSchema,
  })
  .strict();
export type SignUp = z.input<typeof SignUpSchema>;

/** A comment on an idea, while the challenge is open. */
export const IdeaCommentInputSchema = z.object({ body: text(2000) }).strict();
export type IdeaCommentInput = z.infer<typeof IdeaCommentInputSchema>;

/** A manager hides a comment with the reason the portal shows in its place. */
export const HideCommentSchema = z.object({ reason: text(500) }).strict();
export type HideComment = z.infer<typeof HideCommentSchema>;

/** A comment as the portal shows it: a hidden one keeps its author and date, and shows moderation's reason, not its text. */
export interface PublicIdeaComment {
  id: string;
  author: string;
  createdAt: string;
  body: string | null;
  hidden: { reason: string; hiddenAt: string } | null;
}

/** At most this many files on one idea. */
export const IDEA_ATTACHMENT_LIMIT = 10;

/** Links a file the author (or a co-author) uploaded through `POST /api/attachments` to the idea. */
export const IdeaAttachmentInputSchema = z.object({ attachmentId: z.uuid() }).strict();
export type IdeaAttachmentInput = z.infer<typeof IdeaAttachmentInputSchema>;

/** At most this many co-authors on one idea. */
export const IDEA_COAUTHOR_LIMIT = 10;

/** The co-authors of an idea, named by the e-mail of their verified accounts; the whole list replaces the old one. */
export const IdeaCoauthorsInputSchema = z
  .object({
    emails: z
      .array(
        z
          .email()
          .max(254)
          .transform((email) => email.toLowerCase()),
      )
      .max(IDEA_COAUTHOR_LIMIT),
  })
  .strict();
export type IdeaCoauthorsInput = z.input<typeof IdeaCoauthorsInputSchema>;

/** What the author sees of their co-authors (the portal shows only the names). */
export interface IdeaCoauthor {
  personId: string;
  name: string;
  email: string;
}

export const CHALLENGE_DATASETS = ['ideas', 'supports', 'scores', 'ranking'] as const;
export const ChallengeDatasetSchema = z.enum(CHALLENGE_DATASETS);
export type ChallengeDataset = z.infer<typeof ChallengeDatasetSchema>;

/** How an idea's place in the ranking was computed, so anyone can check it. */
export interface RankingArithmetic {
  supports: number;
  maxSupports: number;
  supportNormalized: number;
  feasibilityAverage: number | null;
  feasibilityCount: number;
  juryAverage: number | null;
  juryCount: number;
  contributions: { support: number; feasibility: number; jury: number };
  total: number;
}

export interface RankedIdea {
  ideaId: string;
  title: string;
  position: number;
  tiedWith: string[];
  winner: boolean;
  arithmetic: RankingArithmetic;
}

export interface PublicChallengePhase {
  phase: ChallengePhase;
  opensAt: string;
  closesAt: string;
  rules: string;
}

export interface PublicChallengeSummary {
  id: string;
  title: string;
  summary: string;
  currentPhases: ChallengePhase[];
  institutions: string[];
  problemCount: number;
  ideaCount: number;
}

export interface PublicIdeaSummary {
  id: string;
  title: string;
  author: string;
  status: IdeaStatus;
  declineReason: DeclineReason | null;
  supports: number;
}

export interface PublicProblem {
  id: string;
  institution: string;
  title: string;
  context: string;
  ideas: PublicIdeaSummary[];
  ranking: RankedIdea[];
  winnersDecision: { reason: string; decidedAt: string } | null;
}

export interface PublicChallenge extends Omit<PublicChallengeSummary, 'problemCount' | 'ideaCount' | 'institutions'> {
  supportLimit: number;
  winnersPerProblem: number;
  weights: ChallengeWeights;
  phases: PublicChallengePhase[];
  problems: PublicProblem[];
  juryPublished: boolean;
}

export interface PublicScore {
  scorer: string;
  score: number;
  justification: string;
  createdAt: string;
}

export interface PublicPilot {
  id: string;
  status: PilotStatus;
  summary: string;
  milestones: Array<{ id: string; title: string; dueOn: string; doneOn: string | null; evidence: string }>;
}

export interface PublicIdea {
  id: string;
  challengeId: string;
  challengeTitle: string;
  currentPhases: ChallengePhase[];
  problem: { id: string; institution: string; title: string };
  title: string;
  description: string;
  beneficiaries: string;
  team: string;
  author: string;
  /** The co-authors' names (accounts the author named); they may edit the idea too. */
  coauthors: string[];
  /** Files the authors attached, downloadable by anyone. */
  attachments: PublicIdeaAttachment[];
  submittedAt: string;
  status: IdeaStatus;
  answer: {
    outcome: 'admitted' | 'declined';
    reason: DeclineReason | null;
    duplicateOfId: string | null;
    note: string;
    decidedAt: string;
  } | null;
  supports: number;
  feasibility: PublicScore[];
  /** Empty until the jury phase closes; then each juror's score with their name. */
  jury: PublicScore[];
  conflicts: Array<{ juror: string; reason: string }>;
  winner: boolean;
  pilot: PublicPilot | null;
}

export interface PublicIdeaAttachment {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
}

/** What the signed-in viewer may do on an idea's page, so it offers only the actions the api would accept. */
export interface IdeaViewerRights {
  /** The author or a co-author: edits the text and files while the ideas phase is open. */
  edit: boolean;
  /** The author alone names co-authors. */
  manageTeam: boolean;
  /** A manager of the challenge: hides comments. */
  moderate: boolean;
}

export interface ChallengeIdeaRef {
  id: string;
  status: IdeaStatus;
}

/** One open dataset of a challenge and its fields (the data dictionary); downloads are per challenge. */
export interface ChallengeDatasetInfo {
  name: ChallengeDataset;
  title: { es: string; en: string };
  description: { es: string; en: string };
  fields: Array<{
    name: string;
    type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'uuid';
    description: { es: string; en: string };
  }>;
}

export const ChallengeDatasetQuerySchema = z.object({ format: z.enum(['csv', 'json']).default('csv') }).strict();

/** The REST paths of open challenges, shared by the web and the api's specs. */
export const ChallengeRoutes = {
  publicList: '/api/public/challenges',
  publicDictionary: '/api/public/challenges/datasets',
  publicChallenge: (id: string) => `/api/public/challenges/${encodeURIComponent(id)}`,
  publicDataset: (id: string, name: ChallengeDataset, format: 'csv' | 'json') =>
    `/api/public/challenges/${encodeURIComponent(id)}/datasets/${name}?format=${format}`,
  publicIdea: (id: string) => `/api/public/challenge-ideas/${encodeURIComponent(id)}`,
  signUp: '/api/accounts/sign-up',
  submitIdea: (problemId: string) => `/api/challenge-problems/${encodeURIComponent(problemId)}/ideas`,
  support: (ideaId: string) => `/api/challenge-ideas/${encodeURIComponent(ideaId)}/support`,
  decision: (ideaId: string) => `/api/challenge-ideas/${encodeURIComponent(ideaId)}/decision`,
  feasibility: (ideaId: string) => `/api/challenge-ideas/${encodeURIComponent(ideaId)}/feasibility`,
  juryScore: (ideaId: string) => `/api/challenge-ideas/${encodeURIComponent(ideaId)}/jury-score`,
  conflict: (ideaId: string) => `/api/challenge-ideas/${encodeURIComponent(ideaId)}/conflict`,
  winners: (challengeId: string) => `/api/challenges/${encodeURIComponent(challengeId)}/winners`,
  pilot: (ideaId: string) => `/api/challenge-ideas/${encodeURIComponent(ideaId)}/pilot`,
} as const;
