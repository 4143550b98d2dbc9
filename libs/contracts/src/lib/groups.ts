import * as z from 'zod';
import { calendarDate } from './dates';
import { AttachmentSummary } from './attachments';
import { Organization } from './organizations';
import { CommissionFilterSchema, PageQuerySchema } from './pagination';
import { Person } from './people';

export const GROUP_STATUSES = ['active', 'archived'] as const;
export const GroupStatusSchema = z.enum(GROUP_STATUSES);
export type GroupStatus = z.infer<typeof GroupStatusSchema>;

/** Coordinators and members are commissioners; partners are external people who never vote. */
export const GROUP_ROLES = ['coordinator', 'member', 'partner'] as const;
export const GroupRoleSchema = z.enum(GROUP_ROLES);
export type GroupRole = z.infer<typeof GroupRoleSchema>;

/** Where a request to join was made: on the platform, or elsewhere and recorded by a coordinator. */
export const JOIN_CHANNELS = ['platform', 'email', 'chat', 'session'] as const;
export const JoinChannelSchema = z.enum(JOIN_CHANNELS);
export type JoinChannel = z.infer<typeof JoinChannelSchema>;

export const JOIN_REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export const JoinRequestStatusSchema = z.enum(JOIN_REQUEST_STATUSES);
export type JoinRequestStatus = z.infer<typeof JoinRequestStatusSchema>;

/** The kinds plus `mapping` and `proposal`, which the 2021-02-15 record uses for group 3. */
export const DELIVERABLE_KINDS = [
  'report',
  'toolkit',
  'questionnaire',
  'archive',
  'repository',
  'dissemination',
  'bulletin',
  'book',
  'diagnosis',
  'mapping',
  'proposal',
  'other',
] as const;
export const DeliverableKindSchema = z.enum(DELIVERABLE_KINDS);
export type DeliverableKind = z.infer<typeof DeliverableKindSchema>;

export const DELIVERABLE_STATUSES = ['planned', 'in_progress', 'in_review', 'delivered', 'cancelled'] as const;
export const DeliverableStatusSchema = z.enum(DELIVERABLE_STATUSES);
export type DeliverableStatus = z.infer<typeof DeliverableStatusSchema>;

export const INPUT_STATUSES = ['pending', 'accepted', 'needs_changes', 'declined'] as const;
export const InputStatusSchema = z.enum(INPUT_STATUSES);
export type InputStatus = z.infer<typeof InputStatusSchema>;
export const INPUT_DECISIONS = ['accepted', 'needs_changes', 'declined'] as const;
export const InputDecisionSchema = z.enum(INPUT_DECISIONS);
export type InputDecision = z.infer<typeof InputDecisionSchema>;

export const GROUP_EVENT_KINDS = [
  'group_created',
  'group_archived',
  'member_added',
  'member_left',
  'member_removed',
  'member_role_changed',
  'join_requested',
  'join_accepted',
  'join_declined',
  'partner_organization_added',
  'deliverable_created',
  'deliverable_updated',
  'deliverable_status_changed',
  'input_submitted',
  'input_revised',
  'input_reviewed',
  'milestone_created',
  'milestone_updated',
] as const;
export type GroupEventKind = (typeof GROUP_EVENT_KINDS)[number];

/** What the caller may do in a group, computed by the server; the web only hides what it cannot do. */
export interface GroupAbilities {
  manage: boolean;
  archive: boolean;
  submitInput: boolean;
  requestToJoin: boolean;
}

export interface PersonRef {
  id: string;
  name: string;
  organization: Pick<Organization, 'id' | 'name' | 'shortName'> | null;
}

export interface WorkingGroup {
  id: string;
  commissionId: string;
  name: string;
  purpose: string;
  status: GroupStatus;
  coordinators: PersonRef[];
  memberCount: number;
  /** People taking part as partners (they submit inputs, never vote). */
  partnerCount: number;
  /** Organisations registered as the group's partners; not the same as partner people. */
  partnerOrganizationCount: number;
  deliverableCount: number;
  createdAt: string;
}

