import { COMMISSION_TIME_ZONE } from '@cocrea/domain';

/**
 * Instants (a moment with a time: a session's call, a vote's close, a publication) are shown as the commission lives
 * them, in Mexico City, wherever the viewer is, with a 24-hour clock as the minutes write it. Dates without a time
 * (`YYYY-MM-DD`) are not instants: format them with `calendar-day.ts`.
 */
const IN_MEXICO_CITY = { timeZone: COMMISSION_TIME_ZONE } as const;
const CLOCK = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/** "11:23" */
export const mexicoCityTime = (iso: string) => new Intl.DateTimeFormat('es-MX', { ...IN_MEXICO_CITY, ...CLOCK }).format(new Date(iso));

/** The day an instant falls on in Mexico City: "15 de febrero de 2021". */
export const mexicoCityDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { ...IN_MEXICO_CITY, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));

/** "15 de febrero de 2021, 11:00" / "February 15, 2021 at 11:00". */
export const mexicoCityDateTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { ...IN_MEXICO_CITY, day: 'numeric', month: 'long', year: 'numeric', ...CLOCK }).format(new Date(iso));

/** `datetime-local` has no zone: the call is read as Mexico City wall time (with the offset in force on that date). */
export function mexicoCityIso(local: string): string {
  const asUtc = Date.parse(`${local}:00Z`);
  const offset = (at: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone: COMMISSION_TIME_ZONE,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      })
        .formatToParts(new Date(at))
        .map((p) => [p.type, Number(p.value)]),
    );
    return Date.UTC(parts['year'], parts['month'] - 1, parts['day'], parts['hour'], parts['minute']) - at;
  };
  return new Date(asUtc - offset(asUtc - offset(asUtc))).toISOString();
}
