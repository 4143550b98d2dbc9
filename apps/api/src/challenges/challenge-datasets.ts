import { ChallengeDataset, ChallengeDatasetInfo } from '@cocrea/contracts';
import { ExportColumn } from '../common/export';

type Cell = string | number | boolean | null;
type FieldType = ChallengeDatasetInfo['fields'][number]['type'];

export interface ChallengeDatasetRows {
  ideas: {
    ideaId: string;
    problemId: string;
    institution: string;
    problem: string;
    title: string;
    author: string;
    submittedAt: string;
    status: string;
    declineReason: string | null;
    duplicateOfId: string | null;
    supports: number;
  };
  supports: { ideaId: string; day: string; supports: number };
  scores: { ideaId: string; kind: string; scorer: string; score: number; justification: string; createdAt: string };
  ranking: {
    problemId: string;
    ideaId: string;
    title: string;
    position: number;
    tiedWith: string;
    supports: number;
    maxSupports: number;
    supportNormalized: number;
    feasibilityAverage: number | null;
    juryAverage: number | null;
    supportPoints: number;
    feasibilityPoints: number;
    juryPoints: number;
    total: number;
    winner: boolean;
  };
}

interface Field<R> {
  name: string;
  type: FieldType;
  description: { es: string; en: string };
  value: (row: R) => Cell;
}

const f = <R>(name: string, type: FieldType, es: string, en: string, value: (row: R) => Cell): Field<R> => ({
  name,
  type,
  description: { es, en },
  value,
});

interface Spec<R> {
  title: { es: string; en: string };
  description: { es: string; en: string };
  fields: Field<R>[];
}

