import { PublicApiRoutes, PublicDataset, PublicDatasetName, PublicFieldType } from '@cocrea/contracts';
import { ExportColumn } from '../common/export';
import type { PublicDeliverableRow } from '../deliverables';

type Cell = string | number | boolean | null;
type Text = { es: string; en: string };

interface Field<R> {
  name: string;
  type: PublicFieldType;
  description: Text;
  value: (row: R) => Cell;
}

interface DatasetSpec<R> {
  title: Text;
  description: Text;
  fields: Field<R>[];
}

const f = <R>(name: string, type: PublicFieldType, es: string, en: string, value: (row: R) => Cell): Field<R> => ({
  name,
  type,
  description: { es, en },
  value,
});

/** Rows each dataset is built from (what the loaders in PublicOpenDataService return). */
export interface DatasetRows {
  members: {
    personId: string;
    name: string;
    title: string | null;
    role: string;
    votes: boolean;
    organization: string | null;
    state: string | null;
    since: string | null;
    until: string | null;
  };
  sessions: {
    id: string;
    title: string;
    kind: string;
    status: string;
    scheduledAt: string;
    place: string | null;
    openedAt: string | null;
    closedAt: string | null;
    agreementCount: number;
    minutesApproved: boolean;
  };
  attendance: {
    meetingId: string;
    meetingTitle: string;
    date: string;
    personId: string;
    name: string;
    organization: string | null;
    state: string | null;
    status: string;
    representedBy: string | null;
  };
  agreements: {
    id: string;
    number: string;
    meetingId: string;
    meetingTitle: string;
    meetingDate: string;
    text: string;
    adoptedBy: string;
    yes: number | null;
    no: number | null;
    abstain: number | null;
    responsible: string | null;
    dueOn: string | null;
    status: string;
    overdue: boolean;
  };
  votes: {
    pollId: string;
    meetingId: string;
    meetingTitle: string;
    date: string;
    subject: string;
    agreementNumber: string | null;
    personId: string;
    name: string;
    choice: string;
    meaning: string;
    castBy: string | null;
  };
  deliverables: PublicDeliverableRow;
  documents: {
    id: string;
    documentId: string;
    documentTitle: string;
    number: number;
    name: string | null;
    groupName: string | null;
    publishedAt: string | null;
    redacted: boolean;
  };
}

/**
 * The data dictionary: one table per dataset, from which both the published description and the CSV/JSON
 * columns are generated, so the documentation cannot drift from the files.
 */
