import * as z from 'zod';
import { AGREEMENT_STATUSES, AgreementAdoption, AgreementRevision, AgreementStatus } from './agreements';
import { CommissionRole, MexicanStateSchema } from './enums';
import { DeliverableKind, DeliverableStatus, GroupStatus } from './groups';
import { AgendaItemKind, AttendanceStatus, DecisionKind, DecisionOutcome, MeetingKind, MeetingStatus, OutcomeMethod } from './meetings';
import { CommissionFilterSchema, ExportQuerySchema, PageQuerySchema } from './pagination';
import { MajorityBase, MajorityRule, PollMethod } from './voting';

/**
 * The public portal and open data (`/api/public`, no login). Every shape here is published as is:
 * it never carries an email, an account, a draft, or who chose what in a secret poll.
 */
export const PUBLIC_API_PREFIX = '/api/public';

/** Every public REST path (GET, no login). Lists take `?page=&pageSize=&q=` plus their filters. */
export const PublicApiRoutes = {
  commission: '/api/public/commission',
  commissions: '/api/public/commissions',
  commissionById: (id: string) => `/api/public/commissions/${id}`,
  members: '/api/public/members',
  sessions: '/api/public/sessions',
  session: (id: string) => `/api/public/sessions/${id}`,
  agreements: '/api/public/agreements',
  /** By id or by its number (URL-encoded, e.g. `CGATP%2F01%2F15-02-2021`). */
  agreement: (idOrNumber: string) => `/api/public/agreements/${encodeURIComponent(idOrNumber)}`,
  groups: '/api/public/groups',
  group: (id: string) => `/api/public/groups/${id}`,
  documents: '/api/public/documents',
  document: (versionId: string) => `/api/public/documents/${versionId}`,
  votingRecords: '/api/public/voting-records',
  votingRecord: (personId: string) => `/api/public/voting-records/${personId}`,
  search: '/api/public/search',
  datasets: '/api/public/datasets',
  /** A dataset's download; with a commission, only that commission's rows. */
  dataset: (name: PublicDatasetName, format: 'csv' | 'json', commissionId?: string | null) =>
    `/api/public/datasets/${name}?format=${format}${commissionId ? `&commissionId=${encodeURIComponent(commissionId)}` : ''}`,
  file: (id: string) => `/api/public/files/${id}`,
} as const;

/** Sessions the public sees: a draft call is not public until it is issued. */
export const PUBLIC_MEETING_STATUSES = ['convened', 'open', 'closed'] as const;
export const PublicMeetingStatusSchema = z.enum(PUBLIC_MEETING_STATUSES);

const year = z.coerce.number().int().min(1990).max(2100);

/** Narrows a public list to one commission; without it the list covers every commission of the installation. */
const commissionFilter = CommissionFilterSchema.shape;

export const PublicSessionQuerySchema = PageQuerySchema.extend({
  ...commissionFilter,
  year: year.optional(),
  status: PublicMeetingStatusSchema.optional(),
}).strict();
export type PublicSessionQuery = z.infer<typeof PublicSessionQuerySchema>;

export const PublicAgreementQuerySchema = PageQuerySchema.extend({
  ...commissionFilter,
  year: year.optional(),
  meetingId: z.uuid().optional(),
  status: z.enum(AGREEMENT_STATUSES).optional(),
}).strict();
export type PublicAgreementQuery = z.infer<typeof PublicAgreementQuerySchema>;

export const PublicMemberQuerySchema = PageQuerySchema.extend({
  ...commissionFilter,
  state: MexicanStateSchema.optional(),
}).strict();
export type PublicMemberQuery = z.infer<typeof PublicMemberQuerySchema>;

export const PublicGroupQuerySchema = PageQuerySchema.extend(commissionFilter).strict();
export type PublicGroupQuery = z.infer<typeof PublicGroupQuerySchema>;

export const PublicDocumentQuerySchema = PageQuerySchema.extend({
  ...commissionFilter,
  year: year.optional(),
  groupId: z.uuid().optional(),
  meetingId: z.uuid().optional(),
}).strict();
export type PublicDocumentQuery = z.infer<typeof PublicDocumentQuerySchema>;

