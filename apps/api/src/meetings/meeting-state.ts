import {
  AttachmentSummary,
  AttendanceRow,
  AttendanceStatus,
  MeetingChange,
  MeetingState,
  QuorumState,
  Recusal,
  ReplaceableMeetingState,
  Representation,
} from '@cocrea/contracts';
import { attendanceQuorum, commissionDay, isActiveOn, representationCovers, speakingTotals } from '@cocrea/domain';
import { EntityManager } from 'typeorm';
import { AttachmentsService } from '../attachments';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { AttendanceEntity } from './entities/attendance.entity';
import { DecisionEntity } from './entities/decision.entity';
import { InvitedParticipantEntity } from './entities/invited-participant.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { RecusalEntity } from './entities/recusal.entity';
import { RepresentationEntity } from './entities/representation.entity';
import { SpeakerEntryEntity } from './entities/speaker-entry.entity';
import { toAgendaItem, toDecision, toMeetingSummary } from './meeting.mapper';

/** What the room, the minutes and the commands all read: one query pass over a session. */
export interface MeetingRecord {
  meeting: MeetingEntity;
  commission: CommissionEntity;
  members: CommissionMemberEntity[];
  agenda: AgendaItemEntity[];
  attendance: AttendanceEntity[];
  /** Letters in force (withdrawn ones are kept apart: no rule reads them). */
  representations: RepresentationEntity[];
  /** The outcomes of its items (`approvedMinutesOf` loaded). */
  withdrawnRepresentations: RepresentationEntity[];
  decisions: DecisionEntity[];
  invited: InvitedParticipantEntity[];
  speakers: SpeakerEntryEntity[];
  recusals: RecusalEntity[];
  /** Circulated documents and proxy letters, by id. */
  attachments: Map<string, AttachmentSummary>;
}

export async function loadMeetingRecord(em: EntityManager, meeting: MeetingEntity, files: AttachmentsService): Promise<MeetingRecord> {
  const byMeeting = { where: { meetingId: meeting.id } };
  const [commission, allMembers, agenda, attendance, representations, decisions, invited, speakers, recusals] = await Promise.all([
    em.findOneByOrFail(CommissionEntity, { id: meeting.commissionId }),
    em.find(CommissionMemberEntity, { where: { commissionId: meeting.commissionId }, relations: { person: true } }),
    em.find(AgendaItemEntity, { ...byMeeting, relations: { addedBy: true }, order: { position: 'ASC' } }),
    em.find(AttendanceEntity, byMeeting),
    em.find(RepresentationEntity, { ...byMeeting, relations: { member: true } }),
    em.find(DecisionEntity, { ...byMeeting, relations: { approvedMinutesOf: true }, order: { recordedAt: 'ASC' } }),
    em.find(InvitedParticipantEntity, { ...byMeeting, order: { createdAt: 'ASC' } }),
    em.find(SpeakerEntryEntity, { ...byMeeting, relations: { person: true }, order: { position: 'ASC', requestedAt: 'ASC' } }),
    em.find(RecusalEntity, { ...byMeeting, relations: { person: true } }),
  ]);
  // Who belongs to the session is who was a member on its day, not today.
  const day = commissionDay(meeting.scheduledAt);
  const members = allMembers.filter((m) => isActiveOn(m, day)).sort((a, b) => a.person.name.localeCompare(b.person.name, 'es'));
  representations.sort((a, b) => a.member.name.localeCompare(b.member.name, 'es') || a.createdAt.getTime() - b.createdAt.getTime());
  const ids = [...meeting.documentIds, ...representations.flatMap((r) => (r.letterAttachmentId ? [r.letterAttachmentId] : []))];
  const inForce = representations.filter((r) => !r.withdrawnAt);
  return {
    meeting,
    commission,
    members,
    agenda,
    attendance,
    representations: inForce,
    withdrawnRepresentations: representations.filter((r) => r.withdrawnAt),
    decisions,
    invited,
    speakers,
    recusals,
    attachments: new Map((await files.summaries(ids, em)).map((a) => [a.id, a])),
  };
}

/**
 * Whether a represented member's proxy is backed by a letter on file: in force at `at`, covering
 * `agendaItemId` (see ProxyCheck) and naming the representative the roll call records.
 */
export function hasValidLetter(
  record: MeetingRecord,
  entry: Pick<AttendanceEntity, 'personId' | 'representativePersonId' | 'representativeName'>,
  at: Date,
  agendaItemId?: string | null,
): boolean {
  const representative = { personId: entry.representativePersonId, name: entry.representativeName };
  return record.representations.some(
    (r) =>
      r.memberPersonId === entry.personId &&
      representationCovers({ ...r, hasLetter: r.letterAttachmentId !== null }, { at, agendaItemId, representative }),
  );
}