export const DATASETS: { [K in PublicDatasetName]: DatasetSpec<DatasetRows[K]> } = {
  members: {
    title: { es: 'Integrantes de la comisión', en: 'Members of the commission' },
    description: {
      es: 'Quién integra la comisión, con su cargo, institución y entidad federativa.',
      en: 'Who sits on the commission, with role, institution and state.',
    },
    fields: [
      f('person_id', 'uuid', 'Identificador estable de la persona.', 'Stable identifier of the person.', (r) => r.personId),
      f('name', 'string', 'Nombre completo.', 'Full name.', (r) => r.name),
      f('title', 'string', 'Cargo o tratamiento.', 'Office or honorific.', (r) => r.title),
      f(
        'role',
        'string',
        'Papel: chair, secretary, commissioner u observer.',
        'Role: chair, secretary, commissioner or observer.',
        (r) => r.role,
      ),
      f('votes', 'boolean', 'Si tiene derecho a voto.', 'Whether the member votes.', (r) => r.votes),
      f('organization', 'string', 'Institución a la que pertenece.', 'Institution the member belongs to.', (r) => r.organization),
      f('state', 'string', 'Entidad federativa de la institución.', 'State of the institution.', (r) => r.state),
      f('since', 'date', 'Inicio del cargo en la comisión.', 'Start of membership.', (r) => r.since),
      f('until', 'date', 'Fin del cargo (vacío si sigue).', 'End of membership (empty while current).', (r) => r.until),
    ],
  },
  sessions: {
    title: { es: 'Sesiones', en: 'Sessions' },
    description: {
      es: 'Sesiones convocadas, en curso y celebradas (las convocatorias no emitidas no se publican).',
      en: 'Sessions called, under way and held (calls not yet issued are not published).',
    },
    fields: [
      f('session_id', 'uuid', 'Identificador estable de la sesión.', 'Stable identifier of the session.', (r) => r.id),
      f('title', 'string', 'Título de la sesión.', 'Title of the session.', (r) => r.title),
      f('kind', 'string', 'Tipo: ordinary, extraordinary o working.', 'Kind: ordinary, extraordinary or working.', (r) => r.kind),
      f('status', 'string', 'Estado: convened, open o closed.', 'Status: convened, open or closed.', (r) => r.status),
      f('scheduled_at', 'datetime', 'Fecha y hora convocadas (UTC).', 'Scheduled date and time (UTC).', (r) => r.scheduledAt),
      f('place', 'string', 'Lugar o modalidad.', 'Place or format.', (r) => r.place),
      f('opened_at', 'datetime', 'Apertura (UTC).', 'Opened at (UTC).', (r) => r.openedAt),
      f('closed_at', 'datetime', 'Clausura (UTC).', 'Closed at (UTC).', (r) => r.closedAt),
      f('agreement_count', 'integer', 'Acuerdos adoptados.', 'Agreements adopted.', (r) => r.agreementCount),
      f('minutes_approved', 'boolean', 'Si el acta ya fue aprobada.', 'Whether the minutes are approved.', (r) => r.minutesApproved),
    ],
  },
  attendance: {
    title: { es: 'Asistencia', en: 'Attendance' },
    description: {
      es: 'Pase de lista de cada sesión celebrada: presente, representado (y por quién), retardo o ausente.',
      en: 'Roll call of each session held: present, represented (and by whom), late or absent.',
    },
    fields: [
      f('session_id', 'uuid', 'Sesión.', 'Session.', (r) => r.meetingId),
      f('session_title', 'string', 'Título de la sesión.', 'Title of the session.', (r) => r.meetingTitle),
      f('session_date', 'date', 'Fecha de la sesión (hora de la Ciudad de México).', 'Date of the session (Mexico City).', (r) => r.date),
      f('person_id', 'uuid', 'Integrante.', 'Member.', (r) => r.personId),
      f('name', 'string', 'Nombre del integrante.', 'Name of the member.', (r) => r.name),
      f('organization', 'string', 'Institución.', 'Institution.', (r) => r.organization),
      f('state', 'string', 'Entidad federativa.', 'State.', (r) => r.state),
      f('status', 'string', 'present, represented, late o absent.', 'present, represented, late or absent.', (r) => r.status),
      f('represented_by', 'string', 'Nombre de quien lo representó.', 'Name of the representative.', (r) => r.representedBy),
    ],
  },
  agreements: {
    title: { es: 'Acuerdos', en: 'Agreements' },
    description: {
      es: 'Acuerdos adoptados en sesión, con su votación y su estado de seguimiento.',
      en: 'Agreements adopted in session, with their vote and follow-up status.',
    },
    fields: [
      f(
        'number',
        'string',
        'Número de acuerdo: identificador estable y citable.',
        'Agreement number: stable, citable identifier.',
        (r) => r.number,
      ),
      f('agreement_id', 'uuid', 'Identificador interno estable.', 'Stable internal identifier.', (r) => r.id),
      f('session_id', 'uuid', 'Sesión que lo adoptó.', 'Session that adopted it.', (r) => r.meetingId),
      f('session_title', 'string', 'Título de la sesión.', 'Title of the session.', (r) => r.meetingTitle),
      f('session_date', 'date', 'Fecha de la sesión.', 'Date of the session.', (r) => r.meetingDate),
      f('text', 'string', 'Texto del acuerdo.', 'Text of the agreement.', (r) => r.text),
      f('adopted_by', 'string', 'Cómo se adoptó ("por unanimidad", "por mayoría…").', 'How it was adopted.', (r) => r.adoptedBy),
      f('yes', 'integer', 'Votos a favor.', 'Votes in favour.', (r) => r.yes),
      f('no', 'integer', 'Votos en contra.', 'Votes against.', (r) => r.no),
      f('abstain', 'integer', 'Abstenciones.', 'Abstentions.', (r) => r.abstain),
      f('responsible', 'string', 'Responsable del cumplimiento.', 'Who is responsible.', (r) => r.responsible),
      f('due_on', 'date', 'Fecha compromiso.', 'Due date.', (r) => r.dueOn),
      f(
        'status',
        'string',
        'Seguimiento: pending, in_progress o attended.',
        'Follow-up: pending, in_progress or attended.',
        (r) => r.status,
      ),
      f('overdue', 'boolean', 'Si venció sin atenderse.', 'Whether it is past due and not attended.', (r) => r.overdue),
    ],
  },
  votes: {
    title: { es: 'Votaciones nominales', en: 'Named votes' },
    description: {
      es: 'Cada voto nominal con su nombre. De las votaciones secretas solo se publican los totales (en las sesiones).',
      en: 'Each named vote with its voter. Secret polls publish totals only (in the sessions).',
    },
    fields: [
      f('poll_id', 'uuid', 'Votación.', 'Poll.', (r) => r.pollId),
      f('session_id', 'uuid', 'Sesión.', 'Session.', (r) => r.meetingId),
      f('session_title', 'string', 'Título de la sesión.', 'Title of the session.', (r) => r.meetingTitle),
      f('session_date', 'date', 'Fecha de la sesión.', 'Date of the session.', (r) => r.date),
      f('subject', 'string', 'Asunto votado.', 'Subject put to the vote.', (r) => r.subject),
      f('agreement_number', 'string', 'Acuerdo que resultó, si hubo.', 'Resulting agreement, if any.', (r) => r.agreementNumber),
      f('person_id', 'uuid', 'Integrante.', 'Member.', (r) => r.personId),
      f('name', 'string', 'Nombre del integrante.', 'Name of the member.', (r) => r.name),
      f('choice', 'string', 'Opción elegida.', 'Option chosen.', (r) => r.choice),
      f('meaning', 'string', 'yes, no, abstain o choice.', 'yes, no, abstain or choice.', (r) => r.meaning),
      f('cast_by', 'string', 'Representante que emitió el voto, si lo hubo.', 'Representative who cast it, if any.', (r) => r.castBy),
    ],
  },
  deliverables: {
    title: { es: 'Entregables de los grupos de trabajo', en: 'Deliverables of the working groups' },
    description: {
      es: 'Entregables de cada grupo con su estado y fecha compromiso (sin insumos no publicados de socios).',
      en: "Each group's deliverables with status and due date (no unpublished partner inputs).",
    },
    fields: [
      f('deliverable_id', 'uuid', 'Identificador del entregable.', 'Deliverable identifier.', (r) => r.id),
      f('group_id', 'uuid', 'Grupo de trabajo.', 'Working group.', (r) => r.groupId),
      f('group_name', 'string', 'Nombre del grupo.', 'Name of the group.', (r) => r.groupName),
      f('title', 'string', 'Título.', 'Title.', (r) => r.title),
      f('kind', 'string', 'Tipo de entregable.', 'Kind of deliverable.', (r) => r.kind),
      f(
        'status',
        'string',
        'planned, in_progress, in_review, delivered o cancelled.',
        'planned, in_progress, in_review, delivered or cancelled.',
        (r) => r.status,
      ),
      f('due_on', 'date', 'Fecha compromiso.', 'Due date.', (r) => r.dueOn),
    ],
  },
  documents: {
    title: { es: 'Versiones publicadas de documentos', en: 'Published document versions' },
    description: {
      es: 'Versiones publicadas; cuando hay versión pública (datos personales testados) se publica esa.',
      en: 'Published versions; where a public version (personal data redacted) exists, that one is published.',
    },
    fields: [
      f('version_id', 'uuid', 'Identificador estable de la versión.', 'Stable identifier of the version.', (r) => r.id),
      f('document_id', 'uuid', 'Documento.', 'Document.', (r) => r.documentId),
      f('document_title', 'string', 'Título del documento.', 'Title of the document.', (r) => r.documentTitle),
      f('number', 'integer', 'Número de versión.', 'Version number.', (r) => r.number),
      f('name', 'string', 'Nombre de la versión.', 'Name of the version.', (r) => r.name),
      f('group_name', 'string', 'Grupo de trabajo, si es de uno.', 'Working group, if any.', (r) => r.groupName),
      f('published_at', 'datetime', 'Publicación (UTC).', 'Published at (UTC).', (r) => r.publishedAt),
      f(
        'redacted',
        'boolean',
        'Si lo publicado es una versión pública testada.',
        'Whether what is published is a redacted public version.',
        (r) => r.redacted,
      ),
    ],
  },
};

/** The CSV/JSON columns of a dataset, straight from its dictionary entry. */
export function exportColumns<K extends PublicDatasetName>(name: K): ExportColumn<DatasetRows[K]>[] {
  const spec = DATASETS[name] as DatasetSpec<DatasetRows[K]>;
  return spec.fields.map((field) => ({ field: field.name, value: field.value }));
}

/** The published data dictionary. */
export function dataDictionary(): PublicDataset[] {
  return (Object.keys(DATASETS) as PublicDatasetName[]).map((name) => {
    const spec = DATASETS[name] as DatasetSpec<unknown>;
    return {
      name,
      title: spec.title,
      description: spec.description,
      csvUrl: PublicApiRoutes.dataset(name, 'csv'),
      jsonUrl: PublicApiRoutes.dataset(name, 'json'),
      fields: spec.fields.map(({ name: field, type, description }) => ({ name: field, type, description })),
    };
  });
}
