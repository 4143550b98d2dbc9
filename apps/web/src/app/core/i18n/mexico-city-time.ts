import { COMMISSION_TIME_ZONE } from '@cocrea/domain';

/** Times are shown as the commission lives them, in Mexico City, wherever the viewer is. */
export const mexicoCityTime = (iso: string) =>
  new Intl.DateTimeFormat('es-MX', { timeZone: COMMISSION_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );

export const mexicoCityDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: COMMISSION_TIME_ZONE, dateStyle: 'long' }).format(new Date(iso));

export const mexicoCityDateTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: COMMISSION_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

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