export interface WorkingGroupDetail extends WorkingGroup {
  partnerOrganizations: Organization[];
  /** The caller's role in the group and their membership (to leave it), if any. */
  myRole: GroupRole | null;
  myMemberId: string | null;
  /** The caller's pending request to join, if any. */
  myPendingRequestId: string | null;
  abilities: GroupAbilities;
}

export interface GroupMember {
  id: string;
  groupId: string;
  role: GroupRole;
  channel: JoinChannel | null;
  joinedOn: string;
  person: Person;
}

export interface JoinRequest {
  id: string;
  groupId: string;
  person: PersonRef;
  message: string | null;
  channel: JoinChannel;
  status: JoinRequestStatus;
  requestedOn: string;
  decidedBy: PersonRef | null;
  decidedAt: string | null;
  reason: string | null;
}

export interface DeliverableSummary {
  id: string;
  groupId: string;
  title: string;
  kind: DeliverableKind;
  status: DeliverableStatus;
  dueOn: string | null;
  /** Past its due date and neither delivered nor cancelled. */
  overdue: boolean;
  owner: PersonRef | null;
  /** 0–100, how far the work has gone (see `deliverableProgress` in libs/domain); inputs do not count. */
  progress: number;
  /** What `progress` rests on: the status, or a percentage set by the coordination (`progressPercent`). */
  progressBasis: 'status' | 'set';
  inputCount: number;
  pendingInputCount: number;
}

export interface DeliverableStatusChange {
  id: string;
  from: DeliverableStatus | null;
  to: DeliverableStatus;
  note: string | null;
  changedBy: PersonRef | null;
  changedAt: string;
}

export interface DeliverableInput {
  id: string;
  deliverableId: string;
  title: string;
  body: string;
  author: PersonRef;
  /** The author's organization when they submitted it. */
  organization: Pick<Organization, 'id' | 'name' | 'shortName'> | null;
  status: InputStatus;
  reason: string | null;
  reviewedBy: PersonRef | null;
  reviewedAt: string | null;
  attachments: AttachmentSummary[];
  createdAt: string;
}

export interface Deliverable extends DeliverableSummary {
  groupName: string;
  description: string | null;
  contributors: PersonRef[];
  attachments: AttachmentSummary[];
  inputs: DeliverableInput[];
  history: DeliverableStatusChange[];
  abilities: Pick<GroupAbilities, 'manage' | 'submitInput'>;
}

export interface Milestone {
  id: string;
  commissionId: string;
  groupId: string | null;
  groupName: string | null;
  /** e.g. "Compromiso 13"; null for a group's own milestone. */
  commitment: string | null;
  title: string;
  dueOn: string;
  completedOn: string | null;
  overdue: boolean;
}

export interface GroupEvent {
  id: string;
  kind: GroupEventKind;
  actor: PersonRef | null;
  /** What the event is about, as text in the language of the record (a title, a name). */
  subject: string | null;
  detail: string | null;
  /** The decision and reason of an answer (to an input or a join request); the web words the decision. */
  answer: GroupEventAnswer | null;
  createdAt: string;
}

export interface GroupEventAnswer {
  decision: InputDecision;
  reason: string | null;
}

export interface DashboardItem {
  groupId: string;
  groupName: string;
}

/** A deliverable or milestone with a date; a commitment milestone of the whole commission has no group. */
export interface DashboardDatedItem {
  kind: 'deliverable' | 'milestone';
  id: string;
  title: string;
  dueOn: string;
  groupId: string | null;
  groupName: string | null;
}

/** Whether the caller may read any working group: a commission seat, an admin, or taking part in a group (partners). */
export interface GroupsAccess {
  readsGroups: boolean;
}

/** The coordination dashboard of one commission (the one chosen in the web), or of all the caller's when absent. */
export const GroupsDashboardQuerySchema = CommissionFilterSchema.strict();
export type GroupsDashboardQuery = z.infer<typeof GroupsDashboardQuerySchema>;

export interface GroupsDashboard {
  /** The day the dashboard was computed for (Mexico City). */
  today: string;
  dueSoon: DashboardDatedItem[];
  overdue: DashboardDatedItem[];
  inputsToReview: Array<DashboardItem & { id: string; deliverableId: string; deliverableTitle: string; title: string; author: PersonRef }>;
  joinRequests: Array<DashboardItem & { id: string; person: PersonRef; message: string | null; requestedOn: string }>;
}

