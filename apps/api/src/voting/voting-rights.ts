import { AttendanceStatus } from '@cocrea/contracts';
import { attendanceQuorum, AttendanceQuorum, commissionDay, isActiveOn, representationCovers } from '@cocrea/domain';
import { EntityManager, IsNull } from 'typeorm';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { AttendanceEntity } from '../meetings/entities/attendance.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { RecusalEntity } from '../meetings/entities/recusal.entity';
import { RepresentationEntity } from '../meetings/entities/representation.entity';

/**
 * A proxy votes only with a letter on file that is in force now, covers this agenda item and names the representative
 * the roll call records: the same rule the session room applies (`representationCovers`).
 */
function letterCovers(letters: RepresentationEntity[], entry: AttendanceEntity, agendaItemId: string, at = new Date()): boolean {
  const representative = { personId: entry.representativePersonId, name: entry.representativeName };
  return letters.some(
    (r) =>
      r.memberPersonId === entry.personId &&
      representationCovers({ ...r, hasLetter: r.letterAttachmentId !== null }, { at, agendaItemId, representative }),
  );
}

/** One voting right in the room and who may use it. */
export interface VotingRightHolder {
  memberPersonId: string;
  memberName: string;
  /** The member present in person, or the representative the roll call records; null when the proxy has no account. */
  holderPersonId: string | null;
  asProxy: boolean;
}

export interface RoomRights {
  rights: VotingRightHolder[];
  quorum: AttendanceQuorum;
  recusedNames: string[];
}

/**
 * The voting rights of an agenda item at this moment: one per voting member of the commission on the session's
 * day who is present (in person or late) or represented, minus those recused from the item. A represented
 * member's right is held by the representative recorded in the roll call, and by nobody else, and only while a
 * letter on file covers the item and the moment; the quorum still counts the represented member as the room does.
 */
export async function roomRights(em: EntityManager, meeting: MeetingEntity, agendaItemId: string): Promise<RoomRights> {
  const [commission, allMembers, attendance, recusals, letters] = await Promise.all([
    em.findOneByOrFail(CommissionEntity, { id: meeting.commissionId }),
    em.find(CommissionMemberEntity, { where: { commissionId: meeting.commissionId }, relations: { person: true } }),
    em.find(AttendanceEntity, { where: { meetingId: meeting.id } }),
    em.find(RecusalEntity, { where: { meetingId: meeting.id, agendaItemId }, relations: { person: true } }),
    em.find(RepresentationEntity, { where: { meetingId: meeting.id, withdrawnAt: IsNull() } }),
  ]);
  const day = commissionDay(meeting.scheduledAt);
  const members = allMembers.filter((m) => isActiveOn(m, day));
  const recused = new Set(recusals.map((r) => r.personId));
  const byPerson = new Map(attendance.map((a) => [a.personId, a]));
  const rights: VotingRightHolder[] = [];
  for (const m of members) {
    if (!m.votes || recused.has(m.personId)) continue;
    const entry = byPerson.get(m.personId);
    if (entry?.status === 'present' || entry?.status === 'late') {
      rights.push({ memberPersonId: m.personId, memberName: m.person.name, holderPersonId: m.personId, asProxy: false });
    } else if (entry?.status === 'represented' && letterCovers(letters, entry, agendaItemId)) {
      rights.push({ memberPersonId: m.personId, memberName: m.person.name, holderPersonId: entry.representativePersonId, asProxy: true });
    }
  }
  rights.sort((a, b) => a.memberName.localeCompare(b.memberName, 'es'));
  const quorum = attendanceQuorum({
    members: members.map((m) => ({ personId: m.personId, votes: m.votes })),
    attendance: new Map(attendance.map((a) => [a.personId, a.status] as [string, AttendanceStatus])),
    fraction: commission.quorumFraction,
    recused,
  });
  return { rights, quorum, recusedNames: recusals.map((r) => r.person.name).sort((a, b) => a.localeCompare(b, 'es')) };
}

/** The one right of `memberPersonId` on an agenda item, read with three small lookups (a ballot needs no more). */
export async function rightOf(
  em: EntityManager,
  meeting: MeetingEntity,
  agendaItemId: string,
  memberPersonId: string,
): Promise<VotingRightHolder | null> {
  const [membership, entry, recused, letters] = await Promise.all([
    em.findOne(CommissionMemberEntity, {
      where: { commissionId: meeting.commissionId, personId: memberPersonId },
      relations: { person: true },
    }),
    em.findOneBy(AttendanceEntity, { meetingId: meeting.id, personId: memberPersonId }),
    em.existsBy(RecusalEntity, { meetingId: meeting.id, agendaItemId, personId: memberPersonId }),
    em.findBy(RepresentationEntity, { meetingId: meeting.id, memberPersonId, withdrawnAt: IsNull() }),
  ]);
  if (!membership?.votes || !isActiveOn(membership, commissionDay(meeting.scheduledAt)) || recused || !entry) return null;
  const base = { memberPersonId, memberName: membership.person.name };
  if (entry.status === 'present' || entry.status === 'late') return { ...base, holderPersonId: memberPersonId, asProxy: false };
  if (entry.status === 'represented' && letterCovers(letters, entry, agendaItemId))
    return { ...base, holderPersonId: entry.representativePersonId, asProxy: true };
  return null;
}

/**
 * How many rights `roomRights` would list, counted by the database: the live count of a poll runs every few
 * hundred milliseconds during a vote and must not load the whole commission each time. Same rule as `roomRights`.
 */
export async function countRights(em: EntityManager, meeting: MeetingEntity, agendaItemId: string): Promise<number> {
  const [{ n }] = (await em.query(
    `SELECT count(*)::int AS n
       FROM commission_members m
       JOIN attendances a ON a.meeting_id = $1 AND a.person_id = m.person_id AND a.status IN ('present', 'late', 'represented')
      WHERE m.commission_id = $2 AND m.votes
        AND (m.since IS NULL OR m.since <= $3::date) AND (m.until IS NULL OR m.until >= $3::date)
        AND (a.status <> 'represented' OR EXISTS (
              SELECT 1 FROM representations l
               WHERE l.meeting_id = $1 AND l.member_person_id = m.person_id AND l.letter_attachment_id IS NOT NULL AND l.withdrawn_at IS NULL
                 AND (l.valid_from IS NULL OR l.valid_from <= now()) AND (l.valid_until IS NULL OR l.valid_until >= now())
                 AND (l.agenda_item_ids IS NULL OR $4::uuid = ANY (l.agenda_item_ids))))
        AND NOT EXISTS (SELECT 1 FROM recusals r WHERE r.meeting_id = $1 AND r.agenda_item_id = $4 AND r.person_id = m.person_id)`,
    [meeting.id, meeting.commissionId, commissionDay(meeting.scheduledAt), agendaItemId],
  )) as Array<{ n: number }>;
  return n;
}