export const PublicVotingRecordQuerySchema = PageQuerySchema.extend({
  ...commissionFilter,
  year: year.optional(),
  state: MexicanStateSchema.optional(),
}).strict();
export type PublicVotingRecordQuery = z.infer<typeof PublicVotingRecordQuerySchema>;

export const PUBLIC_SEARCH_KINDS = ['session', 'agreement', 'group', 'deliverable', 'document'] as const;
export type PublicSearchKind = (typeof PUBLIC_SEARCH_KINDS)[number];
export const PublicSearchQuerySchema = z
  .object({
    q: z.string().trim().min(2).max(200),
    kind: z.enum(PUBLIC_SEARCH_KINDS).optional(),
    ...commissionFilter,
    page: PageQuerySchema.shape.page,
    pageSize: PageQuerySchema.shape.pageSize,
  })
  .strict();
export type PublicSearchQuery = z.infer<typeof PublicSearchQuerySchema>;

/** Open-data datasets: `GET /api/public/datasets/:name?format=csv|json`, described by `GET /api/public/datasets`. */
export const PUBLIC_DATASETS = ['members', 'sessions', 'attendance', 'agreements', 'votes', 'deliverables', 'documents'] as const;
export type PublicDatasetName = (typeof PUBLIC_DATASETS)[number];
export const PublicDatasetNameSchema = z.enum(PUBLIC_DATASETS);
/** A dataset's download: CSV or JSON, of one commission or (without `commissionId`) of every one. */
export const PublicDatasetQuerySchema = ExportQuerySchema.extend(commissionFilter).strict();
export type PublicDatasetQuery = z.infer<typeof PublicDatasetQuerySchema>;

// ---- Responses ----

export interface PublicMember {
  personId: string;
  name: string;
  /** Honorific or office, e.g. "Comisionada Presidenta". */
  title: string | null;
  role: CommissionRole;
  votes: boolean;
  organization: string | null;
  state: string | null;
  since: string | null;
  until: string | null;
}

export interface PublicCommission {
  id: string;
  name: string;
  acronym: string;
  system: string;
  chairTitle: string;
  secretaryTitle: string;
  members: PublicMember[];
}

/** One commission of the installation as the portal lists it, with what it has published. */
export interface PublicCommissionSummary {
  id: string;
  name: string;
  acronym: string;
  /** Members seated today. */
  memberCount: number;
  /** Issued, open and held sessions. */
  sessionCount: number;
  /** Agreements of held sessions. */
  agreementCount: number;
}

export interface PublicSessionSummary {
  id: string;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  scheduledAt: string;
  place: string | null;
  convenedAt: string | null;
  openedAt: string | null;
  closedAt: string | null;
  agreementCount: number;
  minutesApproved: boolean;
}

export interface PublicAgendaItem {
  id: string;
  position: number;
  title: string;
  kind: AgendaItemKind;
  presenter: string | null;
}

export interface PublicAttendance {
  personId: string;
  name: string;
  organization: string | null;
  state: string | null;
  status: AttendanceStatus;
  /** The representative's name only: never their account. */
  representedBy: string | null;
}

/**
 * The quorum line: while the session is open, the room's quorum at this moment (the same computation the room
 * shows, recusals on the item under way included); otherwise the quorum declared when the session was opened.
 */
export interface PublicQuorum {
  moment: 'now' | 'opening';
  votingMembers: number;
  present: number;
  /** Of `present`, the members represented by a proxy. */
  represented: number;
  required: number;
  reached: boolean;
}

/** The outcome of an agenda item, whatever the method (a closed poll's too): the one record of what was decided. */
export interface PublicDecision {
  id: string;
  agendaItemId: string;
  kind: DecisionKind;
  subject: string;
  outcome: DecisionOutcome;
  method: OutcomeMethod;
  pollId: string | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  legalBasis: string | null;
  agreementNumber: string | null;
  /** A minutes-approval outcome: whose minutes it approved. */
  approvedMinutesOf: { meetingId: string; title: string } | null;
  recordedAt: string;
}

