import { DELIVERABLE_KINDS, DeliverableKind, DeliverableStatus, GroupRole, InputStatus, JoinChannel } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { CommissionEntity } from '../commissions/commission.entity';
import { DeliverableInputEntity } from '../deliverables/deliverable-input.entity';
import { DeliverableStatusChangeEntity } from '../deliverables/deliverable-status-change.entity';
import { DeliverableEntity } from '../deliverables/deliverable.entity';
import { GroupEventEntity } from '../groups/group-event.entity';
import { GroupMemberEntity } from '../groups/group-member.entity';
import { GroupPartnerOrganizationEntity } from '../groups/group-partner-organization.entity';
import { JoinRequestEntity } from '../groups/join-request.entity';
import { MilestoneEntity } from '../groups/milestone.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { demoPeople } from './demo-people';
import { DemoRecord } from './demo-record';

/** The parts of `demo-commission.json` about working groups and Commitment 13. */
export interface DemoGroupsRecord {
  working_groups: Array<{
    n: number;
    name: string;
    partners: string[];
    deliverables: Array<{ title: string; kind: string; note?: string; inputs?: string[] }>;
  }>;
  roadmap_commitment_13: { title: string; milestones: Array<{ date: string; title: string }> };
}

/** The Fourth Ordinary Session of 2020 approved the groups: members registered before 2021-02-15 count from then. */
const GROUPS_APPROVED_ON = '2020-12-17';
const SESSION_DAY = '2021-02-15';
const CHAIR = 'María del Carmen Nava Polina';
export const COMMITMENT_13 = 'Compromiso 13';

/** The record does not name who coordinates each group: the chair, who presented all three, does. */
const PURPOSES: Record<number, string> = {
  1: 'Generar un reporte de buenas prácticas de transparencia proactiva por COVID-19, una caja de herramientas para el decálogo de apertura y anticorrupción, y dar seguimiento a la ruta crítica de transparencia proactiva con los organismos garantes locales.',
  2: 'Transparentar y hacer accesible al público el trabajo de la Comisión (acervo documental y repositorio electrónico) y visibilizar los ejercicios locales de apertura y transparencia proactiva.',
  3: 'Apoyar el diagnóstico de la situación de apertura en las entidades federativas, mapear los ejercicios locales y proponer la armonización de las agendas local y federal hacia el quinto plan de acción.',
};

interface DemoMember {
  name: string;
  role: GroupRole;
  channel?: JoinChannel;
  requestedOn?: string;
  joinedOn?: string;
}

/**
 * Who takes part. Named in the record: Adrián Alcalá in all three; Guerra Ford and Ducoing joined group 1 in the
 * session; Mariana Contreras asked to join group 2 by email the day before; Josefina Román proposed the archives
 * work of group 2; Javier Moro (NOSC/GESOC) confirmed the three groups. The rest are a plausible subset of the
 * roll call that matches the counts the secretary read out (12 → 13, 9 → 10 with Mariana, 10).
 */
