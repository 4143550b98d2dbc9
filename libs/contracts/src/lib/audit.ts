import * as z from 'zod';
import { calendarDate } from './dates';
import { MAX_PAGE, MAX_PAGE_SIZE } from './pagination';

/** What the audit trail of a session says when checked: the chain intact, and the record it describes the one stored. */
export interface SessionAuditReport {
  meetingId: string;
  /** Links in the trail, and the hash of the last one (publish it to pin the trail). */
  events: number;
  head: string | null;
  /** The chain recomputed: intact, or the first link that is not what was appended, and why. */
  chain: { ok: true } | { ok: false; seq: number; reason: 'sequence_gap' | 'previous_mismatch' | 'hash_mismatch' };
  /** The record rebuilt from the trail equals the session's stored record; otherwise the parts that differ. */
  matchesRecord: boolean;
  differences: SessionAuditDifference[];
}

/** One part of the record that differs from the trail (`ids`: the rows, e.g. the people whose attendance differs). */
export interface SessionAuditDifference {
  part: string;
  ids: string[];
}

/**
 * What the commission's audit trail records beyond its sessions: changes to people, organizations, the membership and
 * its roles, accounts, agreements' follow-up and groups' membership answers. One kind per change a person can make.
 */
export const ACTIVITY_KINDS = [
  'person_created',
  'person_updated',
  'organization_created',
  'organization_updated',
  'member_added',
  'member_updated',
  'account_disabled',
  'account_enabled',
  'account_signed_out',
  'platform_role_set',
  'person_deactivated',
  'person_reactivated',
  'agreement_updated',
  'agreement_corrected',
  'agreement_note_added',
  'join_request_accepted',
  'join_request_declined',
  'challenge_member_added',
  'challenge_phase_closed',
  'challenge_phase_rescheduled',
  'challenge_idea_decided',
  'challenge_winners_decided',
  'challenge_milestone_done',
  'challenge_comment_hidden',
  'commission_created',
  'commission_updated',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** What an activity event is about (an account's subject is its person). */
export const ACTIVITY_SUBJECTS = ['person', 'organization', 'membership', 'agreement', 'group', 'challenge', 'commission'] as const;
export type ActivitySubjectType = (typeof ACTIVITY_SUBJECTS)[number];

/** One field's value before and after a change (null where it had none); never a credential, token or letter. */
export interface ActivityChange {
  before: unknown;
  after: unknown;
}

/** One event of the commission's trail, as the administration's activity list shows it. */
export interface ActivityEvent {
  id: string;
  seq: number;
  kind: ActivityKind;
  /** When it was recorded (ISO 8601 UTC). */
  at: string;
  /** Who did it (null for the system), named as they are named now. */
  actor: { id: string; name: string } | null;
  /** What it was about, labelled as it was when the change happened. */
  subject: { type: ActivitySubjectType; id: string; label: string };
  changes: Record<string, ActivityChange>;
}

export const ActivityQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    kind: z.enum(ACTIVITY_KINDS).optional(),
    actorId: z.uuid().optional(),
    subjectType: z.enum(ACTIVITY_SUBJECTS).optional(),
    subjectId: z.uuid().optional(),
    /** Commission days (America/Mexico_City), both included. */
    from: calendarDate().optional(),
    to: calendarDate().optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not precede from' });
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>;

/** The commission's trail recomputed: intact, or the first link that is not what was appended, and why. */
export interface ActivityChainReport {
  events: number;
  head: string | null;
  chain: SessionAuditReport['chain'];
}
