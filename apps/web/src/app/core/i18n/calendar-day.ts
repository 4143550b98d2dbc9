/**
 * Dates are dates: a value without a time (a session day, a due date, an agreement's date) travels as `YYYY-MM-DD`
 * and is that same day for every reader. It is never read as an instant, so no time zone (the viewer's nor Mexico
 * City's) can move it to the day before. Instants (with a time) are formatted by `mexico-city-time.ts` instead.
 */
import { Pipe, PipeTransform } from '@angular/core';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type CalendarDayStyle = 'long' | 'medium';

/** "15 de febrero de 2021" (es-MX) / "February 15, 2021" (en) for `2021-02-15`. */
export function calendarDay(day: string, locale: string, style: CalendarDayStyle = 'long'): string {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`not a date without time (YYYY-MM-DD): ${day}`);
  const [, year, month, date] = match;
  // Noon UTC of that day, formatted in UTC: the same calendar day whatever zone the browser is in.
  const noon = Date.UTC(Number(year), Number(month) - 1, Number(date), 12);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: style }).format(noon);
}

/** `{{ d.dueOn | calendarDay: locale() }}`: the template form of `calendarDay`; null or empty shows nothing. */
@Pipe({ name: 'calendarDay' })
export class CalendarDayPipe implements PipeTransform {
  transform(day: string | null | undefined, locale: string, style: CalendarDayStyle = 'long'): string {
    return day ? calendarDay(day, locale, style) : '';
  }
}