/** The open data of a challenge and its data dictionary: one spec per dataset gives both the columns and their meaning. */
const DATASETS: { [K in ChallengeDataset]: Spec<ChallengeDatasetRows[K]> } = {
  ideas: {
    title: { es: 'Ideas', en: 'Ideas' },
    description: {
      es: 'Cada idea con la respuesta del filtrado y sus apoyos.',
      en: 'Each idea with the filtering answer and its supports.',
    },
    fields: [
      f('idea_id', 'uuid', 'Idea.', 'Idea.', (r) => r.ideaId),
      f('problem_id', 'uuid', 'Problema.', 'Problem.', (r) => r.problemId),
      f('institution', 'string', 'Institución que planteó el problema.', 'Institution that stated the problem.', (r) => r.institution),
      f('problem', 'string', 'Título del problema.', 'Title of the problem.', (r) => r.problem),
      f('title', 'string', 'Título de la idea.', 'Title of the idea.', (r) => r.title),
      f('author', 'string', 'Quien la propuso.', 'Who proposed it.', (r) => r.author),
      f('submitted_at', 'datetime', 'Cuándo se envió (UTC).', 'When it was submitted (UTC).', (r) => r.submittedAt),
      f('status', 'string', 'submitted, admitted o declined.', 'submitted, admitted or declined.', (r) => r.status),
      f(
        'decline_reason',
        'string',
        'incomplete, out_of_scope o duplicate.',
        'incomplete, out_of_scope or duplicate.',
        (r) => r.declineReason,
      ),
      f('duplicate_of_id', 'uuid', 'Idea que repite, si es duplicada.', 'Idea it repeats, if a duplicate.', (r) => r.duplicateOfId),
      f('supports', 'integer', 'Apoyos recibidos.', 'Supports received.', (r) => r.supports),
    ],
  },
  supports: {
    title: { es: 'Apoyos por idea y día', en: 'Supports per idea per day' },
    description: {
      es: 'Apoyos agregados por idea y día (hora de la Ciudad de México); no identifica a nadie.',
      en: 'Supports aggregated per idea and day (Mexico City time); identifies no one.',
    },
    fields: [
      f('idea_id', 'uuid', 'Idea.', 'Idea.', (r) => r.ideaId),
      f('day', 'date', 'Día.', 'Day.', (r) => r.day),
      f('supports', 'integer', 'Apoyos dados ese día.', 'Supports given that day.', (r) => r.supports),
    ],
  },
  scores: {
    title: { es: 'Calificaciones', en: 'Scores' },
    description: {
      es: 'Calificaciones de factibilidad y del jurado (estas, al cerrar su fase), con su justificación.',
      en: 'Feasibility and jury scores (the latter once the jury phase closes), with their justification.',
    },
    fields: [
      f('idea_id', 'uuid', 'Idea.', 'Idea.', (r) => r.ideaId),
      f('kind', 'string', 'feasibility o jury.', 'feasibility or jury.', (r) => r.kind),
      f('scorer', 'string', 'Quien calificó.', 'Who scored.', (r) => r.scorer),
      f('score', 'integer', 'Calificación de 0 a 10.', 'Score from 0 to 10.', (r) => r.score),
      f('justification', 'string', 'Justificación escrita.', 'Written justification.', (r) => r.justification),
      f('created_at', 'datetime', 'Cuándo (UTC).', 'When (UTC).', (r) => r.createdAt),
    ],
  },
  ranking: {
    title: { es: 'Ranking', en: 'Ranking' },
    description: {
      es: 'El ranking ponderado de cada problema con su aritmética: puntos = peso × valor normalizado; total sobre 100.',
      en: "Each problem's weighted ranking with its arithmetic: points = weight × normalized value; total out of 100.",
    },
    fields: [
      f('problem_id', 'uuid', 'Problema.', 'Problem.', (r) => r.problemId),
      f('idea_id', 'uuid', 'Idea.', 'Idea.', (r) => r.ideaId),
      f('title', 'string', 'Título de la idea.', 'Title of the idea.', (r) => r.title),
      f('position', 'integer', 'Lugar en el problema.', 'Place in the problem.', (r) => r.position),
      f('tied_with', 'string', 'Ideas empatadas (ids separados por espacio).', 'Tied ideas (space-separated ids).', (r) => r.tiedWith),
      f('supports', 'integer', 'Apoyos.', 'Supports.', (r) => r.supports),
      f(
        'max_supports',
        'integer',
        'Apoyos de la idea más apoyada del problema.',
        'Supports of the most supported idea of the problem.',
        (r) => r.maxSupports,
      ),
      f('support_normalized', 'number', 'Apoyos ÷ máximo.', 'Supports ÷ maximum.', (r) => r.supportNormalized),
      f('feasibility_average', 'number', 'Promedio de factibilidad (0–10).', 'Feasibility average (0–10).', (r) => r.feasibilityAverage),
      f('jury_average', 'number', 'Promedio del jurado (0–10).', 'Jury average (0–10).', (r) => r.juryAverage),
      f(
        'support_points',
        'number',
        'Peso de apoyos × apoyos normalizados.',
        'Support weight × normalized support.',
        (r) => r.supportPoints,
      ),
      f(
        'feasibility_points',
        'number',
        'Peso de factibilidad × promedio ÷ 10.',
        'Feasibility weight × average ÷ 10.',
        (r) => r.feasibilityPoints,
      ),
      f('jury_points', 'number', 'Peso del jurado × promedio ÷ 10.', 'Jury weight × average ÷ 10.', (r) => r.juryPoints),
      f('total', 'number', 'Suma de los puntos (0–100).', 'Sum of the points (0–100).', (r) => r.total),
      f('winner', 'boolean', 'Si la institución la declaró ganadora.', 'Whether the institution declared it a winner.', (r) => r.winner),
    ],
  },
};

export function challengeExportColumns<K extends ChallengeDataset>(name: K): ExportColumn<ChallengeDatasetRows[K]>[] {
  return (DATASETS[name] as Spec<ChallengeDatasetRows[K]>).fields.map((field) => ({ field: field.name, value: field.value }));
}

export function challengeDataDictionary(): ChallengeDatasetInfo[] {
  return (Object.keys(DATASETS) as ChallengeDataset[]).map((name) => {
    const spec = DATASETS[name] as Spec<unknown>;
    return {
      name,
      title: spec.title,
      description: spec.description,
      fields: spec.fields.map(({ name: n, type, description }) => ({ name: n, type, description })),
    };
  });
}
