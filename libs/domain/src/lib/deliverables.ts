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

/**
 * Progress in percent: accepted inputs over the inputs still in play (declined ones no longer count);
 * 0 without any; a delivered deliverable is 100 whatever its inputs. Rounded down, so 100 means all accepted.
 */
export function deliverableProgress(status: DeliverableStatus, inputs: readonly InputStatus[]): number {
  if (status === 'delivered') return 100;
  const inPlay = inputs.filter((s) => s !== 'declined');
  if (inPlay.length === 0) return 0;
  return Math.floor((100 * inPlay.filter((s) => s === 'accepted').length) / inPlay.length);
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