export function quorumOf(record: MeetingRecord, recusedOnItem: string | null = null) {
  const recused = new Set(record.recusals.filter((r) => r.agendaItemId === recusedOnItem).map((r) => r.personId));
  return attendanceQuorum({
    members: record.members.map((m) => ({ personId: m.personId, votes: m.votes })),
    attendance: new Map(record.attendance.map((a) => [a.personId, a.status] as [string, AttendanceStatus])),
    fraction: record.commission.quorumFraction,
    recused,
  });
}

const interventionSeconds = (s: SpeakerEntryEntity) =>
  s.startedAt && s.endedAt ? Math.max(0, Math.round((s.endedAt.getTime() - s.startedAt.getTime()) / 1000)) : 0;

/** What the roll call records for one member (no entry: absent). */
export type AttendanceEntry = Pick<AttendanceEntity, 'personId' | 'status' | 'representativePersonId' | 'representativeName' | 'arrivedAt'>;

type MemberColumns = Pick<AttendanceRow, 'personId' | 'name' | 'role' | 'votes'>;

/** Where the room stands when a row is drawn: its proxies, the item under way and the time. */
interface RowContext {
  representations: Representation[];
  currentItemId: string | null;
  now: Date;
}

/** A member's roll-call row as the room shows it; the full state and a check-in's change both draw it here. */
function attendanceRow(member: MemberColumns, entry: AttendanceEntry | undefined, room: RowContext): AttendanceRow {
  const status = entry?.status ?? 'absent';
  const representative = { personId: entry?.representativePersonId ?? null, name: entry?.representativeName ?? null };
  // Live: is the proxy good now, for the item under way?
  const covered = room.representations.some(
    (r) =>
      r.memberPersonId === member.personId &&
      representationCovers(
        {
          ...r,
          hasLetter: r.letter !== null,
          validFrom: r.validFrom ? new Date(r.validFrom) : null,
          validUntil: r.validUntil ? new Date(r.validUntil) : null,
        },
        { at: room.now, agendaItemId: room.currentItemId, representative },
      ),
  );
  return {
    personId: member.personId,
    name: member.name,
    role: member.role,
    votes: member.votes,
    status,
    marked: !!entry,
    representativePersonId: representative.personId,
    representativeName: representative.name,
    arrivedAt: entry?.arrivedAt?.toISOString() ?? null,
    proxyWarning: status === 'represented' && !covered,
  };
}

/** The room's quorum from its rows: members recused from the item under way do not count. */
function roomQuorum(
  rows: AttendanceRow[],
  fraction: number,
  recusals: Pick<Recusal, 'agendaItemId' | 'personId'>[],
  currentItemId: string | null,
): QuorumState {
  const q = attendanceQuorum({
    members: rows.map((r) => ({ personId: r.personId, votes: r.votes })),
    attendance: new Map(rows.map((r) => [r.personId, r.status] as [string, AttendanceStatus])),
    fraction,
    recused: new Set(recusals.filter((r) => r.agendaItemId === currentItemId).map((r) => r.personId)),
  });
  return {
    votingMembers: q.votingMembers,
    present: q.present,
    represented: q.represented,
    required: q.required,
    reached: q.reached,
    fraction: q.fraction,
  };
}

/**
 * The change a roll-call command makes to the room of `base` (the state of the version before it): the rows of the
 * `entries` it wrote, redrawn, and the quorum they give. Applied to `base` (applyMeetingChange) it equals the full
 * state built afresh, which the room-change property test checks.
 */
export function attendanceChange(base: MeetingState, entries: AttendanceEntry[], now: Date): MeetingChange {
  const byPerson = new Map(entries.map((e) => [e.personId, e]));
  const changed = new Set(byPerson.keys());
  const room = { representations: base.representations, currentItemId: base.currentItemId, now };
  const attendance = base.attendance.map((row) => (changed.has(row.personId) ? attendanceRow(row, byPerson.get(row.personId), room) : row));
  return {
    meetingId: base.meeting.id,
    from: base.version,
    version: base.version + 1,
    attendance: attendance.filter((row) => changed.has(row.personId)),
    quorum: roomQuorum(attendance, base.quorum.fraction, base.recusals, base.currentItemId),
    serverTime: now.toISOString(),
  };
}

/** The parts of the state a change carries in their own fields (see `MeetingChange`). */
const CARRIED_APART = new Set(['attendance', 'quorum', 'serverTime', 'version']);

