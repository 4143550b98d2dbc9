/**
 * Dates a request may carry, bounded to a sane range: an instant or a calendar day outside 1900–2200 is a typo or a
 * probe (`9999-12-31T23:59:59-23:59` would be stored as year 10000 and then published), never a commission's date.
 * Every contract takes its instants and its date-only values from here.
 */
import * as z from 'zod';

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const EARLIEST = Date.UTC(FIRST_YEAR, 0, 1);
const LATEST = Date.UTC(LAST_YEAR, 11, 31, 23, 59, 59, 999);

const outOfRange = {
  params: {
    messages: {
      es: `La fecha debe estar entre los años ${FIRST_YEAR} y ${LAST_YEAR}.`,
      en: `The date must be between the years ${FIRST_YEAR} and ${LAST_YEAR}.`,
    },
  },
};

/** True when `iso` (an instant with offset, or a calendar day) falls within the years the platform accepts. */
export function withinDateRange(iso: string): boolean {
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(time) && time >= EARLIEST && time <= LATEST;
}

/** An ISO 8601 instant with its offset (`2021-02-15T10:00:00-06:00`), within the accepted years. */
export const instant = () => z.iso.datetime({ offset: true }).refine(withinDateRange, outOfRange);

/** A calendar day (`2021-02-15`), within the accepted years. */
export const calendarDate = () => z.iso.date().refine(withinDateRange, outOfRange);
