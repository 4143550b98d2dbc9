import type { AgreementStatus, MajorityBase, MajorityRule } from '@cocrea/contracts';
import { BASE_WORDS, RULE_WORDS } from './majority';

/** Follow-up moves forward (pending → in progress → attended); an attended agreement can be reopened as in progress. */
export const AGREEMENT_TRANSITIONS: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  pending: ['in_progress', 'attended'],
  in_progress: ['attended'],
  attended: ['in_progress'],
};

export const mayMoveAgreement = (from: AgreementStatus, to: AgreementStatus) => AGREEMENT_TRANSITIONS[from].includes(to);

/** Overdue: not attended and its due day (YYYY-MM-DD, Mexico City) is before today. */
export const agreementOverdue = (status: AgreementStatus, dueOn: string | null, today: string) =>
  status !== 'attended' && dueOn !== null && dueOn < today;

/** The base a vote was counted against and the voting rights in the room when it closed. */
export interface VoteScope {
  base: MajorityBase;
  /** Voting rights present (in person or represented, minus recusals) when the vote closed. */
  rights: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 de 28 derechos": how many of the rights in the room were used. */
const rightsUsed = (counts: { yes: number | null; no: number | null; abstain: number | null }, rights: number) =>
  `${(counts.yes ?? 0) + (counts.no ?? 0) + (counts.abstain ?? 0)} de ${plural(rights, 'derecho', 'derechos')}`;

/**
 * How it was adopted, as the minutes say it. With the vote's scope the wording states its base and the rights
 * used: "por unanimidad de los votos emitidos: 2 de 28 derechos"; without it (a decision recorded with no count)
 * it says only "por unanimidad" / "por mayoría (…)".
 */
export function adoptedBy(
  adoption: 'unanimity' | 'majority' | null,
  counts: { yes: number | null; no: number | null; abstain: number | null },
  scope?: VoteScope,
): string {
  const base = scope ? ` ${BASE_WORDS[scope.base]}` : '';
  if (adoption === 'unanimity') return scope ? `por unanimidad${base}: ${rightsUsed(counts, scope.rights)}` : 'por unanimidad';
  if (adoption !== 'majority') return 'sin votación registrada';
  if (counts.yes === null || counts.no === null) return `por mayoría${base}`;
  const abstain = counts.abstain ? `, ${plural(counts.abstain, 'abstención', 'abstenciones')}` : '';
  const used = scope ? `; ${rightsUsed(counts, scope.rights)}` : '';
  return `por mayoría${base} (${counts.yes} a favor, ${counts.no} en contra${abstain}${used})`;
}

const NOT_PASSED: Record<string, string> = {
  tie: 'empate',
  no_quorum: 'sin quórum',
  no_votes: 'sin votos',
  tie_casting_no: 'empate resuelto en contra por el voto de calidad',
};

/** A closed vote's result as one sentence for the record, e.g. "Aprobado por unanimidad de los votos emitidos: 2 de 28 derechos". */
export function resultWording(result: {
  passed: boolean;
  unanimous: boolean;
  reason: string;
  rule: MajorityRule;
  base: MajorityBase;
  yes: number;
  no: number;
  abstain: number;
  rights: number;
}): string {
  const scope = { base: result.base, rights: result.rights };
  if (result.passed) return `Aprobado ${adoptedBy(result.unanimous ? 'unanimity' : 'majority', result, scope)}`;
  const why = NOT_PASSED[result.reason] ?? `no alcanzó la ${RULE_WORDS[result.rule]} ${BASE_WORDS[result.base]}`;
  const abstain = result.abstain ? `, ${plural(result.abstain, 'abstención', 'abstenciones')}` : '';
  return `No aprobado, ${why} (${result.yes} a favor, ${result.no} en contra${abstain}; ${rightsUsed(result, result.rights)})`;
}