export interface PublicPollOption {
  label: string;
  meaning: string;
  count: number;
}

/** One named vote: who, what; `castBy` names the representative who cast it, if any. */
export interface PublicNamedVote {
  personId: string;
  name: string;
  choice: string;
  meaning: string;
  castBy: string | null;
}

/** A closed poll. `votes` is null for secret polls: only the totals are public. */
export interface PublicPoll {
  id: string;
  meetingId: string;
  agendaItemId: string;
  subject: string;
  method: PollMethod;
  rule: MajorityRule;
  base: MajorityBase;
  passed: boolean;
  unanimous: boolean;
  reason: string;
  yes: number;
  no: number;
  abstain: number;
  /** The voting rights in the room at the close: the "de 28 derechos" of the result's wording. */
  rights: number;
  options: PublicPollOption[];
  votes: PublicNamedVote[] | null;
  agreementNumber: string | null;
  closedAt: string | null;
}

export interface PublicSessionDetail extends PublicSessionSummary {
  /** The call's documents (only once the call is issued). */
  documents: PublicFile[];
  agenda: PublicAgendaItem[];
  currentItemId: string | null;
  quorum: PublicQuorum | null;
  /** Every member on the session's roll, absent ones too, with the status the room has. */
  attendance: PublicAttendance[];
  /** Guests who took part (not members), with their organization. */
  invitedParticipants: Array<{ name: string; organization: string; role: string | null }>;
  decisions: PublicDecision[];
  polls: PublicPoll[];
  agreements: PublicAgreement[];
  /** Only once approved in a later session; null before. The text as frozen at approval, with its SHA-256. */
  minutes: { markdown: string; approvedInId: string; approvedInTitle: string | null; sha256: string | null } | null;
  /** Bumped on every change of the session. */
  version: number;
}

export interface PublicFile {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  /** Download URL under /api/public (serves the versión pública when there is one). */
  url: string;
}

export interface PublicAgreement {
  id: string;
  /** Stable identifier, e.g. "CGATP/15-02-2021/01". */
  number: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  text: string;
  adoption: AgreementAdoption | null;
  adoptedBy: string;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  responsible: string | null;
  dueOn: string | null;
  status: AgreementStatus;
  overdue: boolean;
  updatedAt: string;
}

/**
 * A follow-up step as the public sees it: the status change and its evidence. The note's text and author were
 * written as internal follow-up in the members' app, so they stay private.
 */
export interface PublicFollowUp {
  id: string;
  statusFrom: AgreementStatus;
  statusTo: AgreementStatus | null;
  evidence: PublicFile[];
  createdAt: string;
}

export interface PublicAgreementDetail extends PublicAgreement {
  followUp: PublicFollowUp[];
  /** The text as adopted, shown next to the current one when it was corrected, with each correction's reason and date. */
  adoptedText: string;
  revisions: AgreementRevision[];
}

export interface PublicDeliverable {
  id: string;
  title: string;
  kind: DeliverableKind;
  description: string | null;
  dueOn: string | null;
  status: DeliverableStatus;
  /** How far the work has gone and what that rests on (`deliverableProgress` in libs/domain). */
  progress: number;
  progressBasis: 'status' | 'set';
}

export interface PublicMilestone {
  id: string;
  title: string;
  commitment: string | null;
  dueOn: string;
  completedOn: string | null;
}

export interface PublicGroup {
  id: string;
  name: string;
  purpose: string;
  status: GroupStatus;
  /** The mean progress of its non-cancelled deliverables (`groupProgress` in libs/domain; 0 when there are none). */
  progress: number;
  deliverableCount: number;
}

export interface PublicGroupDetail extends PublicGroup {
  deliverables: PublicDeliverable[];
  milestones: PublicMilestone[];
  documents: PublicDocumentVersion[];
}

