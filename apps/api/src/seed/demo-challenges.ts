import { CHALLENGE_SCORE_MAX, ChallengePhase, DeclineReason } from '@cocrea/contracts';
import { commissionInstant, rankedWinners, rankIdeas } from '@cocrea/domain';
import { EntityManager } from 'typeorm';
import {
  ChallengeConflictEntity,
  ChallengeEntity,
  ChallengeIdeaEntity,
  ChallengeMemberEntity,
  ChallengePhaseEntity,
  ChallengePilotEntity,
  ChallengePilotMilestoneEntity,
  ChallengeProblemEntity,
  ChallengeScoreEntity,
  ChallengeSupportEntity,
  ChallengeWinnersDecisionEntity,
} from '../challenges/entities';
import { PersonEntity } from '../people/person.entity';
import { DEMO_EMAIL_DOMAIN, SECRETARY_EMAIL } from './demo-accounts';

/**
 * A Multi City Challenge–shaped example (item 6 of the 2021-02-15 session: GovLab's Multi City Challenge México 2020):
 * five municipalities with two problems each, three ideas per problem answered by filtering, citizen supports, the
 * municipal teams' feasibility scores, an expert jury (one declared conflict), one winner per problem decided by
 * the published ranking, and eight of the ten winners followed as pilots. Idempotent: skipped once it exists.
 */
export const DEMO_CHALLENGE_TITLE = 'Multi City Challenge México 2020';

const CALENDAR: Array<[ChallengePhase, string, string]> = [
  ['ideas', '2020-08-03', '2020-09-04'],
  ['filtering', '2020-09-04', '2020-09-14'],
  ['vote', '2020-09-14', '2020-09-28'],
  ['feasibility', '2020-09-28', '2020-10-19'],
  ['jury', '2020-10-19', '2020-11-09'],
  ['winners', '2020-11-09', '2020-11-23'],
  ['pilots', '2020-11-23', '2027-12-31'],
];
const RULES: Record<ChallengePhase, string> = {
  ideas: 'Cualquier persona con cuenta verificada propone ideas a un problema y las edita hasta el cierre.',
  filtering: 'Cada idea se admite o se declina con su motivo (incompleta, fuera de alcance o duplicada).',
  vote: 'Hasta 3 apoyos por persona en cada problema, modificables hasta el cierre.',
  feasibility: 'El equipo de cada municipio califica de 0 a 10 la factibilidad con una justificación escrita.',
  jury: 'El jurado experto califica de 0 a 10; quien declara un conflicto de interés no califica esa idea.',
  winners: 'Una idea ganadora por problema, según el ranking ponderado; las excepciones se justifican.',
  pilots: 'Las ganadoras se implementan como pilotos con mentoría, hitos y evidencia.',
};

const mexicoCity = (day: string, hour = 9) => commissionInstant(day, `${String(hour).padStart(2, '0')}:00`);

interface DemoIdea {
  title: string;
  description: string;
  beneficiaries: string;
  declined?: DeclineReason;
}
interface DemoProblem {
  title: string;
  context: string;
  ideas: [DemoIdea, DemoIdea, DemoIdea];
}

const idea = (title: string, description: string, beneficiaries: string, declined?: DeclineReason): DemoIdea => ({
  title,
  description,
  beneficiaries,
  declined,
});

