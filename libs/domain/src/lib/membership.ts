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