/** Length limits the forms show and the server enforces. */
export const GROUP_TEXT_LIMITS = { title: 300, inputBody: 20000 } as const;

/** Milestones and due dates belong to the commission's work: none before 2000 nor more than ten years ahead. */
export const PLANNING_FIRST_DAY = '2000-01-01';
export const PLANNING_YEARS_AHEAD = 10;

/** The last day a plan may reach, counted from `today` (an ISO date). */
export function planningLastDay(today: string): string {
  return `${Number(today.slice(0, 4)) + PLANNING_YEARS_AHEAD}${today.slice(4, 10)}`;
}

const PlanningDateSchema = calendarDate().refine((day) => day >= PLANNING_FIRST_DAY && day <= planningLastDay(new Date().toISOString()), {
  params: {
    messages: {
      es: `La fecha debe ser a partir del 1 de enero de 2000 y a no más de ${PLANNING_YEARS_AHEAD} años de hoy.`,
      en: `The date must be on or after January 1, 2000 and no more than ${PLANNING_YEARS_AHEAD} years from today.`,
    },
  },
});

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const AttachmentIdsSchema = z.array(z.uuid()).max(10);

export const CreateGroupSchema = z
  .object({
    name: z.string().trim().min(3).max(200),
    purpose: text(2000),
    coordinatorIds: z.array(z.uuid()).min(1).max(5),
  })
  .strict();
export type CreateGroup = z.infer<typeof CreateGroupSchema>;

export const GroupQuerySchema = PageQuerySchema.extend({ status: z.enum([...GROUP_STATUSES, 'all']).default('active') }).strict();
export type GroupQuery = z.infer<typeof GroupQuerySchema>;

export const AddGroupMemberSchema = z
  .object({
    personId: z.uuid(),
    role: GroupRoleSchema,
    /** How the person asked to join when it was not on the platform. */
    channel: JoinChannelSchema.optional(),
    joinedOn: calendarDate().optional(),
  })
  .strict();
export type AddGroupMember = z.infer<typeof AddGroupMemberSchema>;

export const UpdateGroupMemberSchema = z.object({ role: GroupRoleSchema }).strict();
export type UpdateGroupMember = z.infer<typeof UpdateGroupMemberSchema>;

export const GroupMemberQuerySchema = PageQuerySchema.extend({ role: GroupRoleSchema.optional() }).strict();
export type GroupMemberQuery = z.infer<typeof GroupMemberQuerySchema>;

export const CreateJoinRequestSchema = z.object({ message: optionalText(1000) }).strict();
export type CreateJoinRequest = z.infer<typeof CreateJoinRequestSchema>;

export const DecideJoinRequestSchema = z.object({ reason: optionalText(1000) }).strict();
export type DecideJoinRequest = z.infer<typeof DecideJoinRequestSchema>;

export const JoinRequestQuerySchema = PageQuerySchema.extend({ status: JoinRequestStatusSchema.optional() }).strict();
export type JoinRequestQuery = z.infer<typeof JoinRequestQuerySchema>;

export const AddPartnerOrganizationSchema = z.object({ organizationId: z.uuid() }).strict();
export type AddPartnerOrganization = z.infer<typeof AddPartnerOrganizationSchema>;

export const CreateDeliverableSchema = z
  .object({
    title: z.string().trim().min(3).max(GROUP_TEXT_LIMITS.title),
    kind: DeliverableKindSchema,
    description: optionalText(4000),
    ownerId: z.uuid().nullable().optional(),
    contributorIds: z.array(z.uuid()).max(50).optional(),
    dueOn: PlanningDateSchema.nullable().optional(),
    attachmentIds: AttachmentIdsSchema.optional(),
  })
  .strict();
export type CreateDeliverable = z.infer<typeof CreateDeliverableSchema>;

export const UpdateDeliverableSchema = CreateDeliverableSchema.partial()
  .extend({
    /** A progress the coordination sets by hand; null gives the measure back to the status. */
    progressPercent: z.number().int().min(0).max(100).nullable().optional(),
  })
  .strict();
export type UpdateDeliverable = z.infer<typeof UpdateDeliverableSchema>;

