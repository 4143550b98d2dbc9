import { EntityManager } from 'typeorm';
import { createAgreement } from '../agreements/create-agreement';
import { CommissionMemberEntity } from '../commissions/commission-member.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { GroupMemberEntity } from '../groups/group-member.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { AgendaItemEntity } from '../meetings/entities/agenda-item.entity';
import { AttendanceEntity } from '../meetings/entities/attendance.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { PersonEntity } from '../people/person.entity';
import { demoPeople } from './demo-people';
import { DemoRecord } from './demo-record';
import { mexicoCityInstant } from './demo-session';

/** A second, smaller commission of the SNT, named in the record as working with this one (the AGN offered to join group 2). */
export const ARCHIVES_COMMISSION = {
  name: 'Comisión de Archivos y Gestión Documental',
  acronym: 'CAGD',
  agreementPrefix: 'CAGD',
  system: 'Sistema Nacional de Transparencia, Acceso a la Información Pública y Protección de Datos Personales',
  chairTitle: 'Comisionada Coordinadora',
  secretaryTitle: 'Comisionado Secretario',
  quorumFraction: 0.5,
  legalBasis: 'Lineamientos de Organización y Funcionamiento de las Instancias del Sistema',
};

/**
 * Its members: four sit on the transparency commission too (the secretary keeps the same office, two commissioners
 * change role), one does not (he left that commission on 2021-02-08 and joined this one).
 */
const MEMBERS = [
  { name: 'Josefina Román Vergara', role: 'chair', since: '2020-01-01' },
  { name: 'Luis Gustavo Parra Noriega', role: 'secretary', since: '2020-01-01' },
  { name: 'Mariana Contreras Soto', role: 'commissioner', since: '2020-01-01' },
  { name: 'Paulina Elizabeth Compean Torres', role: 'commissioner', since: '2020-01-01' },
  { name: 'Pedro Delfino Arzeta García', role: 'commissioner', since: '2021-02-09' },
] as const;

/** Held before the first commission's sessions of the record, so theirs stay the newest the portal shows. */
const SESSION = { title: 'Primera Sesión Ordinaria 2020 de Archivos', date: '2020-11-26', opened: '11:00', closed: '12:10' };

const AGREEMENT =
  'Se aprueba el programa de trabajo 2021 de la Comisión de Archivos y Gestión Documental, que incluye la guía de ' +
  'organización de archivos de las comisiones del Sistema.';

/**
 * Loads the second commission, its members, one working group and one held session with its agreement; answers its
 * id, or null when it was already there.
 */
export async function loadArchivesCommission(em: EntityManager, record: DemoRecord): Promise<string | null> {
  if (await em.existsBy(CommissionEntity, { name: ARCHIVES_COMMISSION.name })) return null;
  const commission = await em.save(em.create(CommissionEntity, { ...ARCHIVES_COMMISSION, rules: {} }));
  const emails = new Map(demoPeople(record).map((p) => [p.name, p.email]));
  const people = new Map((await em.find(PersonEntity, { select: { id: true, email: true } })).map((p) => [p.email, p.id]));
  const personId = (name: string) => {
    const id = people.get(emails.get(name) ?? '');
    if (!id) throw new Error(`Archives commission: no person named ${name}`);
    return id;
  };
  await em.insert(
    CommissionMemberEntity,
    MEMBERS.map((m) => ({ commissionId: commission.id, personId: personId(m.name), role: m.role, votes: true, since: m.since })),
  );

  const group = await em.save(
    em.create(WorkingGroupEntity, {
      commissionId: commission.id,
      name: 'Grupo de Trabajo de Archivos de Transparencia',
      purpose: 'Elaborar la guía de organización y conservación de los archivos de las comisiones del Sistema.',
    }),
  );
  await em.insert(GroupMemberEntity, [
    { groupId: group.id, personId: personId('Josefina Román Vergara'), role: 'coordinator', joinedOn: SESSION.date },
    { groupId: group.id, personId: personId('Pedro Delfino Arzeta García'), role: 'member', joinedOn: '2021-02-09' },
  ]);

  const meeting = await em.save(
    em.create(MeetingEntity, {
      commissionId: commission.id,
      title: SESSION.title,
      kind: 'ordinary',
      status: 'closed',
      scheduledAt: mexicoCityInstant(SESSION.date, SESSION.opened),
      convenedAt: mexicoCityInstant('2020-11-19', '10:00'),
      openedAt: mexicoCityInstant(SESSION.date, SESSION.opened),
      closedAt: mexicoCityInstant(SESSION.date, SESSION.closed),
      place: 'Sesión virtual por videoconferencia',
      version: 1,
    }),
  );
  await em.insert(AgendaItemEntity, [
    { meetingId: meeting.id, position: 1, title: 'Lista de asistencia y declaración de quórum', kind: 'procedural' },
    { meetingId: meeting.id, position: 2, title: 'Aprobación del programa de trabajo 2021', kind: 'vote' },
  ]);
  // Those seated on the session's day were present (he joined later).
  const seated = MEMBERS.filter((m) => m.since <= SESSION.date);
  await em.insert(
    AttendanceEntity,
    seated.map((m) => ({ meetingId: meeting.id, personId: personId(m.name), status: 'present' as const })),
  );
  await createAgreement(em, { meetingId: meeting.id, text: AGREEMENT, adoption: 'unanimity', yes: seated.length, no: 0, abstain: 0 });
  return commission.id;
}