const MUNICIPALITIES: Array<{ name: string; official: string; problems: [DemoProblem, DemoProblem] }> = [
  {
    name: 'Reynosa',
    official: 'Equipo municipal de Reynosa',
    problems: [
      {
        title: 'Fugas de agua que tardan semanas en atenderse',
        context: 'Los reportes llegan por teléfono y no hay forma de saber en qué estado están ni cuánto tardan.',
        ideas: [
          idea(
            'Mapa público de reportes de fugas',
            'Un mapa abierto donde cada reporte tiene folio, estado y fecha de atención.',
            'Vecinas y vecinos de colonias con fugas frecuentes.',
          ),
          idea(
            'Reportes por mensajería con foto y ubicación',
            'Un número de mensajería que recibe foto y ubicación y devuelve el folio.',
            'Personas sin acceso a computadora.',
          ),
          idea('App de fugas', 'Una aplicación.', 'Todos.', 'incomplete'),
        ],
      },
      {
        title: 'Información de obra pública difícil de consultar',
        context: 'Los contratos y avances de obra se publican en documentos escaneados, sin fechas ni montos comparables.',
        ideas: [
          idea(
            'Fichas de obra con datos abiertos',
            'Cada obra con su contrato, monto, avance y fotos, descargable en CSV.',
            'Periodistas, contralorías sociales y vecinos.',
          ),
          idea(
            'Letreros con código QR en cada obra',
            'Un QR en el letrero lleva a la ficha de la obra con su avance.',
            'Quienes pasan frente a la obra.',
          ),
          idea(
            'Recorridos ciudadanos de verificación',
            'Comités vecinales verifican el avance y publican su reporte.',
            'Colonias donde se construye.',
          ),
        ],
      },
    ],
  },
  {
    name: 'San Nicolás de los Garza',
    official: 'Equipo municipal de San Nicolás de los Garza',
    problems: [
      {
        title: 'Alumbrado público fundido sin seguimiento',
        context: 'Las luminarias fundidas se reportan varias veces y nadie sabe cuándo se repararán.',
        ideas: [
          idea(
            'Censo abierto de luminarias',
            'Cada luminaria con número, estado y fecha de la última reparación.',
            'Personas que caminan de noche.',
          ),
          idea(
            'Reporte de luminarias por código en el poste',
            'Un código pintado en el poste permite reportarla en un paso.',
            'Vecinas y vecinos.',
          ),
          idea('Inventario de luminarias en línea', 'Publicar en línea la lista de luminarias y su estado.', 'Vecinos.', 'duplicate'),
        ],
      },
      {
        title: 'Trámites de licencias de construcción opacos',
        context: 'No se sabe en qué paso va una licencia ni cuánto tarda cada dependencia.',
        ideas: [
          idea(
            'Seguimiento público de cada trámite',
            'Un tablero con cada licencia, su etapa y el tiempo en cada una.',
            'Quienes construyen y sus vecinos.',
          ),
          idea('Ventanilla única digital', 'Un solo formulario en línea para todas las dependencias.', 'Personas solicitantes.'),
          idea(
            'Encuesta de satisfacción al terminar',
            'Una encuesta corta publicada con resultados por dependencia.',
            'Personas solicitantes.',
          ),
        ],
      },
    ],
  },
  {
    name: 'San Pedro Garza García',
    official: 'Equipo municipal de San Pedro Garza García',
    problems: [
      {
        title: 'Cruces peatonales inseguros cerca de escuelas',
        context: 'Las madres y padres reportan cruces sin señalización ni reductores de velocidad.',
        ideas: [
          idea(
            'Diagnóstico participativo de cruces escolares',
            'Alumnos y familias mapean los cruces peligrosos y se publican los datos.',
            'Niñas, niños y sus familias.',
          ),
          idea(
            'Calles escolares en horario de entrada',
            'Cerrar al tránsito la calle de la escuela en la entrada y salida.',
            'Comunidades escolares.',
          ),
          idea('Más patrullas', 'Poner más patrullas en la ciudad.', 'Todos.', 'out_of_scope'),
        ],
      },
      {
        title: 'Poca participación en el presupuesto participativo',
        context: 'Solo una fracción de los vecinos vota los proyectos y muchos no saben que existe.',
        ideas: [
          idea(
            'Urnas móviles en mercados y parques',
            'Llevar la votación a donde la gente ya está los fines de semana.',
            'Personas que no usan internet.',
          ),
          idea(
            'Seguimiento público de proyectos ganadores',
            'Mostrar el avance de los proyectos de años anteriores para generar confianza.',
            'Todas las colonias.',
          ),
          idea('Talleres de propuestas en escuelas', 'Talleres para que jóvenes formulen proyectos.', 'Jóvenes.'),
        ],
      },
    ],
  },
  {
    name: 'Hermosillo',
    official: 'Equipo municipal de Hermosillo',
    problems: [
      {
        title: 'Calor extremo en paradas del transporte',
        context: 'En verano se superan los 45 °C y muchas paradas no tienen sombra.',
        ideas: [
          idea(
            'Inventario abierto de paradas con sombra',
            'Datos de cada parada, su sombra y la temperatura medida, para priorizar.',
            'Usuarias y usuarios del transporte.',
          ),
          idea('Sombras con diseño vecinal', 'Vecinos eligen el diseño de la sombra de su parada.', 'Colonias con más usuarios.'),
          idea('Horarios en tiempo real', 'Saber cuándo llega la ruta para esperar menos al sol.', 'Usuarios del transporte.'),
        ],
      },
      {
        title: 'Compras públicas sin datos abiertos',
        context: 'Las compras del municipio se publican en PDF y no se pueden analizar.',
        ideas: [
          idea(
            'Compras en el estándar de contrataciones abiertas',
            'Publicar cada compra con el estándar OCDS y descarga masiva.',
            'Sociedad civil y empresas.',
          ),
          idea('Alertas de compras para proveedores locales', 'Avisos por correo de nuevas licitaciones.', 'Pequeñas empresas locales.'),
          idea('Testigos sociales en compras grandes', 'Organizaciones observan las compras de mayor monto.', 'Toda la ciudad.'),
        ],
      },
    ],
  },
  {
    name: 'Torreón',
    official: 'Equipo municipal de Torreón',
    problems: [
      {
        title: 'Recolección de basura irregular en colonias',
        context: 'Los camiones no pasan en días fijos y la basura se acumula en las esquinas.',
        ideas: [
          idea(
            'Rutas y horarios de recolección publicados',
            'Publicar rutas con su horario y el paso real de cada camión.',
            'Colonias afectadas.',
          ),
          idea('Aviso por mensaje cuando se acerca el camión', 'Un aviso para sacar la basura a tiempo.', 'Hogares.'),
          idea('Reciclaje con puntos limpios', 'Puntos de acopio con horario y material aceptado.', 'Vecinos y recicladores.'),
        ],
      },
      {
        title: 'Baja confianza en la policía municipal',
        context: 'Las quejas contra elementos no tienen seguimiento visible.',
        ideas: [
          idea('Seguimiento público de quejas', 'Cada queja con folio y estado, sin datos personales.', 'Personas que denuncian.'),
          idea('Reuniones vecinales con mandos de zona', 'Reuniones mensuales con minuta publicada.', 'Colonias.'),
          idea('Datos abiertos de incidencia por colonia', 'Publicar la incidencia por colonia cada mes.', 'Toda la ciudad.'),
        ],
      },
    ],
  },
];