/**
 * The change from `base` to `next`, two full states of one session: the roll-call rows that differ (the whole roll call
 * when its people changed), the quorum, and every other part that differs, whole. Applied to `base`
 * (applyMeetingChange) it gives `next`; a room of a thousand screens gets this instead of the whole state.
 */
export function stateChange(base: MeetingState, next: MeetingState): MeetingChange {
  const replaced: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (!CARRIED_APART.has(key) && JSON.stringify(value) !== JSON.stringify(base[key as keyof MeetingState])) replaced[key] = value;
  }
  const sameRoster =
    base.attendance.length === next.attendance.length && base.attendance.every((row, i) => row.personId === next.attendance[i].personId);
  if (!sameRoster) replaced['attendance'] = next.attendance;
  return {
    meetingId: next.meeting.id,
    from: base.version,
    version: next.version,
    attendance: sameRoster ? next.attendance.filter((row, i) => JSON.stringify(row) !== JSON.stringify(base.attendance[i])) : [],
    quorum: next.quorum,
    replaced: replaced as Partial<ReplaceableMeetingState>,
    serverTime: next.serverTime,
  };
}

export function toMeetingState(record: MeetingRecord, now: Date): MeetingState {
  const { meeting } = record;
  const representations = record.representations.map((r) => toRepresentation(record, r));
  const recusals = record.recusals.map((r) => ({
    agendaItemId: r.agendaItemId,
    personId: r.personId,
    name: r.person.name,
    reason: r.reason,
  }));
  const attendanceByPerson = new Map(record.attendance.map((a) => [a.personId, a]));
  const room = { representations, currentItemId: meeting.currentItemId, now };
  const attendance = record.members.map((m) =>
    attendanceRow({ personId: m.personId, name: m.person.name, role: m.role, votes: m.votes }, attendanceByPerson.get(m.personId), room),
  );
  const totals = speakingTotals(
    record.speakers
      .filter((s) => s.status === 'done')
      .map((s) => ({ personId: speakerKey(s), agendaItemId: s.agendaItemId, seconds: interventionSeconds(s) })),
  );
  return {
    meeting: toMeetingSummary(meeting),
    agenda: record.agenda.map(toAgendaItem),
    currentItemId: meeting.currentItemId,
    attendance,
    representations,
    withdrawnRepresentations: record.withdrawnRepresentations.map((r) => toRepresentation(record, r)),
    quorum: roomQuorum(attendance, record.commission.quorumFraction, recusals, meeting.currentItemId),
    decisions: record.decisions.map(toDecision),
    invitedParticipants: record.invited.map((i) => ({ id: i.id, name: i.name, organization: i.organization, role: i.role })),
    speakers: record.speakers.map((s) => ({
      id: s.id,
      agendaItemId: s.agendaItemId,
      personId: s.personId,
      name: s.person?.name ?? s.guestName ?? '',
      organization: s.guestOrganization,
      status: s.status,
      position: s.position,
      requestedAt: s.requestedAt.toISOString(),
      startedAt: s.startedAt?.toISOString() ?? null,
      endedAt: s.endedAt?.toISOString() ?? null,
      limitSeconds: s.limitSeconds,
    })),
    recusals,
    documents: meeting.documentIds.flatMap((id) => record.attachments.get(id) ?? []),
    speakingTotals: { byPerson: totals.byPerson, byItem: totals.byItem },
    otherBusinessOpen: meeting.status === 'open' && !record.decisions.some((d) => d.kind === 'agenda_approval'),
    serverTime: now.toISOString(),
    version: meeting.version,
  };
}

function toRepresentation(record: MeetingRecord, r: RepresentationEntity): Representation {
  return {
    id: r.id,
    memberPersonId: r.memberPersonId,
    memberName: r.member.name,
    representativePersonId: r.representativePersonId,
    representativeName: r.representativeName,
    letter: (r.letterAttachmentId && record.attachments.get(r.letterAttachmentId)) || null,
    validFrom: r.validFrom?.toISOString() ?? null,
    validUntil: r.validUntil?.toISOString() ?? null,
    agendaItemIds: r.agendaItemIds,
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    withdrawalReason: r.withdrawalReason,
    corrections: r.corrections,
  };
}

/** A member's or representative's name, or a guest's with their organization. */
export function speakerName(s: SpeakerEntryEntity): string {
  if (s.person) return s.person.name;
  return s.guestOrganization ? `${s.guestName} (${s.guestOrganization})` : (s.guestName ?? '');
}

/** Speaking totals are kept per person; a guest counts under their entry, so two guests never merge. */
const speakerKey = (s: SpeakerEntryEntity) => s.personId ?? `guest:${s.id}`;