const MEMBERS: Record<number, DemoMember[]> = {
  1: [
    { name: CHAIR, role: 'coordinator' },
    { name: 'Adrián Alcalá Méndez', role: 'member' },
    { name: 'Oscar Mauricio Guerra Ford', role: 'member', channel: 'session', requestedOn: SESSION_DAY, joinedOn: SESSION_DAY },
    { name: 'María de los Ángeles Ducoing Valdepeña', role: 'member', channel: 'session', requestedOn: SESSION_DAY, joinedOn: SESSION_DAY },
    ...[
      'Evelia Elizabeth Monribot Domínguez',
      'Reyna Lizbeth Ortega Silva',
      'Francisco Reynaldo Guajardo',
      'María Antonieta Velásquez Chagoya',
      'José Alfredo Beltrán Estrada',
      'Martha Areli López Navarro',
      'Ricardo León Caraveo',
      'Carlos Fernando Pavón Duran',
      'Conrado Mendoza Márquez',
    ].map((name) => ({ name, role: 'member' as const })),
    { name: 'Javier Moro', role: 'partner' },
    { name: 'Raúl Cazares Urban', role: 'partner' },
    { name: 'Josefina Díaz', role: 'partner' },
  ],
  2: [
    { name: CHAIR, role: 'coordinator' },
    ...[
      'Adrián Alcalá Méndez',
      'Josefina Román Vergara',
      'Aldrin Martín Briceño Conrado',
      'María Elena Guadarrama Conejo',
      'María de los Ángeles Guzmán García',
      'Areli Yamilet Navarrete Naranjo',
      'Rebeca Lizette Buenrostro Gutiérrez',
      'Patricia Ordóñez León',
    ].map((name) => ({ name, role: 'member' as const })),
    { name: 'Mariana Contreras Soto', role: 'member', channel: 'email', requestedOn: '2021-02-14', joinedOn: SESSION_DAY },
    { name: 'Javier Moro', role: 'partner' },
  ],
  3: [
    { name: CHAIR, role: 'coordinator' },
    ...[
      'Adrián Alcalá Méndez',
      'Josefina Román Vergara',
      'Luis Gustavo Parra Noriega',
      'Jorge Alberto Ylizaliturri Guerrero',
      'Andrés Miranda Guerrero',
      'Amelia Lucía Martínez Portillo',
      'José Echavarría Trejo',
      'Javier Martínez Cruz',
      'Luz María Mariscal Cárdenas',
    ].map((name) => ({ name, role: 'member' as const })),
    { name: 'Javier Moro', role: 'partner' },
    { name: 'Victoria Alsina Burgués', role: 'partner' },
  ],
};

/** The record's partner names → organizations (the foundation seed created them). */
const PARTNER_ORGANIZATIONS: Record<string, string | null> = {
  'NOSC de la AGA México': 'Núcleo de Organizaciones de la Sociedad Civil de la AGA México',
  GESOC: 'GESOC',
  'Red Nacional de Comités de Participación Ciudadana del SNA':
    'Red Nacional de Comités de Participación Ciudadana del Sistema Nacional Anticorrupción',
  'Archivo General de la Nación': 'Archivo General de la Nación',
  'Secretariado Ejecutivo del Sistema Nacional': 'Secretariado Ejecutivo del Sistema Nacional de Transparencia',
  'instituciones académicas': 'GovLab, New York University',
  // A commission of the same system and the guarantor bodies themselves are not outside organizations.
  'Comisión de Archivos del Sistema': null,
  'organismos garantes': null,
};

/** Plausible owners, statuses and due dates (the record gives none; group 3's follow Commitment 13's dates). */
const DELIVERABLE_PLANS: Record<string, { owner?: string; status?: DeliverableStatus; dueOn?: string }> = {
  'Reporte de buenas prácticas de transparencia proactiva por COVID-19': { owner: CHAIR, status: 'in_progress' },
  'Caja de herramientas para implementar el decálogo de apertura y anticorrupción en COVID': { owner: CHAIR, status: 'in_review' },
  'Acervo documental de los trabajos de la Comisión, con un proyecto normativo que regule el proceso': {
    owner: 'Aldrin Martín Briceño Conrado',
  },
  'Libro de ensayos sobre experiencias locales de apertura para grupos en situación de vulnerabilidad': {
    owner: 'María Elena Guadarrama Conejo',
  },
  'Diagnóstico de la situación de apertura en las entidades federativas': { owner: 'Adrián Alcalá Méndez', dueOn: '2021-05-31' },
  'Propuestas para la armonización de las agendas local y federal de apertura hacia el quinto plan de acción': { dueOn: '2021-07-30' },
};

