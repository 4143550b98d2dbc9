import type { DocumentPermission, GroupStatus, ProposalStatus } from '@cocrea/contracts';
import { canReadGroup, GroupActor, groupAbilities } from './group-access';

/**
 * What someone may do in a document of a working group (or of one of its deliverables): those who run the group
 * (coordinators, the chair, platform admins) edit the text and decide proposals; members and partners propose
 * changes and comment; anyone else who may read the group reads. An archived group's documents are read-only.
 */
export function groupDocumentPermission(actor: GroupActor, status: GroupStatus): DocumentPermission | null {
  if (!canReadGroup(actor)) return null;
  if (status !== 'active') return 'read';
  if (groupAbilities(actor, status).manage) return 'edit';
  return actor.groupRole !== null ? 'propose' : 'read';
}

/** Who is asking, as far as one session's document is concerned. */
export interface MeetingDocumentActor {
  /** Chair, secretary or platform admin. */
  manages: boolean;
  /** Holds a role in the session's commission. */
  commissionMember: boolean;
  /** Recorded as someone's representative in the session. */
  representative: boolean;
}

/** Session documents: those who run sessions edit, the commission's members propose and comment, representatives read. */
export function meetingDocumentPermission(actor: MeetingDocumentActor): DocumentPermission | null {
  if (actor.manages) return 'edit';
  if (actor.commissionMember) return 'propose';
  return actor.representative ? 'read' : null;
}

const RANK: Record<DocumentPermission, number> = { read: 0, propose: 1, edit: 2 };

/** Whether `held` covers `needed` (edit ⊃ propose ⊃ read). */
export function permits(held: DocumentPermission | null, needed: DocumentPermission): boolean {
  return held !== null && RANK[held] >= RANK[needed];
}

/** A proposal is decided once: only open ones (and those put to a session, whose vote decides them) can be. */
export function proposalDecidable(status: ProposalStatus): boolean {
  return status === 'open' || status === 'in_session';
}
