import { AgendaItemKind, AttendanceStatus } from '@cocrea/contracts';
import { attendanceQuorum, isActiveOn } from '@cocrea/domain';
import { EntityManager } from 'typeorm';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { AgendaItemEntity } from '../meetings/entities/agenda-item.entity';
import { AttendanceEntity } from '../meetings/entities/attendance.entity';
import { InvitedParticipantEntity } from '../meetings/entities/invited-participant.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { RepresentationEntity } from '../meetings/entities/representation.entity';
import { PersonEntity } from '../people/person.entity';
import { DemoRecord } from './demo-record';

/** The parts of the record's `session` that the demo session is built from. */
export interface DemoSessionRecord {
  session: {
    title: string;
    kind: 'ordinary' | 'extraordinary';
    date: string;
    place: string;
    opened_at: string;
    closed_at: string;
    late_arrivals_recorded: string[];
    agenda: Array<{ n: number; title: string; kind: AgendaItemKind; presenter?: string; minutes?: number }>;
    votes: Array<{ agenda_item: number; subject: string; result: string }>;
  };
}

/** The record's clock times are Mexico City local time (UTC-6 in February 2021). */
export const mexicoCityInstant = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00-06:00`);

/** The order in which the record's three show-of-hands votes were taken: agenda, waiver of reading, previous minutes. */
const DECISION_KINDS = ['agenda_approval', 'waive_reading', 'minutes_approval'] as const;

/** INAI commissioners the record shows taking part: one presents item 8, the other asks to join a group. */
const NATIONAL_MEMBERS_PRESENT = ['Adrián Alcalá Méndez', 'Oscar Mauricio Guerra Ford'];

export interface DemoRollCallEntry {
  name: string;
  status: AttendanceStatus;
  /** First name the record gives after "represented by" (the rest is the office). */
  representative?: string;
}

/** The record's roll call as statuses: who answered, who sent a representative, who arrived late; the rest absent. */
export function demoRollCall(record: DemoRecord & DemoSessionRecord): DemoRollCallEntry[] {
  const { chair, secretary, roll_call, national_body_members } = record.people;
  const late = new Set(record.session.late_arrivals_recorded);
  return [
    { name: chair.name, status: 'present' },
    { name: secretary.name, status: 'present' },
    ...roll_call.map((r) => {
      const representative = r.represented_by?.split(',')[0].trim();
      const status: AttendanceStatus = representative ? 'represented' : r.answered ? 'present' : late.has(r.name) ? 'late' : 'absent';
      return { name: r.name, status, representative };
    }),
    ...national_body_members.map((m) => ({
      name: m.name,
      status: (NATIONAL_MEMBERS_PRESENT.includes(m.name) ? 'present' : 'absent') as AttendanceStatus,
    })),
  ];
}

/** The guests the record names taking part (not members of the commission), in the order they spoke. */
export const DEMO_INVITED = [
  { name: 'Victoria Alsina Burgués', organization: 'GovLab, New York University', role: 'Invitada académica' },
  {
    name: 'Raúl Cazares Urban',
    organization: 'Red Nacional de Comités de Participación Ciudadana',
    role: 'Presidente de la Comisión de Gobierno Abierto',
  },
  { name: 'Javier Moro', organization: 'GESOC', role: 'En representación del NOSC de la AGA México' },
  { name: 'Josefina Díaz', organization: 'Comité de Participación Ciudadana de Aguascalientes', role: null },
];

/** The record's three votes as decisions: item, kind (in the order taken), subject and outcome. */
export function demoDecisions(session: DemoSessionRecord['session']) {
  return session.votes.map((vote, index) => ({
    agendaItem: vote.agenda_item,
    kind: DECISION_KINDS[index] ?? 'other',
    subject: vote.subject,
    outcome: /unanim/.test(vote.result) ? ('unanimous' as const) : ('majority' as const),
  }));
}

/**
 * The 2021-02-15 session as the platform would hold it once run: closed, with its agenda, roll call,
 * the five representations (no letters: the record shows none, so the roll call warns), its invited
 * participants and the times 11:23–12:57 (its three decisions are recorded with the agreements, see demo-agreements). Its minutes are drafted from this on request.
 * Idempotent: skipped when the commission already has a session of that title.
 */
export async function loadDemoSession(em: EntityManager, record: DemoRecord, commissionId: string): Promise<void> {
  const { session } = record as DemoRecord & DemoSessionRecord;
  if (await em.existsBy(MeetingEntity, { commissionId, title: session.title })) return;
  const people = new Map((await em.find(PersonEntity, { select: { id: true, name: true } })).map((p) => [p.name, p.id]));
  const personId = (name: string) => {
    const id = people.get(name);
    if (!id) throw new Error(`demo session: no person named ${name}`);
    return id;
  };
  const openedAt = mexicoCityInstant(session.date, session.opened_at);
  const closedAt = mexicoCityInstant(session.date, session.closed_at);

  const meeting = await em.save(
    em.create(MeetingEntity, {
      commissionId,
      title: session.title,
      kind: session.kind,
      status: 'closed',
      scheduledAt: mexicoCityInstant(session.date, '11:00'),
      place: session.place,
      openedAt,
      closedAt,
      version: 1,
    }),
  );
  await em.save(
    session.agenda.map((item) =>
      em.create(AgendaItemEntity, {
        meetingId: meeting.id,
        position: item.n,
        title: item.title,
        kind: item.kind,
        presenter: item.presenter ?? null,
        minutesAllotted: item.minutes ?? null,
      }),
    ),
  );
  const entries = demoRollCall(record as DemoRecord & DemoSessionRecord);
  // The quorum declared at 11:23: late arrivals came after it.
  const members = (await em.findBy(CommissionMemberEntity, { commissionId })).filter((m) => isActiveOn(m, session.date));
  const atOpening = attendanceQuorum({
    members: members.map((m) => ({ personId: m.personId, votes: m.votes })),
    attendance: new Map(entries.map((e) => [personId(e.name), e.status === 'late' ? 'absent' : e.status] as [string, AttendanceStatus])),
    fraction: (await em.findOneByOrFail(CommissionEntity, { id: commissionId })).quorumFraction,
  });
  await em.update(
    MeetingEntity,
    { id: meeting.id },
    {
      openingQuorum: {
        votingMembers: atOpening.votingMembers,
        present: atOpening.present,
        represented: atOpening.represented,
        required: atOpening.required,
      },
    },
  );
  await em.insert(
    AttendanceEntity,
    entries.map((e) => ({
      meetingId: meeting.id,
      personId: personId(e.name),
      status: e.status,
      representativePersonId: e.representative ? personId(e.representative) : null,
      representativeName: e.representative ?? null,
      recordedAt: openedAt,
    })),
  );
  await em.insert(
    RepresentationEntity,
    entries
      .filter((e) => e.representative)
      .map((e) => ({
        meetingId: meeting.id,
        memberPersonId: personId(e.name),
        representativePersonId: personId(e.representative as string),
        representativeName: e.representative as string,
      })),
  );
  await em.insert(
    InvitedParticipantEntity,
    DEMO_INVITED.map((i) => ({ meetingId: meeting.id, ...i })),
  );
}
