/** Calendar days are those of the commission's seat: Mexico City. */
export const COMMISSION_TIME_ZONE = 'America/Mexico_City';

/** `YYYY-MM-DD` of `instant` in Mexico City. */
export function commissionDay(instant: Date = new Date()): string {
  return COMMISSION_DAY.format(instant);
}

/** Built once: a formatter costs about a hundred times more to build than to use. */
const COMMISSION_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: COMMISSION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const COMMISSION_WALL_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: COMMISSION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes from the UTC epoch of the Mexico City wall time at `instant`, read as if it were UTC. */
function wallMinutes(instant: Date): number {
  const part = Object.fromEntries(COMMISSION_WALL_TIME.formatToParts(instant).map((p) => [p.type, p.value]));
  return Date.UTC(+part['year'], +part['month'] - 1, +part['day'], +part['hour'], +part['minute']) / 60_000;
}

/**
 * The instant of a Mexico City wall time (`YYYY-MM-DD`, `HH:MM`), whatever that day's offset: until 2022 the city
 * kept daylight time in summer (UTC−5), so a fixed "−06:00" puts an August midnight at 01:00.
 */
export function commissionInstant(day: string, hhmm = '00:00'): Date {
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = hhmm.split(':').map(Number);
  const wanted = Date.UTC(year, month - 1, date, hour, minute) / 60_000;
  let instant = new Date((wanted + 6 * 60) * 60_000);
  for (let i = 0; i < 2; i += 1) instant = new Date(instant.getTime() + (wanted - wallMinutes(instant)) * 60_000);
  return instant;
}

export interface MembershipSpan {
  /** First day as a member; null when the record does not say. */
  since: string | null;
  /** Last day as a member; null while the person is still a member. */
  until: string | null;
}

/** Whether the membership covers `day` (both ends inclusive). Days compare as ISO strings. */
export function isActiveOn(membership: MembershipSpan, day: string): boolean {
  return (membership.since === null || membership.since <= day) && (membership.until === null || membership.until >= day);
}
