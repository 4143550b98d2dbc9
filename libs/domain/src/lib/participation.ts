import type { AttendanceStatus } from '@cocrea/contracts';
import { representationCovers, RepresentationWindow } from './attendance';

export interface ParticipationInput {
  personId: string;
  /** Holds an active role in the session's commission. */
  isMember: boolean;
  attendance: ReadonlyArray<{ personId: string; status: AttendanceStatus; representativePersonId: string | null }>;
  representations: readonly RepresentationWindow[];
  /** The agenda item under way (null: none). */
  agendaItemId: string | null;
  at: Date;
}

/**
 * Whether a person takes part (asks for the floor) in a session: each seat takes part once.
 * A member does in person once the roll call has them present or late — not when represented (their
 * representative holds the seat) nor absent. A representative does for a member the roll call records
 * as represented by them; when representations for that pair are on file, one must be in force now and
 * cover the item under way (a missing letter only warns in the roll call).
 */
export function mayTakePart({ personId, isMember, attendance, representations, agendaItemId, at }: ParticipationInput): boolean {
  const own = attendance.find((a) => a.personId === personId);
  if (isMember && (own?.status === 'present' || own?.status === 'late')) return true;
  return attendance.some((a) => {
    if (a.status !== 'represented' || a.representativePersonId !== personId) return false;
    const onFile = representations.filter((r) => r.memberPersonId === a.personId && r.representativePersonId === personId);
    return (
      onFile.length === 0 ||
      onFile.some((r) => representationCovers({ ...r, hasLetter: true }, { at, agendaItemId, representative: { personId, name: null } }))
    );
  });
}

/** Members of the commission (not representatives, not admins) add items under "Asuntos Generales". */
export function mayAddOtherBusiness(me: { commissions: ReadonlyArray<{ commissionId: string }> }, commissionId: string): boolean {
  return me.commissions.some((c) => c.commissionId === commissionId);
}