const CITIZENS = [
  'Ana Lucía Garza Treviño',
  'Roberto Cantú Villarreal',
  'Daniela Ruiz Esparza',
  'Jorge Armando Salinas',
  'Fernanda Elizondo Ríos',
  'Miguel Ángel Durán',
  'Sofía Valenzuela Ochoa',
  'Héctor Iván Madero',
];
const JURORS = ['Dra. Beatriz Solís Leree', 'Mtro. Ernesto Villanueva Ruiz', 'Lic. Paola Jiménez Arce'];

/** `given.surname@…` for people, `equipo.<municipality>@…` for the municipal teams (their names share two words). */
const emailOf = (name: string) => {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(dra|mtro|lic)\.\s*/, '')
    .split(/\s+/);
  const local = words[0] === 'equipo' ? `equipo.${words.slice(3).join('')}` : words.slice(0, 2).join('.');
  return `${local}@${DEMO_EMAIL_DOMAIN}`;
};

/** A small deterministic generator, so the demo's supports and scores are the same on every load. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export async function loadDemoChallenges(em: EntityManager, passwordHash: string): Promise<void> {
  if (await em.existsBy(ChallengeEntity, { title: DEMO_CHALLENGE_TITLE })) return;
  const people = [...CITIZENS, ...JURORS, ...MUNICIPALITIES.map((m) => m.official)];
  await em
    .createQueryBuilder()
    .insert()
    .into(PersonEntity)
    .values(people.map((name) => ({ name, email: emailOf(name), passwordHash })))
    .orIgnore()
    .execute();
  const ids = new Map((await em.find(PersonEntity, { select: { id: true, email: true } })).map((p) => [p.email, p.id]));
  const id = (name: string) => ids.get(emailOf(name)) as string;
  const secretaryId = ids.get(SECRETARY_EMAIL) as string;

  const challenge = await em.save(
    em.create(ChallengeEntity, {
      title: DEMO_CHALLENGE_TITLE,
      summary:
        'Cinco municipios definieron dos problemas cada uno; la ciudadanía propuso ideas y las apoyó; cada idea se filtró con su motivo, se evaluó su factibilidad y la calificó un jurado experto. Dos ganadoras por municipio; ocho se implementaron como pilotos con mentoría.',
      supportLimit: 3,
      winnersPerProblem: 1,
      weightSupport: 40,
      weightFeasibility: 30,
      weightJury: 30,
      createdById: secretaryId,
    }),
  );
  await em.insert(
    ChallengePhaseEntity,
    CALENDAR.map(([phase, opens, closes]) => ({
      challengeId: challenge.id,
      phase,
      opensAt: mexicoCity(opens, 0),
      closesAt: mexicoCity(closes, 0),
      rules: RULES[phase],
    })),
  );
  await em.insert(ChallengeMemberEntity, [
    { challengeId: challenge.id, personId: secretaryId, role: 'manager' },
    ...MUNICIPALITIES.map((m) => ({ challengeId: challenge.id, personId: id(m.official), role: 'manager' as const })),
    ...JURORS.map((name) => ({ challengeId: challenge.id, personId: id(name), role: 'juror' as const })),
  ]);

  const random = sequence(2020);
  let position = 0;
  let pilots = 0;
  for (const municipality of MUNICIPALITIES) {
    for (const problemSpec of municipality.problems) {
      const problem = await em.save(
        em.create(ChallengeProblemEntity, {
          challengeId: challenge.id,
          institution: `Municipio de ${municipality.name}`,
          title: problemSpec.title,
          context: problemSpec.context,
          position: position++,
        }),
      );
      const ideas: ChallengeIdeaEntity[] = [];
      for (const [i, spec] of problemSpec.ideas.entries()) {
        const submittedAt = mexicoCity(`2020-08-${String(5 + position + i * 7).padStart(2, '0')}`, 10 + i);
        const row = await em.save(
          em.create(ChallengeIdeaEntity, {
            problemId: problem.id,
            authorId: id(CITIZENS[(position + i) % CITIZENS.length]),
            title: spec.title,
            description: spec.description,
            beneficiaries: spec.beneficiaries,
            status: spec.declined ? 'declined' : 'admitted',
            declineReason: spec.declined ?? null,
            // A duplicate repeats the problem's first idea.
            duplicateOfId: spec.declined === 'duplicate' ? ideas[0].id : null,
            decisionNote: spec.declined ? declineNote(spec.declined) : 'Cumple los requisitos de la convocatoria.',
            decidedById: id(municipality.official),
            decidedAt: mexicoCity('2020-09-10'),
            createdAt: submittedAt,
          }),
        );
        ideas.push(row);
      }
      const admitted = ideas.filter((i) => i.status === 'admitted');

      // Supports: each citizen backs up to three admitted ideas of the problem during the vote phase.
      const supports = CITIZENS.flatMap((name, c) =>
        admitted
          .filter(() => random() < 0.7)
          .map((i) => ({
            ideaId: i.id,
            problemId: problem.id,
            personId: id(name),
            createdAt: mexicoCity(`2020-09-${15 + ((c * 3) % 12)}`, 12),
          })),
      );
      if (supports.length) await em.insert(ChallengeSupportEntity, supports);

      const scores = admitted.flatMap((i) => [
        {
          ideaId: i.id,
          scorerId: id(municipality.official),
          kind: 'feasibility' as const,
          score: 5 + Math.floor(random() * 6),
          justification: 'Cabe en el presupuesto y en las capacidades del equipo municipal.',
          createdAt: mexicoCity('2020-10-05'),
        },
        ...JURORS.map((juror) => ({
          ideaId: i.id,
          scorerId: id(juror),
          kind: 'jury' as const,
          score: 4 + Math.floor(random() * 7),
          justification: 'Impacto claro y medible; el equipo propone cómo evaluar el piloto.',
          createdAt: mexicoCity('2020-10-30'),
        })),
      ]);
      // The first juror declares a conflict on the first idea of Hermosillo's first problem, and does not score it.
      const conflicted = municipality.name === 'Hermosillo' && problemSpec === municipality.problems[0] ? admitted[0] : null;
      if (conflicted) {
        await em.insert(ChallengeConflictEntity, {
          ideaId: conflicted.id,
          jurorId: id(JURORS[0]),
          reason: 'Asesoré al equipo que propuso la idea.',
        });
      }
      await em.insert(
        ChallengeScoreEntity,
        scores.filter((s) => !(conflicted && s.ideaId === conflicted.id && s.scorerId === id(JURORS[0]))),
      );

      const ranking = rankIdeas(
        admitted.map((i) => ({
          ideaId: i.id,
          submittedAt: i.createdAt.toISOString(),
          supports: supports.filter((s) => s.ideaId === i.id).length,
          feasibilityScores: scores.filter((s) => s.ideaId === i.id && s.kind === 'feasibility').map((s) => s.score),
          juryScores: scores
            .filter(
              (s) => s.ideaId === i.id && s.kind === 'jury' && !(conflicted && s.ideaId === conflicted.id && s.scorerId === id(JURORS[0])),
            )
            .map((s) => s.score),
        })),
        { support: 40, feasibility: 30, jury: 30 },
        CHALLENGE_SCORE_MAX,
      );
      const winners = rankedWinners(ranking, 1);
      await em.insert(ChallengeWinnersDecisionEntity, {
        problemId: problem.id,
        ideaIds: winners.ideaIds,
        reason: winners.tieAtCut ? 'Empate en el ranking: el municipio eligió la idea enviada primero.' : '',
        decidedById: id(municipality.official),
        decidedAt: mexicoCity('2020-11-16'),
      });
      // Eight of the ten winners became pilots (the record's figures); the last municipality's two did not.
      if (municipality.name !== 'Torreón') {
        pilots += 1;
        const pilot = await em.save(
          em.create(ChallengePilotEntity, {
            ideaId: winners.ideaIds[0],
            status: pilots % 3 === 0 ? 'done' : 'running',
            summary: 'Piloto de seis meses con mentoría del laboratorio y del equipo municipal.',
          }),
        );
        await em.insert(ChallengePilotMilestoneEntity, [
          {
            pilotId: pilot.id,
            title: 'Plan de trabajo y métricas acordados',
            dueOn: '2021-01-31',
            doneOn: '2021-01-28',
            evidence: 'Plan de trabajo firmado por el municipio y el equipo.',
          },
          {
            pilotId: pilot.id,
            title: 'Primera versión en funcionamiento',
            dueOn: '2021-04-30',
            doneOn: pilots % 3 === 0 ? '2021-04-22' : null,
            evidence: pilots % 3 === 0 ? 'Informe de resultados con datos de uso.' : '',
          },
        ]);
      }
    }
  }
}

function declineNote(reason: DeclineReason): string {
  const notes: Record<DeclineReason, string> = {
    incomplete: 'La idea no describe cómo funcionaría ni a quién ayuda; puede volver a enviarse completa en la siguiente edición.',
    out_of_scope: 'La propuesta no atiende el problema planteado ni está en las atribuciones del municipio.',
    duplicate: 'Repite una idea ya enviada; los apoyos se concentran en la original.',
  };
  return notes[reason];
}
