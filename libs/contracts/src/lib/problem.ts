import * as z from 'zod';

/** Stable error codes; each maps to a Spanish and an English message on the server. */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_body',
  'payload_too_large',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'not_found',
  'route_not_found',
  'conflict',
  'email_taken',
  'organization_name_taken',
  'already_member',
  'commission_taken',
  'meeting_wrong_status',
  'no_quorum',
  'attendance_conflict',
  'not_in_meeting',
  'floor_conflict',
  'minutes_conflict',
  'decision_conflict',
  'call_conflict',
  'representation_conflict',
  'group_join_pending',
  'group_already_member',
  'group_partner_organization_added',
  'group_not_commissioner',
  'group_last_coordinator',
  'group_has_deliverables',
  'group_archived',
  'group_name_taken',
  'deliverable_invalid_transition',
  'deliverable_closed',
  'input_already_reviewed',
  'proposal_decided',
  'proposal_outdated',
  'proposal_invalid_anchor',
  'observation_resolved',
  'join_request_decided',
  'file_too_large',
  'unsupported_media_type',
  'too_many_requests',
  'service_unavailable',
  'internal',
  'poll_wrong_status',
  'ballot_conflict',
  'poll_secret_locked',
  'no_voting_right',
  'room_refused',
  'casting_vote_without_tie',
  'agreement_text_adopted',
  'wrong_password',
  'account_token_invalid',
  'challenge_phase_closed',
  'support_limit_reached',
  'juror_conflict',
  'idea_not_admitted',
  'not_a_winner',
  'account_disabled',
  'own_account_action',
  'challenge_closed',
  'comment_already_hidden',
  'coauthor_not_found',
  'idea_attachment_limit',
  'proof_of_work_invalid',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export interface ProblemMessage {
  title: string;
  detail: string;
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. `pageSize` or `organizationId`. */
  path: string;
  /** In the request's language. */
  message: string;
  messages: { es: string; en: string };
}

/**
 * RFC 9457 problem details. `title` and `detail` follow the request's language
 * (Spanish unless `Accept-Language` prefers English); `messages` carries both.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: ErrorCode;
  messages: { es: ProblemMessage; en: ProblemMessage };
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
