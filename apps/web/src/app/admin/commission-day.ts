import { COMMISSION_TIME_ZONE } from '@cocrea/domain';

/**
 * Today as the commission's calendar day (`YYYY-MM-DD` in Mexico City): the day a membership ends by default.
 * `en-CA` is the locale whose short date is already ISO.
 */
export function commissionToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: COMMISSION_TIME_ZONE }).format(now);
}
