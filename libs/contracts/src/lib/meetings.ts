import * as z from 'zod';
import { instant } from './dates';
import type { AttachmentSummary } from './attachments';
import { PageQuerySchema } from './pagination';

export const MEETING_KINDS = ['ordinary', 'extraordinary', 'working'] as const;
export const MeetingKindSchema = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

/** `cancelled`: an issued call withdrawn with notice to the members (a draft is simply deleted). */
export const MEETING_STATUSES = ['draft', 'convened', 'open', 'closed', 'cancelled'] as const;
export const MeetingStatusSchema = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

export const MEETING_ACTIONS = ['convene', 'open', 'close'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

/** `open` is "Asuntos Generales" (any other business). */
export const AGENDA_ITEM_KINDS = ['procedural', 'vote', 'report', 'presentation', 'open'] as const;
export const AgendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS);
export type AgendaItemKind = z.infer<typeof AgendaItemKindSchema>;

export const ATTENDANCE_STATUSES = ['present', 'represented', 'late', 'absent'] as const;
export const AttendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

export const DECISION_KINDS = ['agenda_approval', 'waive_reading', 'minutes_approval', 'other'] as const;
export const DecisionKindSchema = z.enum(DECISION_KINDS);
export type DecisionKind = z.infer<typeof DecisionKindSchema>;

export const DECISION_OUTCOMES = ['unanimous', 'majority', 'rejected'] as const;

/**
 * How the room decided an item: a poll's method, a show of hands the secretary counted, or a decision recorded
 * without a count ("se da por enterada", approval by acclamation). One outcome per item, whatever the method.
 */
export const OUTCOME_METHODS = ['named', 'secret', 'show_of_hands', 'without_count'] as const;
export type OutcomeMethod = (typeof OUTCOME_METHODS)[number];
export const DecisionOutcomeSchema = z.enum(DECISION_OUTCOMES);
export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

