import { MeetingStatus } from '@cocrea/contracts';

/**
 * The chair's and secretary's room is organized by the session's moment: the call and the attendance (roll call,
 * letters, guests), the proceedings (the current item, the floor, the polls) and the agreements with the minutes.
 * Each status has the moment that matters then; the others stay one tab away.
 */
export const MOMENTS = ['attendance', 'proceedings', 'agreements'] as const;
export type Moment = (typeof MOMENTS)[number];

/** The moment that matters while a session has this status. */
export function momentOf(status: MeetingStatus): Moment {
  if (status === 'open') return 'proceedings';
  if (status === 'closed') return 'agreements';
  return 'attendance';
}

/** A moment named in the address (`?moment=`), or none for anything else. */
export function parseMoment(value: string | null | undefined): Moment | null {
  return MOMENTS.find((m) => m === value) ?? null;
}

export const momentTabId = (moment: Moment) => `moment-tab-${moment}`;
export const momentPanelId = (moment: Moment) => `moment-panel-${moment}`;