/** A published document version; `redacted` when what is shown is its versión pública. */
export interface PublicDocumentVersion {
  id: string;
  documentId: string;
  documentTitle: string;
  number: number;
  name: string | null;
  groupId: string | null;
  groupName: string | null;
  meetingId: string | null;
  publishedAt: string | null;
  redacted: boolean;
}

export interface PublicDocumentVersionDetail extends PublicDocumentVersion {
  text: string;
}

export interface PublicVotingRecordSummary {
  personId: string;
  name: string;
  organization: string | null;
  state: string | null;
  sessions: number;
  present: number;
  represented: number;
  late: number;
  absent: number;
  namedVotes: number;
}

export interface PublicAttendanceRecord {
  meetingId: string;
  meetingTitle: string;
  date: string;
  status: AttendanceStatus;
  representedBy: string | null;
}

export interface PublicVoteRecord {
  pollId: string;
  meetingId: string;
  meetingTitle: string;
  date: string;
  subject: string;
  agreementNumber: string | null;
  choice: string;
  meaning: string;
  castBy: string | null;
}

export interface PublicVotingRecord extends PublicVotingRecordSummary {
  attendance: PublicAttendanceRecord[];
  votes: PublicVoteRecord[];
}

export interface PublicSearchHit {
  kind: PublicSearchKind;
  id: string;
  title: string;
  /** The start of the matched text (up to 240 characters). */
  snippet: string;
  /** The day it belongs to (YYYY-MM-DD, Mexico City): a session's day, a deliverable's due date, a publication's day. */
  date: string | null;
  /** The page to open: the hit's own id, except a deliverable, which opens its group's. */
  targetId: string;
}

export type PublicFieldType = 'string' | 'integer' | 'boolean' | 'date' | 'datetime' | 'uuid';

export interface PublicDatasetField {
  name: string;
  type: PublicFieldType;
  description: { es: string; en: string };
}

export interface PublicDataset {
  name: PublicDatasetName;
  title: { es: string; en: string };
  description: { es: string; en: string };
  csvUrl: string;
  jsonUrl: string;
  fields: PublicDatasetField[];
}

// ---- Live (no login) ----

/** Socket.IO namespace of the public live view of open sessions. */
export const PUBLIC_LIVE_NAMESPACE = '/public';

export const PublicLiveEvents = {
  /** client → server `{ meetingId }`; the ack answers `PublicJoinAck`, then `item` follows. */
  join: 'public:join',
  leave: 'public:leave',
  /** server → client: the session's status and current agenda item, on join and on every change. */
  item: 'public:item',
  /** server → client: a poll's result once it is closed (totals only for secret polls). */
  result: 'public:result',
} as const;

export type PublicJoinAck = { ok: true } | { ok: false; code: 'not_found' | 'validation_failed' | 'rate_limited' };

export interface PublicLiveItem {
  meetingId: string;
  status: MeetingStatus;
  currentItem: PublicAgendaItem | null;
  version: number;
}

export type PublicLiveResult = PublicPoll;

// ---- Versión pública (authorized routes) ----

/** `POST /api/documents/versions/:versionId/public-version`: ranges of the version's text to redact. */
export const CreatePublicVersionSchema = z
  .object({
    redactions: z
      .array(z.object({ from: z.number().int().min(0), to: z.number().int().min(1) }).refine((r) => r.to > r.from, 'to > from'))
      .min(1)
      .max(500),
  })
  .strict();
export type CreatePublicVersion = z.infer<typeof CreatePublicVersionSchema>;

/** What replaces each redacted range in the versión pública. */
export const REDACTION_MARKER = '[testado]';

/** `POST /api/attachments/:attachmentId/public-version`: a redacted file, uploaded first, stands in for it publicly. */
export const SetPublicFileSchema = z.object({ publicVersionId: z.uuid() }).strict();
export type SetPublicFile = z.infer<typeof SetPublicFileSchema>;

export interface PublicFileVersionView {
  attachmentId: string;
  publicVersionId: string;
}

export interface PublicVersionView {
  versionId: string;
  text: string;
  redactions: number;
  createdAt: string;
}
