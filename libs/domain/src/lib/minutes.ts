import { adoptedBy, VoteScope } from './agreement-status';
import { COMMISSION_TIME_ZONE } from './membership';
import type { AgendaItemKind, AttendanceStatus, DecisionOutcome, MeetingKind, OutcomeMethod } from '@cocrea/contracts';

export interface MinutesRecord {
  commissionName: string;
  title: string;
  kind: MeetingKind;
  scheduledAt: Date;
  /** When the call was issued. */
  convenedAt: Date | null;
  place: string | null;
  videoUrl: string | null;
  openedAt: Date | null;
  closedAt: Date | null;
  chairName: string | null;
  secretaryName: string | null;
  attendance: Array<{
    name: string;
    status: AttendanceStatus;
    representativeName: string | null;
    arrivedAt: Date | null;
    validLetter: boolean;
  }>;
  representations: Array<{
    memberName: string;
    representativeName: string;
    letterFilename: string | null;
    validFrom: Date | null;
    validUntil: Date | null;
    /** Positions of the items it covers; null for the whole session. */
    itemPositions: number[] | null;
  }>;
  /** Guests who took part without being members, with their organization. */
  invited: Array<{ name: string; organization: string; role: string | null }>;
  quorum: { votingMembers: number; present: number; represented: number; required: number; reached: boolean };
  agenda: Array<{ position: number; title: string; kind: AgendaItemKind; presenter: string | null }>;
  decisions: Array<{
    itemPosition: number;
    subject: string;
    outcome: DecisionOutcome;
    yes: number | null;
    no: number | null;
    abstain: number | null;
    method: OutcomeMethod;
    legalBasis: string | null;
    agreementNumber: string | null;
    /** A named poll's votes, by member (and who cast it for a represented member). */
    namedVotes: Array<{ name: string; choice: string; castBy: string | null }> | null;
    /** A minutes-approval outcome: the session whose minutes it approved. */
    approvedMinutesOf: string | null;
    /** A poll's base and the voting rights in the room at its close; null for an outcome recorded without a poll. */
    scope: VoteScope | null;
  }>;
  interventions: Array<{ itemPosition: number; speakerName: string; startedAt: Date; seconds: number }>;
  recusals: Array<{ itemPosition: number; name: string; reason: string | null }>;
}

export interface MinutesItem {
  position: number;
  title: string;
  presenter: string | null;
  decisions: Array<{ subject: string; result: string; details: string[] }>;
  speakers: Array<{ name: string; at: string; duration: string }>;
  recusals: string[];
}

/** The structured minutes: every sentence the acta states, before it is laid out as text. */
export interface Minutes {
  heading: string;
  subtitle: string;
  date: string;
  callDate: string | null;
  place: string;
  chair: string | null;
  secretary: string | null;
  opening: string | null;
  closing: string | null;
  present: string[];
  represented: string[];
  late: string[];
  absent: string[];
  invited: string[];
  representations: string[];
  quorum: string;
  agenda: string[];
  items: MinutesItem[];
  agreements: string[];
}

const KIND_NAMES: Record<MeetingKind, string> = {
  ordinary: 'Sesión Ordinaria',
  extraordinary: 'Sesión Extraordinaria',
  working: 'Reunión de trabajo',
};
const OUTCOME_NAMES: Record<DecisionOutcome, string> = {
  unanimous: 'aprobado por unanimidad',
  majority: 'aprobado por mayoría',
  rejected: 'no aprobado',
};

