import { PUBLIC_MEETING_STATUSES } from '@cocrea/contracts';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Agreements, polls and attendance exist once a session has opened. */
const HELD_MEETING_STATUSES = ['open', 'closed'] as const satisfies readonly (typeof PUBLIC_MEETING_STATUSES)[number][];

const inList = (values: readonly string[]) => `IN (${values.map((v) => `'${v}'`).join(', ')})`;

/**
 * The one place the publication rules for sessions live, as SQL for every public query (portal, search, voting
 * records, open data). A draft call is nobody's business until it is issued.
 */
export const publicMeetingSql = (alias: string) => `${alias}.status ${inList(PUBLIC_MEETING_STATUSES)}`;

export const heldMeetingSql = (alias: string) => `${alias}.status ${inList(HELD_MEETING_STATUSES)}`;

/** The year of a timestamptz column by the commission's calendar (Mexico City). */
export const yearSql = (column: string) => `EXTRACT(YEAR FROM ${column} AT TIME ZONE 'America/Mexico_City')`;

export function whereYear(qb: SelectQueryBuilder<ObjectLiteral>, column: string, year: number | undefined): void {
  if (year === undefined) return;
  qb.andWhere(`${yearSql(column)} = :year`, { year });
}
