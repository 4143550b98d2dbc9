import { AppException, invalidField } from '../common/problem';

const BEFORE_RECORD = {
  close: ['no se clausura antes de lo ya registrado', 'it cannot close before what is already on record'],
  decision: ['no se registra una decisión antes de la apertura', 'a decision cannot be recorded before the opening'],
  poll_open: ['no se abre una votación antes de la apertura de la sesión', 'a poll cannot open before the session opened'],
  poll_close: ['no se cierra una votación antes de abrirse', 'a poll cannot close before it opened'],
} as const;

/**
 * The declared time of an opening, decision, poll opening or closing, or session closing: `now`, or a past time recorded
 * afterwards (the past-record mode). Never before
 * `notBefore` (the opening; for a closing also the last intervention and decision): 409, the record says otherwise.
 */
export function declaredAt(input: { at?: string }, notBefore: Date | null, now: Date, what: keyof typeof BEFORE_RECORD = 'close'): Date {
  if (!input.at) return now;
  const at = new Date(input.at);
  if (at > now) throw invalidField('at', 'No puede ser una hora futura.', 'Must not be in the future.');
  if (notBefore && at < notBefore)
    throw new AppException('meeting_wrong_status', {
      'status.es': 'abierta',
      'status.en': 'open',
      'action.es': `${BEFORE_RECORD[what][0]} (${notBefore.toISOString()})`,
      'action.en': `${BEFORE_RECORD[what][1]} (${notBefore.toISOString()})`,
    });
  return at;
}
