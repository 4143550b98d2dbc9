import type { AgreementStatus } from '@cocrea/contracts';

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

/** How it was adopted, as the minutes say it. */
export function adoptedBy(
  adoption: 'unanimity' | 'majority' | null,
  counts: { yes: number | null; no: number | null; abstain: number | null },
): string {
  if (adoption === 'unanimity') return 'por unanimidad';
  if (adoption !== 'majority') return 'sin votación registrada';
  if (counts.yes === null || counts.no === null) return 'por mayoría';
  const abstain = counts.abstain ? `, ${counts.abstain} ${counts.abstain === 1 ? 'abstención' : 'abstenciones'}` : '';
  return `por mayoría (${counts.yes} a favor, ${counts.no} en contra${abstain})`;
}
