import type { AttendanceStatus } from '@cocrea/contracts';
import { representationCovers, RepresentationWindow } from './attendance';
import { isActiveOn, MembershipSpan } from './membership';

/**
 * The one rule for who holds a voting right on an agenda item. The session room, the ballot check, the live count and
 * the close all ask it, so a right cannot be granted by one reader and refused by another.
 */

export interface RoomMember extends MembershipSpan {
  personId: string;
  name: string;
  votes: boolean;
}

export interface RoomAttendance {
  personId: string;
  status: AttendanceStatus;
  /** Who the roll call records as standing in for a represented member. */
  representativePersonId: string | null;
  representativeName: string | null;
}

/** What decides the rights of a session's room: the commission's members, the roll call, the letters and recusals. */
export interface VotingRoom {
  /** The session's day (`YYYY-MM-DD`): memberships are those in force on it. */
  day: string;
  members: readonly RoomMember[];
  attendance: ReadonlyMap<string, RoomAttendance>;
  letters: readonly RepresentationWindow[];
  /** Recused person ids by agenda item id. */
  recusals: ReadonlyMap<string, ReadonlySet<string>>;
}

/** One voting right in the room and who may use it. */
export interface VotingRightHolder {
  memberPersonId: string;
  memberName: string;
  /** The member present in person, or the representative the roll call records; null when the proxy has no account. */
  holderPersonId: string | null;
  asProxy: boolean;
}

/**
 * The right of one member on an agenda item at `at`: a voting member of the commission on the session's day, not
 * recused from the item, present (in person or late), or represented by the person the roll call records while a
 * letter on file covers the item and the moment and names that same representative (`representationCovers`).
 */
export function votingRightOf(room: VotingRoom, member: RoomMember, agendaItemId: string, at: Date): VotingRightHolder | null {
  if (!member.votes || !isActiveOn(member, room.day) || room.recusals.get(agendaItemId)?.has(member.personId)) return null;
  const entry = room.attendance.get(member.personId);
  const base = { memberPersonId: member.personId, memberName: member.name };
  if (entry?.status === 'present' || entry?.status === 'late') return { ...base, holderPersonId: member.personId, asProxy: false };
  if (entry?.status !== 'represented') return null;
  const representative = { personId: entry.representativePersonId, name: entry.representativeName };
  const covered = room.letters.some(
    (letter) => letter.memberPersonId === member.personId && representationCovers(letter, { at, agendaItemId, representative }),
  );
  return covered ? { ...base, holderPersonId: entry.representativePersonId, asProxy: true } : null;
}

/** Every right of the room on an agenda item at `at`, in the order of the members' names (Spanish collation). */
export function votingRights(room: VotingRoom, agendaItemId: string, at: Date): VotingRightHolder[] {
  return room.members
    .map((m) => votingRightOf(room, m, agendaItemId, at))
    .filter((r): r is VotingRightHolder => r !== null)
    .sort((a, b) => a.memberName.localeCompare(b.memberName, 'es'));
}
