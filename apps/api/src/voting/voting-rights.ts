import { AttendanceStatus } from '@cocrea/contracts';
import { attendanceQuorum, AttendanceQuorum, commissionDay, isActiveOn, VotingRightHolder, votingRights, VotingRoom } from '@cocrea/domain';
import { EntityManager, IsNull } from 'typeorm';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { AttendanceEntity } from '../meetings/entities/attendance.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { RecusalEntity } from '../meetings/entities/recusal.entity';
import { RepresentationEntity } from '../meetings/entities/representation.entity';

/**
 * Reads a session's room from the database into the domain's `VotingRoom`: the rights themselves are decided only by
 * `votingRights` (libs/domain), whoever asks (the room, a ballot, the live count, the close).
 */

export type { VotingRightHolder };

export interface LoadedRoom {
  room: VotingRoom;
  quorumFraction: number;
  /** Names of the recused by agenda item id. */
  recusedNames: ReadonlyMap<string, string[]>;
}

export interface RoomRights {
  rights: VotingRightHolder[];
  quorum: AttendanceQuorum;
  recusedNames: string[];
}

export async function loadRoom(
  em: EntityManager,
  meeting: Pick<MeetingEntity, 'id' | 'commissionId' | 'scheduledAt'>,
): Promise<LoadedRoom> {
  const [commission, allMembers, attendance, recusals, letters] = await Promise.all([
    em.findOneByOrFail(CommissionEntity, { id: meeting.commissionId }),
    em.find(CommissionMemberEntity, { where: { commissionId: meeting.commissionId }, relations: { person: true } }),
    em.find(AttendanceEntity, { where: { meetingId: meeting.id } }),
    em.find(RecusalEntity, { where: { meetingId: meeting.id }, relations: { person: true } }),
    em.find(RepresentationEntity, { where: { meetingId: meeting.id, withdrawnAt: IsNull() } }),
  ]);
  const recused = new Map<string, Set<string>>();
  const recusedNames = new Map<string, string[]>();
  for (const r of recusals) {
    recused.set(r.agendaItemId, (recused.get(r.agendaItemId) ?? new Set()).add(r.personId));
    recusedNames.set(r.agendaItemId, [...(recusedNames.get(r.agendaItemId) ?? []), r.person.name]);
  }
  for (const names of recusedNames.values()) names.sort((a, b) => a.localeCompare(b, 'es'));
  return {
    room: {
      day: commissionDay(meeting.scheduledAt),
      members: allMembers.map((m) => ({ personId: m.personId, name: m.person.name, votes: m.votes, since: m.since, until: m.until })),
      attendance: new Map(
        attendance.map((a) => [
          a.personId,
          {
            personId: a.personId,
            status: a.status,
            representativePersonId: a.representativePersonId,
            representativeName: a.representativeName,
          },
        ]),
      ),
      letters: letters.map((l) => ({ ...l, hasLetter: l.letterAttachmentId !== null })),
      recusals: recused,
    },
    quorumFraction: commission.quorumFraction,
    recusedNames,
  };
}

/** The rights of an agenda item at `at`, with the room's quorum (recusals on the item taken out) and the recused names. */
export function rightsOfRoom({ room, quorumFraction, recusedNames }: LoadedRoom, agendaItemId: string, at: Date): RoomRights {
  const recused = room.recusals.get(agendaItemId) ?? new Set<string>();
  const members = room.members.filter((m) => isActiveOn(m, room.day));
  const quorum = attendanceQuorum({
    members: members.map((m) => ({ personId: m.personId, votes: m.votes })),
    attendance: new Map([...room.attendance.values()].map((a) => [a.personId, a.status] as [string, AttendanceStatus])),
    fraction: quorumFraction,
    recused: new Set(recused),
  });
  return { rights: votingRights(room, agendaItemId, at), quorum, recusedNames: recusedNames.get(agendaItemId) ?? [] };
}

/** The voting rights of an agenda item at this moment, read afresh (commands that hold the poll's lock use this). */
export async function roomRights(em: EntityManager, meeting: MeetingEntity, agendaItemId: string, at: Date): Promise<RoomRights> {
  return rightsOfRoom(await loadRoom(em, meeting), agendaItemId, at);
}
