import { commissionDay } from '@cocrea/domain';

/** "Comisión de Gobierno Abierto y de Transparencia Proactiva" → "CGATP": the initials of its capitalised words. */
export function commissionAcronym(name: string): string {
  const initials = name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials.slice(0, 20) || 'ACU';
}

/** `CGATP/01/15-02-2021`: the commission's agreement prefix, the agreement's place in its session, the session's day (Mexico City). */
export function agreementNumber(prefix: string, sequence: number, sessionAt: Date): string {
  const [year, month, day] = commissionDay(sessionAt).split('-');
  return `${prefix}/${String(sequence).padStart(2, '0')}/${day}-${month}-${year}`;
}
