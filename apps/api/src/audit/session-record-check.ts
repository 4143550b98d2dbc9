import { applyMeetingChange, MeetingChange, MeetingState, SessionAuditDifference } from '@cocrea/contracts';
import { canonicalize } from '@cocrea/domain';

/** A link of the trail as stored: the whole record where the trail starts or resumes, or one command's change. */
export type TrailLink = { kind: 'room_state'; payload: MeetingState } | { kind: 'room_change'; payload: MeetingChange };

/**
 * The parts of a session's state that are its record, compared between the trail and the tables. Left out: what is
 * computed from them (the quorum, speaking totals, warnings about letters in force *now*) and people's names, which
 * their owners may correct later without changing what happened.
 */
const RECORD_PARTS = [
  'meeting',
  'agenda',
  'currentItemId',
  'attendance',
  'representations',
  'withdrawnRepresentations',
  'decisions',
  'invitedParticipants',
  'speakers',
  'recusals',
  'documents',
] as const;
const DERIVED_KEYS = new Set(['proxyWarning']);

const isNameKey = (key: string) => key === 'name' || key.endsWith('Name');

function withoutDerived(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDerived);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !isNameKey(key) && !DERIVED_KEYS.has(key))
      .map(([key, v]) => [key, withoutDerived(v)]),
  );
}

/** The record the trail describes: from its last full record, every later change applied; null past a missing link. */
export function recordFromTrail(links: readonly TrailLink[]): MeetingState | null | undefined {
  let state: MeetingState | null | undefined;
  for (const link of links) {
    if (link.kind === 'room_state') state = link.payload;
    else if (state) state = applyMeetingChange(state, link.payload);
  }
  return state;
}

/** Where the record in the tables differs from the one the trail describes, part by part (rows named by their ids). */
export function recordDifferences(fromTrail: MeetingState, stored: MeetingState): SessionAuditDifference[] {
  const differences: SessionAuditDifference[] = [];
  for (const part of RECORD_PARTS) {
    const trail = withoutDerived(fromTrail[part]);
    const table = withoutDerived(stored[part]);
    if (canonicalize(trail) === canonicalize(table)) continue;
    differences.push({ part, ids: Array.isArray(trail) && Array.isArray(table) ? differingRows(trail, table) : [] });
  }
  return differences;
}

/** The ids (or person ids) of rows present on one side only or different between the two. */
function differingRows(trail: unknown[], table: unknown[]): string[] {
  const idOf = (row: unknown) => {
    const r = row as { id?: string; personId?: string };
    return r.id ?? r.personId ?? canonicalize(row);
  };
  const byId = (rows: unknown[]) => new Map(rows.map((row) => [idOf(row), canonicalize(row)]));
  const [a, b] = [byId(trail), byId(table)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id) !== b.get(id)).sort();
}
