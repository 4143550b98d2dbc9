/** What the audit trail of a session says when checked: the chain intact, and the record it describes the one stored. */
export interface SessionAuditReport {
  meetingId: string;
  /** Links in the trail, and the hash of the last one (publish it to pin the trail). */
  events: number;
  head: string | null;
  /** The chain recomputed: intact, or the first link that is not what was appended, and why. */
  chain: { ok: true } | { ok: false; seq: number; reason: 'sequence_gap' | 'previous_mismatch' | 'hash_mismatch' };
  /** The record rebuilt from the trail equals the session's stored record; otherwise the parts that differ. */
  matchesRecord: boolean;
  differences: SessionAuditDifference[];
}

/** One part of the record that differs from the trail (`ids`: the rows, e.g. the people whose attendance differs). */
export interface SessionAuditDifference {
  part: string;
  ids: string[];
}
