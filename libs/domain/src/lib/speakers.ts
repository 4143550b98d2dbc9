import type { AgendaItemKind } from '@cocrea/contracts';

/** Art. 69: 3 minutes per intervention in the dialogue; guests presenting get 10 unless the item allots another time. */
export const DEFAULT_INTERVENTION_MINUTES = 3;
export const DEFAULT_PRESENTATION_MINUTES = 10;

export interface SpeakingRules {
  interventionMinutes?: number;
  presentationMinutes?: number;
}

/** The time limit of one intervention on an item of `kind`, in seconds. */
export function speakingLimitSeconds(kind: AgendaItemKind, minutesAllotted: number | null, rules: SpeakingRules = {}): number {
  if (kind === 'presentation') return Math.round((minutesAllotted ?? rules.presentationMinutes ?? DEFAULT_PRESENTATION_MINUTES) * 60);
  return Math.round((rules.interventionMinutes ?? DEFAULT_INTERVENTION_MINUTES) * 60);
}

export type SpeakerStatus = 'waiting' | 'speaking' | 'done' | 'withdrawn';

export interface SpeakerListEntry {
  id: string;
  /** Null for a guest put on the list by the chair or secretary. */
  personId: string | null;
  agendaItemId: string;
  status: SpeakerStatus;
}

/** One person waits (or speaks) at most once per item; asking again while queued is refused. */
export function canRequestFloor(entries: readonly SpeakerListEntry[], personId: string, agendaItemId: string): boolean {
  return !entries.some(
    (e) => e.personId === personId && e.agendaItemId === agendaItemId && (e.status === 'waiting' || e.status === 'speaking'),
  );
}

/** The chair's new order must name exactly the waiting entries, each once. */
export function isValidOrder(waitingIds: readonly string[], order: readonly string[]): boolean {
  if (order.length !== waitingIds.length || new Set(order).size !== order.length) return false;
  const waiting = new Set(waitingIds);
  return order.every((id) => waiting.has(id));
}

export interface Intervention {
  personId: string;
  agendaItemId: string;
  seconds: number;
}

export interface SpeakingTotals {
  byPerson: Record<string, number>;
  byItem: Record<string, number>;
  total: number;
}

/** Speaking time added up per person and per item, in seconds. */
export function speakingTotals(interventions: readonly Intervention[]): SpeakingTotals {
  const totals: SpeakingTotals = { byPerson: {}, byItem: {}, total: 0 };
  for (const { personId, agendaItemId, seconds } of interventions) {
    if (!(seconds >= 0)) throw new RangeError('an intervention cannot last a negative time');
    totals.byPerson[personId] = (totals.byPerson[personId] ?? 0) + seconds;
    totals.byItem[agendaItemId] = (totals.byItem[agendaItemId] ?? 0) + seconds;
    totals.total += seconds;
  }
  return totals;
}

/** Seconds left on the floor's clock; negative once the speaker runs over. */
export function remainingSeconds(startedAt: Date, limitSeconds: number, now: Date): number {
  return limitSeconds - Math.floor((now.getTime() - startedAt.getTime()) / 1000);
}