/** The four inputs of group 1's report, attributed to the people the record links to each theme. */
const INPUT_PLANS: Array<{ author: string; status: InputStatus; reason?: string; body: string }> = [
  {
    author: 'Oscar Mauricio Guerra Ford',
    status: 'accepted',
    reason: 'Sirve de base para el micrositio de vacunación que desarrollan el INAI y el grupo; se integra al reporte.',
    body: 'Metodología para que los sujetos obligados identifiquen los elementos mínimos de información sobre COVID-19 al diseñar y actualizar sus micrositios.',
  },
  {
    author: 'Javier Moro',
    status: 'pending',
    body: 'Propuesta del NOSC y GESOC sobre los elementos mínimos que deben incluir los micrositios COVID-19, a partir del grupo de transparencia COVID con el INAI y el Gobierno Federal.',
  },
  {
    author: 'María de los Ángeles Ducoing Valdepeña',
    status: 'accepted',
    reason:
      'La estrategia de Guanajuato (buscador de apoyos de oxígeno en los 46 municipios) documenta bien uno de los retos; se incorpora como ensayo.',
    body: 'Conjunto de ensayos que identifican los retos de transparencia proactiva y apertura, con la experiencia de Guanajuato como primer caso.',
  },
  {
    author: 'Raúl Cazares Urban',
    status: 'pending',
    body: 'Propuesta de obra colectiva con actores internos y externos, incluidos los Comités de Participación Ciudadana del Sistema Nacional Anticorrupción.',
  },
];

const kindOf = (kind: string): DeliverableKind =>
  (DELIVERABLE_KINDS as readonly string[]).includes(kind) ? (kind as DeliverableKind) : 'other';

/** The path a deliverable in `status` took from planned, for its history. */
const PATH_TO: Record<DeliverableStatus, DeliverableStatus[]> = {
  planned: [],
  in_progress: ['in_progress'],
  in_review: ['in_progress', 'in_review'],
  delivered: ['in_progress', 'in_review', 'delivered'],
  cancelled: ['cancelled'],
};

/**
 * Loads the three working groups of the 2021-02-15 record with members, partners, deliverables, the inputs of
 * group 1's report and Commitment 13's milestones. A group that already exists is left as it is (idempotent).
 * Commitment 13's milestones are left open: the record does not say any was done, so they show as overdue.
 */