export function localTime(at: Date, timeZone = COMMISSION_TIME_ZONE): string {
  return new Intl.DateTimeFormat('es-MX', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

export function localDate(at: Date, timeZone = COMMISSION_TIME_ZONE): string {
  return new Intl.DateTimeFormat('es-MX', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

/** "3 min 05 s" */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

const METHOD_NAMES: Record<OutcomeMethod, string> = {
  named: 'votación nominal',
  secret: 'votación secreta',
  show_of_hands: 'votación económica (a mano alzada)',
  without_count: 'sin conteo de votos',
};

/** What the minutes state of an outcome besides its result: method, legal basis, named votes, agreement, minutes approved. */
function outcomeDetails(d: MinutesRecord['decisions'][number]): string[] {
  const details = [`Método: ${METHOD_NAMES[d.method]}.`];
  if (d.legalBasis) details.push(`Fundamento: ${d.legalBasis}.`);
  if (d.approvedMinutesOf) details.push(`Se aprueba el acta de la ${d.approvedMinutesOf}.`);
  if (d.namedVotes?.length)
    details.push(
      `Votación nominal:\n${d.namedVotes.map((v) => `  - ${v.name}: ${v.choice}${v.castBy ? ` (emitido por ${v.castBy})` : ''}`).join('\n')}`,
    );
  if (d.agreementNumber) details.push(`Acuerdo ${d.agreementNumber}.`);
  return details;
}

/**
 * An outcome's result: a poll's states its base and the rights used, as the room said it ("aprobado por unanimidad
 * de los votos emitidos: 2 de 28 derechos"), so two votes of twenty-eight never read as the room's unanimity.
 */
function decisionResult(d: MinutesRecord['decisions'][number]): string {
  const counts = [
    d.yes !== null ? `${d.yes} a favor` : null,
    d.no !== null ? `${d.no} en contra` : null,
    d.abstain !== null ? `${d.abstain} abstenciones` : null,
  ]
    .filter(Boolean)
    .join(', ');
  if (d.scope && d.outcome === 'unanimous') return `aprobado ${adoptedBy('unanimity', d, d.scope)}${counts ? ` (${counts})` : ''}`;
  if (d.scope && d.outcome === 'majority') return `aprobado ${adoptedBy('majority', d, d.scope)}`;
  return counts ? `${OUTCOME_NAMES[d.outcome]} (${counts})` : OUTCOME_NAMES[d.outcome];
}

/** Drafts the minutes from what the platform recorded; states only facts in the record. */
export function draftMinutes(record: MinutesRecord): Minutes {
  const byStatus = (status: AttendanceStatus) => record.attendance.filter((a) => a.status === status);
  const q = record.quorum;
  const items = [...record.agenda]
    .sort((a, b) => a.position - b.position)
    .map((item) => ({
      position: item.position,
      title: item.title,
      presenter: item.presenter,
      decisions: record.decisions
        .filter((d) => d.itemPosition === item.position)
        .map((d) => ({ subject: d.subject, result: decisionResult(d), details: outcomeDetails(d) })),
      speakers: record.interventions
        .filter((i) => i.itemPosition === item.position)
        .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
        .map((i) => ({ name: i.speakerName, at: localTime(i.startedAt), duration: duration(i.seconds) })),
      recusals: record.recusals
        .filter((r) => r.itemPosition === item.position)
        .map(
          (r) =>
            `${r.name} se excusó de este punto por conflicto de interés${r.reason ? ` (${r.reason})` : ''}; no cuenta para su quórum ni sus votaciones.`,
        ),
    }));
  return {
    heading: `Acta de la ${record.title}`,
    subtitle: `${KIND_NAMES[record.kind]} de la ${record.commissionName}`,
    date: localDate(record.scheduledAt),
    callDate: record.convenedAt ? localDate(record.convenedAt) : null,
    chair: record.chairName,
    secretary: record.secretaryName,
    place: [record.place, record.videoUrl].filter(Boolean).join(' · ') || 'Sin lugar registrado',
    opening: record.openedAt
      ? `Siendo las ${localTime(record.openedAt)} horas del ${localDate(record.openedAt)}, se declaró instalada la sesión.`
      : null,
    closing: record.closedAt
      ? `Siendo las ${localTime(record.closedAt)} horas del ${localDate(record.closedAt)}, se declaró clausurada la sesión.`
      : null,
    present: byStatus('present').map((a) => a.name),
    represented: byStatus('represented').map(
      (a) =>
        `${a.name}, en representación: ${a.representativeName ?? 'sin nombre'}${a.validLetter ? '' : ' (sin oficio de representación válido)'}`,
    ),
    late: byStatus('late').map((a) => (a.arrivedAt ? `${a.name} (se incorporó a las ${localTime(a.arrivedAt)})` : a.name)),
    absent: byStatus('absent').map((a) => a.name),
    invited: record.invited.map((i) => `${i.name} (${i.organization}${i.role ? `, ${i.role}` : ''})`),
    representations: record.representations.map((r) => {
      const scope = r.itemPositions ? `puntos ${r.itemPositions.join(', ')}` : 'toda la sesión';
      const window = [
        r.validFrom ? `desde ${localTime(r.validFrom)} del ${localDate(r.validFrom)}` : null,
        r.validUntil ? `hasta ${localTime(r.validUntil)} del ${localDate(r.validUntil)}` : null,
      ]
        .filter(Boolean)
        .join(' ');
      const letter = r.letterFilename ? `oficio «${r.letterFilename}»` : 'sin oficio adjunto';
      return `${r.representativeName} en representación de ${r.memberName}: ${letter}; alcance: ${scope}${window ? `; vigencia ${window}` : ''}.`;
    }),
    quorum: q.reached
      ? `Se declaró quórum legal con ${q.present} de ${q.votingMembers} integrantes con voto (${q.represented} en representación; se requerían ${q.required}).`
      : `No se reunió quórum: ${q.present} de ${q.votingMembers} integrantes con voto (se requerían ${q.required}).`,
    agenda: items.map((i) => `${i.position}. ${i.title}`),
    items,
    agreements: record.decisions
      .filter((d) => d.outcome !== 'rejected')
      .map((d) => `${d.agreementNumber ? `${d.agreementNumber}: ` : ''}${d.subject}: ${decisionResult(d)}.`),
  };
}

const list = (lines: string[], empty: string) => (lines.length ? lines.map((l) => `- ${l}`).join('\n') : `_${empty}_`);

/** The minutes as Markdown, the text the secretary edits and the download serves. */
export function minutesMarkdown(m: Minutes): string {
  const items = m.items.map((i) => {
    const parts = [`### ${i.position}. ${i.title}`];
    if (i.presenter) parts.push(`Presenta: ${i.presenter}.`);
    for (const r of i.recusals) parts.push(r);
    for (const d of i.decisions) parts.push(`**Acuerdo:** ${d.subject}: ${d.result}.`, ...d.details);
    if (i.speakers.length) parts.push(`Intervenciones:\n${i.speakers.map((s) => `- ${s.name}, ${s.at} (${s.duration})`).join('\n')}`);
    return parts.join('\n\n');
  });
  return (
    [
      `# ${m.heading}`,
      m.subtitle,
      [
        `**Fecha:** ${m.date}`,
        m.callDate ? `**Convocatoria:** ${m.callDate}` : null,
        `**Lugar:** ${m.place}`,
        `**Presidencia:** ${m.chair ?? 'Sin registro'}`,
        `**Secretaría Técnica:** ${m.secretary ?? 'Sin registro'}`,
      ]
        .filter(Boolean)
        .join('  \n'),
      '## Lista de asistencia',
      `**Presentes:**\n${list(m.present, 'Nadie')}`,
      `**En representación:**\n${list(m.represented, 'Nadie')}`,
      `**Se incorporaron después del pase de lista:**\n${list(m.late, 'Nadie')}`,
      `**Ausentes:**\n${list(m.absent, 'Nadie')}`,
      `**Participantes invitados:**\n${list(m.invited, 'Ninguno')}`,
      '## Oficios de representación',
      list(m.representations, 'No se registraron representaciones'),
      '## Quórum',
      m.quorum,
      m.opening ?? '_La sesión no se instaló._',
      '## Orden del Día',
      m.agenda.join('\n'),
      '## Desarrollo de la sesión',
      ...items,
      '## Síntesis de acuerdos',
      list(m.agreements, 'No se adoptaron acuerdos.'),
      '## Cierre',
      m.closing ?? '_La sesión no se ha clausurado._',
    ].join('\n\n') + '\n'
  );
}