export const ChangeDeliverableStatusSchema = z.object({ status: DeliverableStatusSchema, note: optionalText(1000) }).strict();
export type ChangeDeliverableStatus = z.infer<typeof ChangeDeliverableStatusSchema>;

export const DeliverableQuerySchema = PageQuerySchema.extend({ status: DeliverableStatusSchema.optional() }).strict();
export type DeliverableQuery = z.infer<typeof DeliverableQuerySchema>;

export const SubmitInputSchema = z
  .object({
    title: z.string().trim().min(3).max(GROUP_TEXT_LIMITS.title),
    body: text(GROUP_TEXT_LIMITS.inputBody),
    attachmentIds: AttachmentIdsSchema.optional(),
  })
  .strict();
export type SubmitInput = z.infer<typeof SubmitInputSchema>;

export const ReviseInputSchema = SubmitInputSchema.partial().strict();
export type ReviseInput = z.infer<typeof ReviseInputSchema>;

/** Every answer carries its reason: the submitter (and, once published, the public) reads why. */
export const ReviewInputSchema = z.object({ decision: InputDecisionSchema, reason: text(2000) }).strict();
export type ReviewInput = z.infer<typeof ReviewInputSchema>;

export const CreateMilestoneSchema = z
  .object({
    title: z.string().trim().min(3).max(GROUP_TEXT_LIMITS.title),
    dueOn: PlanningDateSchema,
    commitment: optionalText(120),
  })
  .strict();
export type CreateMilestone = z.infer<typeof CreateMilestoneSchema>;

export const UpdateMilestoneSchema = z
  .object({
    title: z.string().trim().min(3).max(GROUP_TEXT_LIMITS.title).optional(),
    dueOn: PlanningDateSchema.optional(),
    completedOn: calendarDate().nullable().optional(),
  })
  .strict();
export type UpdateMilestone = z.infer<typeof UpdateMilestoneSchema>;

export const MilestoneQuerySchema = PageQuerySchema.extend({
  /** Only milestones of this group; otherwise the whole commission's roadmap. */
  groupId: z.uuid().optional(),
  pageSize: z.coerce.number().int().min(1).max(100).default(100),
}).strict();
export type MilestoneQuery = z.infer<typeof MilestoneQuerySchema>;

export const GroupRoutes = {
  groups: (commissionId: string) => `/api/commissions/${commissionId}/groups`,
  groupsExport: (commissionId: string) => `/api/commissions/${commissionId}/groups/export`,
  milestones: (commissionId: string) => `/api/commissions/${commissionId}/milestones`,
  dashboard: '/api/groups/dashboard',
  access: '/api/groups/access',
  group: (id: string) => `/api/groups/${id}`,
  archive: (id: string) => `/api/groups/${id}/archive`,
  members: (id: string) => `/api/groups/${id}/members`,
  membersExport: (id: string) => `/api/groups/${id}/members/export`,
  member: (id: string, memberId: string) => `/api/groups/${id}/members/${memberId}`,
  partners: (id: string) => `/api/groups/${id}/partner-organizations`,
  joinRequests: (id: string) => `/api/groups/${id}/join-requests`,
  acceptJoin: (id: string, requestId: string) => `/api/groups/${id}/join-requests/${requestId}/accept`,
  declineJoin: (id: string, requestId: string) => `/api/groups/${id}/join-requests/${requestId}/decline`,
  deliverables: (id: string) => `/api/groups/${id}/deliverables`,
  deliverablesExport: (id: string) => `/api/groups/${id}/deliverables/export`,
  groupMilestones: (id: string) => `/api/groups/${id}/milestones`,
  activity: (id: string) => `/api/groups/${id}/activity`,
  deliverable: (id: string) => `/api/deliverables/${id}`,
  deliverableStatus: (id: string) => `/api/deliverables/${id}/status`,
  inputs: (id: string) => `/api/deliverables/${id}/inputs`,
  input: (id: string, inputId: string) => `/api/deliverables/${id}/inputs/${inputId}`,
  review: (id: string, inputId: string) => `/api/deliverables/${id}/inputs/${inputId}/review`,
  milestone: (id: string) => `/api/milestones/${id}`,
} as const;