export async function loadDemoGroups(em: EntityManager, record: DemoRecord): Promise<void> {
  const { working_groups: groups = [], roadmap_commitment_13: roadmap } = record as DemoRecord & Partial<DemoGroupsRecord>;
  const commission = await em.findOneByOrFail(CommissionEntity, { name: record.commission.name });
  const emails = new Map(demoPeople(record).map((p) => [p.name, p.email]));
  const people = new Map(
    (await em.find(PersonEntity, { select: { id: true, email: true, organizationId: true } })).map((p) => [p.email, p]),
  );
  const person = (name: string) => {
    const found = people.get(emails.get(name) ?? '');
    if (!found) throw new Error(`Demo groups: no person named ${name}`);
    return found;
  };
  const organizations = new Map((await em.find(OrganizationEntity, { select: { id: true, name: true } })).map((o) => [o.name, o.id]));
  const chairId = person(CHAIR).id;

  for (const demo of groups) {
    if (await em.existsBy(WorkingGroupEntity, { commissionId: commission.id, name: demo.name })) continue;
    const group = await em.save(
      em.create(WorkingGroupEntity, { commissionId: commission.id, name: demo.name, purpose: PURPOSES[demo.n] ?? demo.name }),
    );
    const events: Array<Partial<GroupEventEntity>> = [
      {
        groupId: group.id,
        kind: 'group_created',
        actorId: chairId,
        subject: demo.name,
        createdAt: new Date(`${GROUPS_APPROVED_ON}T18:00:00Z`),
      },
    ];

    for (const member of MEMBERS[demo.n] ?? []) {
      const who = person(member.name);
      const joinedOn = member.joinedOn ?? GROUPS_APPROVED_ON;
      await em.insert(GroupMemberEntity, {
        groupId: group.id,
        personId: who.id,
        role: member.role,
        channel: member.channel ?? null,
        joinedOn,
      });
      if (member.channel && member.requestedOn) {
        await em.insert(JoinRequestEntity, {
          groupId: group.id,
          personId: who.id,
          channel: member.channel,
          status: 'accepted',
          requestedOn: member.requestedOn,
          decidedById: chairId,
          decidedAt: new Date(`${joinedOn}T18:00:00Z`),
        });
        events.push({
          groupId: group.id,
          kind: 'member_added',
          actorId: chairId,
          subject: member.name,
          detail: member.role,
          createdAt: new Date(`${joinedOn}T18:30:00Z`),
        });
      }
    }

    for (const partner of demo.partners) {
      const organizationId = organizations.get(PARTNER_ORGANIZATIONS[partner] ?? '');
      if (organizationId) await em.insert(GroupPartnerOrganizationEntity, { groupId: group.id, organizationId });
    }

    for (const item of demo.deliverables) {
      const plan = DELIVERABLE_PLANS[item.title] ?? {};
      const status = plan.status ?? 'planned';
      const deliverable = await em.save(
        em.create(DeliverableEntity, {
          groupId: group.id,
          title: item.title,
          kind: kindOf(item.kind),
          description: item.note ? noteInSpanish(item.note) : null,
          ownerId: plan.owner ? person(plan.owner).id : null,
          dueOn: plan.dueOn ?? null,
          status,
        }),
      );
      let from: DeliverableStatus | null = null;
      for (const [step, to] of ['planned' as const, ...PATH_TO[status]].entries()) {
        await em.insert(DeliverableStatusChangeEntity, {
          deliverableId: deliverable.id,
          fromStatus: from,
          toStatus: to,
          changedById: chairId,
          createdAt: new Date(Date.UTC(2020, 11, 17 + 7 * step, 18)),
        });
        from = to;
      }
      for (const [index, title] of (item.inputs ?? []).entries()) {
        const plan = INPUT_PLANS[index];
        const author = person(plan.author);
        const reviewed = plan.status !== 'pending';
        await em.insert(DeliverableInputEntity, {
          deliverableId: deliverable.id,
          title,
          body: plan.body,
          authorId: author.id,
          organizationId: author.organizationId,
          status: plan.status,
          reason: plan.reason ?? null,
          reviewedById: reviewed ? chairId : null,
          reviewedAt: reviewed ? new Date(`${SESSION_DAY}T20:00:00Z`) : null,
          createdAt: new Date(`${SESSION_DAY}T16:0${index}:00Z`),
        });
        events.push({
          groupId: group.id,
          kind: 'input_submitted',
          actorId: author.id,
          subject: title,
          detail: item.title,
          createdAt: new Date(`${SESSION_DAY}T16:0${index}:00Z`),
        });
      }
    }
    await em.insert(GroupEventEntity, events);
  }

  if (roadmap && !(await em.existsBy(MilestoneEntity, { commissionId: commission.id, commitment: COMMITMENT_13 }))) {
    await em.insert(
      MilestoneEntity,
      roadmap.milestones.map((m) => ({
        commissionId: commission.id,
        groupId: null,
        commitment: COMMITMENT_13,
        title: m.title,
        dueOn: m.date,
      })),
    );
  }
}

/** The JSON's notes are in English; the demo speaks Spanish. */
function noteInSpanish(note: string): string {
  const known: Record<string, string> = {
    'for review, discussion, enrichment and eventual adoption by the local guarantor bodies':
      'Para revisión, discusión, enriquecimiento y eventual adopción por los organismos garantes locales.',
    'jointly with the Comisión de Capacitación': 'En coordinación con la Comisión de Capacitación.',
    'with the Comisión de Derechos Humanos, Equidad de Género e Inclusión Social':
      'Con la Comisión de Derechos Humanos, Equidad de Género e Inclusión Social.',
  };
  return known[note] ?? note;
}
