import type {
  AgendaItem,
  AgreementStatus,
  AttendanceStatus,
  DecisionKind,
  DecisionOutcome,
  MeetingKind,
  MeetingStatus,
  Page,
  PollMethod,
} from '@cocrea/contracts';

export type { Page };

const BASE = '/api/public';

export const PublicRoutes = {
  commission: `${BASE}/commission`,
  sessions: `${BASE}/sessions`,
  session: (id: string) => `${BASE}/sessions/${encodeURIComponent(id)}`,
  agreements: `${BASE}/agreements`,
  agreement: (id: string) => `${BASE}/agreements/${encodeURIComponent(id)}`,
  groups: `${BASE}/groups`,
  group: (id: string) => `${BASE}/groups/${encodeURIComponent(id)}`,
  commissioners: `${BASE}/commissioners`,
  commissioner: (id: string) => `${BASE}/commissioners/${encodeURIComponent(id)}`,
  documentVersion: (id: string) => `${BASE}/document-versions/${encodeURIComponent(id)}`,
  search: `${BASE}/search`,
  datasets: `${BASE}/datasets`,
} as const;

export interface PublicMember {
  personId: string;
  name: string;
  role: string;
  organization: string | null;
  state: string | null;
}

export interface PublicCommission {
  id: string;
  name: string;
  system: string;
  chairTitle: string;
  secretaryTitle: string;
  members: PublicMember[];
}

export interface PublicSessionSummary {
  id: string;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  scheduledAt: string;
  place: string | null;
  openedAt: string | null;
  closedAt: string | null;
}

export interface PublicAttendance {
  personId: string;
  name: string;
  role: string;
  status: AttendanceStatus;
  representativeName: string | null;
  arrivedAt: string | null;
}

export interface PublicDecision {
  id: string;
  agendaItemId: string;
  kind: DecisionKind;
  subject: string;
  outcome: DecisionOutcome;
  yes: number | null;
  no: number | null;
  abstain: number | null;
}

export interface PublicBallot {
  personId: string;
  name: string;
  /** The option's label ("A favor", "En contra", …). */
  choice: string;
  /** Cast by a representative on the member's behalf. */
  castBy: string | null;
}

export interface PublicPoll {
  id: string;
  agendaItemId: string;
  subject: string;
  method: PollMethod;
  status: 'open' | 'closed';
  passed: boolean | null;
  totals: { label: string; count: number }[];
  /** Named polls only; secret polls publish totals. */
  ballots: PublicBallot[] | null;
  agreementNumber: string | null;
}

export interface PublicSession {
  meeting: PublicSessionSummary;
  agenda: AgendaItem[];
  currentItemId: string | null;
  attendance: PublicAttendance[];
  decisions: PublicDecision[];
  polls: PublicPoll[];
  agreements: PublicAgreement[];
  documents: { id: string; name: string; url: string }[];
  /** Once approved. */
  minutes: { markdown: string; approvedAt: string | null } | null;
  version: number;
}

export interface PublicAgreement {
  id: string;
  number: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  text: string;
  adoptedBy: string;
  responsible: string | null;
  dueOn: string | null;
  status: AgreementStatus;
}

export interface PublicAgreementDetail extends PublicAgreement {
  notes: { id: string; body: string; statusTo: AgreementStatus | null; createdAt: string; evidence: { name: string; url: string }[] }[];
}

export interface PublicGroup {
  id: string;
  name: string;
  description: string | null;
  memberCount: number;
  progress: number;
}

export interface PublicGroupDetail extends PublicGroup {
  members: { name: string; role: string; organization: string | null }[];
  deliverables: { id: string; title: string; kind: string; status: string; progress: number; dueOn: string | null }[];
  milestones: { id: string; title: string; dueOn: string; done: boolean }[];
}

export interface PublicCommissioner {
  personId: string;
  name: string;
  role: string;
  organization: string | null;
  state: string | null;
}

export interface PublicCommissionerRecord extends PublicCommissioner {
  attendance: { meetingId: string; meetingTitle: string; meetingDate: string; status: AttendanceStatus; representativeName: string | null }[];
  votes: { pollId: string; meetingId: string; meetingTitle: string; meetingDate: string; subject: string; choice: string; agreementNumber: string | null }[];
}

export interface PublicDocumentVersion {
  id: string;
  documentTitle: string;
  label: string;
  publishedAt: string;
  html: string;
}

export type PublicSearchKind = 'session' | 'agreement' | 'group' | 'commissioner' | 'document';

export interface PublicSearchHit {
  kind: PublicSearchKind;
  id: string;
  title: string;
  snippet: string | null;
  date: string | null;
}

export interface PublicDataset {
  name: string;
  title: string;
  description: string;
  csv: string;
  json: string;
  fields: { name: string; type: string; description: string }[];
}