export const SPEAKER_STATUSES = ['waiting', 'speaking', 'done', 'withdrawn'] as const;
export type SpeakerEntryStatus = (typeof SPEAKER_STATUSES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const count = z.number().int().min(0).max(10_000);

export const AgendaItemInputSchema = z
  .object({
    title: text(500),
    kind: AgendaItemKindSchema,
    presenter: text(200).nullable().optional(),
    minutesAllotted: z.number().int().min(1).max(600).nullable().optional(),
    /** "Lectura y aprobación del acta": the earlier closed session whose minutes this item puts to approval. */
    approvesMinutesOf: z.uuid().nullable().optional(),
  })
  .strict();
export type AgendaItemInput = z.infer<typeof AgendaItemInputSchema>;

export const CreateMeetingSchema = z
  .object({
    title: text(300),
    kind: MeetingKindSchema,
    scheduledAt: instant(),
    place: text(300).nullable().optional(),
    videoUrl: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .optional(),
    agenda: z.array(AgendaItemInputSchema).min(1).max(60),
    /** Attachment ids of the documents circulated with the call. */
    documentIds: z.array(z.uuid()).max(30).optional(),
    /** True when the secretary transcribes a session that already took place: only then may its date be in the past. */
    pastRecord: z.boolean().optional(),
  })
  .strict();
export type CreateMeeting = z.infer<typeof CreateMeetingSchema>;

/** Correcting a call: a draft freely; an issued call too, and the members are told what changed. */
export const UpdateMeetingSchema = z
  .object({
    title: text(300).optional(),
    scheduledAt: instant().optional(),
    place: text(300).nullable().optional(),
    videoUrl: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable()
      .optional(),
    /** The whole agenda, in order: items keep their identity by position. */
    agenda: z.array(AgendaItemInputSchema).min(1).max(60).optional(),
    documentIds: z.array(z.uuid()).max(30).optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' });
export type UpdateMeeting = z.infer<typeof UpdateMeetingSchema>;

/** Cancelling an issued call: the reason goes to every member with the notice. */
export const CancelMeetingSchema = z.object({ reason: text(500) }).strict();
export type CancelMeeting = z.infer<typeof CancelMeetingSchema>;

export const MeetingQuerySchema = PageQuerySchema.extend({ status: MeetingStatusSchema.optional() }).strict();
export type MeetingQuery = z.infer<typeof MeetingQuerySchema>;

export const RecordAttendanceSchema = z
  .object({
    status: AttendanceStatusSchema,
    representativePersonId: z.uuid().nullable().optional(),
    representativeName: text(200).nullable().optional(),
    /** When a late member arrived; defaults to now; null when the record does not say. */
    arrivedAt: instant().nullable().optional(),
  })
  .strict();
export type RecordAttendance = z.infer<typeof RecordAttendanceSchema>;

/** Several roll-call exceptions at once (e.g. the absent members after "todos presentes"); a representation is entered apart. */
export const RecordAttendanceBatchSchema = z
  .object({
    entries: z
      .array(z.object({ personId: z.uuid(), status: z.enum(['present', 'late', 'absent']) }).strict())
      .min(1)
      .max(500)
      .refine((entries) => new Set(entries.map((e) => e.personId)).size === entries.length, {
        message: 'Each member appears once.',
      }),
  })
  .strict();
export type RecordAttendanceBatch = z.infer<typeof RecordAttendanceBatchSchema>;

/** Opening or closing; `at` is the time the chair declared it when the secretary records it afterwards (defaults to now). */
// A bare POST (no body) means "now".
export const MeetingTransitionSchema = z.preprocess((body) => body ?? {}, z.object({ at: instant().optional() }).strict());
export type MeetingTransition = z.infer<typeof MeetingTransitionSchema>;

export const CreateRepresentationSchema = z
  .object({
    memberPersonId: z.uuid(),
    representativePersonId: z.uuid().nullable().optional(),
    representativeName: text(200),
    letterAttachmentId: z.uuid().nullable().optional(),
    validFrom: instant().nullable().optional(),
    validUntil: instant().nullable().optional(),
    /** Null or absent: the whole session. */
    agendaItemIds: z.array(z.uuid()).min(1).max(60).nullable().optional(),
  })
  .strict();
export type CreateRepresentation = z.infer<typeof CreateRepresentationSchema>;

/** The chair opens or closes the members' own check-in. */
export const SelfCheckInSchema = z.object({ open: z.boolean() }).strict();
export type SelfCheckIn = z.infer<typeof SelfCheckInSchema>;

/** Correcting a letter; once it has been used (a ballot or the roll call relied on it) only with a reason. */
export const UpdateRepresentationSchema = z
  .object({
    representativePersonId: z.uuid().nullable().optional(),
    representativeName: text(200).optional(),
    letterAttachmentId: z.uuid().nullable().optional(),
    validFrom: instant().nullable().optional(),
    validUntil: instant().nullable().optional(),
    agendaItemIds: z.array(z.uuid()).min(1).max(60).nullable().optional(),
    reason: text(500).optional(),
  })
  .strict();
export type UpdateRepresentation = z.infer<typeof UpdateRepresentationSchema>;

/** Withdrawing a letter; the reason is required once it has been used, and the withdrawal stays on the record. */
export const WithdrawRepresentationSchema = z.preprocess((body) => body ?? {}, z.object({ reason: text(500).optional() }).strict());
export type WithdrawRepresentation = z.infer<typeof WithdrawRepresentationSchema>;

/**
 * Who asks for the floor. No body: the caller. The chair or secretary may name a member or representative
 * (`personId`) or a guest by name and organization (a guest presenter).
 */
export const AddSpeakerSchema = z.preprocess(
  (body) => body ?? {},
  z
    .object({ personId: z.uuid().optional(), guestName: text(200).optional(), guestOrganization: text(200).nullable().optional() })
    .strict()
    .refine((v) => !(v.personId && v.guestName), { message: 'Name a person or a guest, not both', path: ['guestName'] })
    .refine((v) => !v.guestOrganization || v.guestName, { message: 'A guest’s organization needs their name', path: ['guestName'] }),
);
export type AddSpeaker = z.infer<typeof AddSpeakerSchema>;

export const RecordDecisionSchema = z
  .object({
    agendaItemId: z.uuid(),
    kind: DecisionKindSchema.default('other'),
    subject: text(500),
    outcome: DecisionOutcomeSchema,
    yes: count.nullable().optional(),
    no: count.nullable().optional(),
    abstain: count.nullable().optional(),
    /** When it was taken, when the secretary records it afterwards (defaults to now; not before the opening). */
    at: instant().optional(),
  })
  .strict();
export type RecordDecision = z.input<typeof RecordDecisionSchema>;

export const SetCurrentItemSchema = z.object({ agendaItemId: z.uuid() }).strict();
export type SetCurrentItem = z.infer<typeof SetCurrentItemSchema>;

export const AddOtherBusinessSchema = z.object({ title: text(500) }).strict();
export type AddOtherBusiness = z.infer<typeof AddOtherBusinessSchema>;

export const DeclareRecusalSchema = z.object({ agendaItemId: z.uuid(), reason: text(500).nullable().optional() }).strict();
export type DeclareRecusal = z.infer<typeof DeclareRecusalSchema>;

export const OrderSpeakersSchema = z.object({ entryIds: z.array(z.uuid()).max(500) }).strict();
export type OrderSpeakers = z.infer<typeof OrderSpeakersSchema>;

/** `version` is the one the editor loaded: a save over someone else's newer save is refused (409). */
export const UpdateMinutesSchema = z.object({ markdown: z.string().min(1).max(200_000), version: z.number().int().min(0) }).strict();
export type UpdateMinutes = z.infer<typeof UpdateMinutesSchema>;

export interface MeetingSummary {
  id: string;
  commissionId: string;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  scheduledAt: string;
  place: string | null;
  videoUrl: string | null;
  convenedAt: string | null;
  openedAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
  cancellationReason: string | null;
  /** Members may mark themselves present while the chair keeps this open. */
  selfCheckInOpen: boolean;
}

export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  kind: AgendaItemKind;
  presenter: string | null;
  minutesAllotted: number | null;
  /** Added by a member under "Asuntos Generales". */
  addedBy: string | null;
  /** The earlier session whose minutes this item puts to approval. */
  approvesMinutesOf: string | null;
}

export interface AttendanceRow {
  personId: string;
  name: string;
  role: string;
  votes: boolean;
  status: AttendanceStatus;
  /** False until the roll call records this member (until then the status reads absent). */
  marked: boolean;
  representativePersonId: string | null;
  representativeName: string | null;
  arrivedAt: string | null;
  /** Represented without a representation whose letter is on file and in force: the roll call warns. */
  proxyWarning: boolean;
}

export interface Representation {
  id: string;
  memberPersonId: string;
  memberName: string;
  representativePersonId: string | null;
  representativeName: string;
  /** The representation letter (oficio) on file. */
  letter: AttachmentSummary | null;
  validFrom: string | null;
  validUntil: string | null;
  agendaItemIds: string[] | null;
  /** Set once withdrawn: the letter stays on the record with why. */
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  /** Corrections after it was recorded, oldest first. */
  corrections: RepresentationCorrection[];
}

export interface RepresentationCorrection {
  at: string;
  byName: string;
  reason: string | null;
  /** The fields as they were before this correction. */
  before: { representativeName: string; validFrom: string | null; validUntil: string | null; agendaItemIds: string[] | null };
}

export interface QuorumState {
  votingMembers: number;
  present: number;
  represented: number;
  required: number;
  reached: boolean;
  fraction: number;
}

/** The outcome of an agenda item: the one record of what the room decided on it (a closed poll writes it too). */
export interface Decision {
  id: string;
  agendaItemId: string;
  kind: DecisionKind;
  subject: string;
  outcome: DecisionOutcome;
  method: OutcomeMethod;
  /** The poll whose close is this outcome; null for a decision the secretary recorded. */
  pollId: string | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  legalBasis: string | null;
  /** For a minutes-approval item: whose minutes this outcome approved. */
  approvedMinutesOf: { meetingId: string; title: string } | null;
  recordedAt: string;
}

/** A guest in the attendance (not a member): name, organization and, optionally, the role they came in. */
export interface InvitedParticipant {
  id: string;
  name: string;
  organization: string;
  role: string | null;
}

export const AddInvitedParticipantSchema = z
  .object({ name: text(200), organization: text(300), role: text(200).nullable().optional() })
  .strict();
export type AddInvitedParticipant = z.infer<typeof AddInvitedParticipantSchema>;

export interface SpeakerEntry {
  id: string;
  agendaItemId: string;
  /** Null for a guest put on the list by the chair or secretary. */
  personId: string | null;
  name: string;
  /** A guest's organization. */
  organization: string | null;
  status: SpeakerEntryStatus;
  position: number;
  requestedAt: string;
  startedAt: string | null;
  endedAt: string | null;
  limitSeconds: number;
}

export interface Recusal {
  agendaItemId: string;
  personId: string;
  name: string;
  reason: string | null;
}

/** Everything a screen in the room shows; sent whole on every change and on (re)join, so nothing is lost. */
export interface MeetingState {
  meeting: MeetingSummary;
  agenda: AgendaItem[];
  currentItemId: string | null;
  attendance: AttendanceRow[];
  /** Letters in force or corrected; withdrawn ones are listed apart in `withdrawnRepresentations`. */
  representations: Representation[];
  withdrawnRepresentations: Representation[];
  quorum: QuorumState;
  decisions: Decision[];
  invitedParticipants: InvitedParticipant[];
  speakers: SpeakerEntry[];
  recusals: Recusal[];
  /** Documents circulated with the call. */
  documents: AttachmentSummary[];
  speakingTotals: { byPerson: Record<string, number>; byItem: Record<string, number> };
  /** Whether members may still add items to "Asuntos Generales" (until the agenda is approved). */
  otherBusinessOpen: boolean;
  /** Server clock when the state was built, so timers agree across screens. */
  serverTime: string;
  /** Bumps on every change; a client ignores a state older than the one it shows. */
  version: number;
}

export interface MeetingMinutes {
  meetingId: string;
  markdown: string;
  /** True once the secretary saved an edited text; false while it is the generated draft. */
  edited: boolean;
  updatedAt: string | null;
  /** The later session that approved these minutes, once it has; approved minutes are no longer edited. */
  approvedIn: { meetingId: string; title: string } | null;
  /** Send it back when saving: a save based on an older version is refused. */
  version: number;
}

/** What a new call proposes from the commission's record: the minutes still awaiting approval. */
export interface MeetingCallSuggestion {
  /** The latest closed session whose minutes no later session has approved. */
  pendingMinutes: { meetingId: string; title: string; scheduledAt: string } | null;
}
