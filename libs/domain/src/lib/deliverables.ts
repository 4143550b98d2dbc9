import type { DeliverableStatus, InputStatus } from '@cocrea/contracts';

/**
 * Where a deliverable may go from each status. Work moves forward (planned → in progress → in review →
 * delivered); a review can send it back to work; anything unfinished can be cancelled, and a cancelled
 * deliverable can be planned again. Delivered is final.
 */
export const DELIVERABLE_TRANSITIONS: Readonly<Record<DeliverableStatus, readonly DeliverableStatus[]>> = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['in_review', 'cancelled'],
  in_review: ['delivered', 'in_progress', 'cancelled'],
  delivered: [],
  cancelled: ['planned'],
};

export function canChangeDeliverableStatus(from: DeliverableStatus, to: DeliverableStatus): boolean {
  return DELIVERABLE_TRANSITIONS[from].includes(to);
}

/** Whether inputs may still be submitted to (and reviewed for) a deliverable in this status. */
export function acceptsInputs(status: DeliverableStatus): boolean {
  return status !== 'delivered' && status !== 'cancelled';
}

/** Where the work stands by status alone: a deliverable in review is at least this far along. */
export const PROGRESS_BY_STATUS: Readonly<Record<DeliverableStatus, number>> = {
  planned: 0,
  in_progress: 25,
  in_review: 80,
  delivered: 100,
  cancelled: 0,
};

/** What a progress figure rests on: the deliverable's status, or a percentage the coordination set. */
export type ProgressBasis = 'status' | 'set';

export interface DeliverableProgress {
  percent: number;
  basis: ProgressBasis;
}

/**
 * How far the work on a deliverable has gone, 0–100. It measures the work, never the participation: inputs do
 * not count, so a partner's contribution can never lower it. A delivered deliverable is 100; otherwise a
 * percentage set by the coordination wins, and without one the status places it (PROGRESS_BY_STATUS).
 */
export function deliverableProgress(status: DeliverableStatus, setPercent: number | null): DeliverableProgress {
  if (status === 'delivered') return { percent: 100, basis: 'status' };
  if (setPercent !== null && status !== 'cancelled') return { percent: setPercent, basis: 'set' };
  return { percent: PROGRESS_BY_STATUS[status], basis: 'status' };
}

/**
 * A working group's progress: the mean progress of its deliverables that still count (cancelled ones do not),
 * rounded; 0 when it has none.
 */
export function groupProgress(deliverables: readonly { status: DeliverableStatus; setPercent: number | null }[]): number {
  const counted = deliverables.filter((d) => d.status !== 'cancelled');
  if (counted.length === 0) return 0;
  const total = counted.reduce((sum, d) => sum + deliverableProgress(d.status, d.setPercent).percent, 0);
  return Math.round(total / counted.length);
}

/** A coordinator answers an input while it waits (pending) or after asking for changes; a final answer stands. */
export function canReviewInput(status: InputStatus): boolean {
  return status === 'pending' || status === 'needs_changes';
}

/** The author may revise an input until it has a final answer; a revised input waits for an answer again. */
export function canReviseInput(status: InputStatus): boolean {
  return status === 'pending' || status === 'needs_changes';
}

/** A dated item is overdue after its day when it is not done. Days compare as ISO strings. */
export function isOverdue(dueOn: string | null, done: boolean, today: string): boolean {
  return dueOn !== null && !done && dueOn < today;
}

/** The ISO day `days` after `day` (negative goes back), computed on the calendar, never on clock time. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export type DueState = 'overdue' | 'due_soon';

/**
 * Where a dated, unfinished item stands on the coordinators' dashboard: overdue after its day; due soon from
 * today through the last of the next `horizonDays` days (today counts, so 30 days end on today + 29);
 * null when it is done, undated or further away.
 */
export function dueState(dueOn: string | null, done: boolean, today: string, horizonDays: number): DueState | null {
  if (dueOn === null || done) return null;
  if (isOverdue(dueOn, done, today)) return 'overdue';
  return dueOn < addDays(today, horizonDays) ? 'due_soon' : null;
}
