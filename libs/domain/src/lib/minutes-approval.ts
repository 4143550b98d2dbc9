/**
 * Which agenda item of a call puts minutes to approval ("Lectura y, en su caso, aprobación del acta…"): the call
 * links it to the session whose minutes it approves, by default the previous one still pending.
 */
export function readsAsMinutesApproval(title: string): boolean {
  const words = title.toLocaleLowerCase('es');
  return /\bacta\b/.test(words) && /aprobaci[oó]n|aprobar/.test(words);
}
