import type { AttendanceStatus } from '@cocrea/contracts';
import { quorum, QuorumResult } from './quorum';

/** Statuses that count a voting member as present for quorum: in person, late but arrived, or by proxy. */
export const COUNTS_AS_PRESENT: ReadonlySet<AttendanceStatus> = new Set(['present', 'late', 'represented']);

export interface RollCallMember {
  personId: string;
  votes: boolean;
}

export interface AttendanceQuorumInput {
  members: readonly RollCallMember[];
  /** Status per person id; a member with no entry is absent. */
  attendance: ReadonlyMap<string, AttendanceStatus>;
  fraction: number;
  /** Members who declared a conflict of interest on the item in question: out of its base and its count. */
  recused?: ReadonlySet<string>;
}

export interface AttendanceQuorum extends QuorumResult {
  votingMembers: number;
  present: number;
  represented: number;
  fraction: number;
}

/** Quorum of a roll call: represented members count as present; recused members drop out of the item's quorum. */
export function attendanceQuorum({ members, attendance, fraction, recused = new Set() }: AttendanceQuorumInput): AttendanceQuorum {
  const voting = members.filter((m) => m.votes && !recused.has(m.personId));
  const statuses = voting.map((m) => attendance.get(m.personId) ?? 'absent');
  const present = statuses.filter((s) => COUNTS_AS_PRESENT.has(s)).length;
  const represented = statuses.filter((s) => s === 'represented').length;
  return {
    ...quorum({ votingMembers: voting.length, presentVotingMembers: present, fraction }),
    votingMembers: voting.length,
    present,
    represented,
    fraction,
  };
}

export type AttendanceChange =
  | { ok: true }
  | { ok: false; reason: 'present_and_represented' | 'representative_missing' | 'self_representation' };

/**
 * Whether a member's roll-call entry may become `next`. A member recorded as represented cannot be
 * marked present (nor the reverse) without first clearing the entry: the same voting right would
 * otherwise be counted, and later used, twice.
 */
export function checkAttendanceChange(
  current: AttendanceStatus | undefined,
  next: { status: AttendanceStatus; personId: string; representativePersonId?: string | null; representativeName?: string | null },
): AttendanceChange {
  const inPerson = (s: AttendanceStatus | undefined) => s === 'present' || s === 'late';
  if ((current === 'represented' && inPerson(next.status)) || (inPerson(current) && next.status === 'represented')) {
    return { ok: false, reason: 'present_and_represented' };
  }
  if (next.status === 'represented') {
    if (!next.representativeName?.trim() && !next.representativePersonId) return { ok: false, reason: 'representative_missing' };
    if (next.representativePersonId === next.personId) return { ok: false, reason: 'self_representation' };
  }
  return { ok: true };
}

export interface RepresentativeRef {
  personId: string | null;
  name: string | null;
}

export interface RepresentationWindow {
  memberPersonId: string;
  /** Who the letter names as the representative: a person with an account, or only a name. */
  representativePersonId: string | null;
  representativeName: string;
  validFrom: Date | null;
  validUntil: Date | null;
  /** Null: the whole session; otherwise only these agenda items. */
  agendaItemIds: readonly string[] | null;
  hasLetter: boolean;
}

export interface ProxyCheck {
  at: Date;
  /**
   * The agenda item in question. Null: no item is under way, so only a letter for the whole session covers.
   * Absent: scope is not checked (the minutes print each letter's scope next to it).
   */
  agendaItemId?: string | null;
  /** Who the roll call records as standing in; the letter must name the same person. */
  representative?: RepresentativeRef;
}

const foldName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Two references to a representative name the same person: by account when both have one, otherwise by name. */
export function sameRepresentative(a: RepresentativeRef, b: RepresentativeRef): boolean {
  if (a.personId && b.personId) return a.personId === b.personId;
  return !!a.name && !!b.name && foldName(a.name) === foldName(b.name);
}

/** A representation backs a proxy only with its letter, inside its window and scope, for the person the roll call names. */
export function representationCovers(r: RepresentationWindow, { at, agendaItemId, representative }: ProxyCheck): boolean {
  if (!r.hasLetter) return false;
  if (r.validFrom && at < r.validFrom) return false;
  if (r.validUntil && at > r.validUntil) return false;
  if (agendaItemId !== undefined && r.agendaItemIds && (agendaItemId === null || !r.agendaItemIds.includes(agendaItemId))) return false;
  if (representative && !sameRepresentative({ personId: r.representativePersonId, name: r.representativeName }, representative))
    return false;
  return true;
}

/** Why no letter on file lets this representative stand in now, for this item: the rule that refused, to be told. */
export type LetterGap =
  | { reason: 'no_letter' }
  | { reason: 'other_representative' }
  | { reason: 'not_in_force' }
  /** The letters naming this representative, in force now, cover only these agenda items. */
  | { reason: 'other_items'; agendaItemIds: string[] };

/**
 * The first rule a proxy fails, checked in the order a secretary would explain it: a letter on file, naming this
 * representative, in force now, covering the item. Null when one letter passes every rule (`representationCovers`).
 */
export function letterGap(letters: readonly RepresentationWindow[], check: Required<ProxyCheck>): LetterGap | null {
  if (letters.some((r) => representationCovers(r, check))) return null;
  const onFile = letters.filter((r) => r.hasLetter);
  if (onFile.length === 0) return { reason: 'no_letter' };
  const named = onFile.filter((r) =>
    sameRepresentative({ personId: r.representativePersonId, name: r.representativeName }, check.representative),
  );
  if (named.length === 0) return { reason: 'other_representative' };
  const inForce = named.filter((r) => representationCovers(r, { at: check.at, representative: check.representative }));
  if (inForce.length === 0) return { reason: 'not_in_force' };
  return { reason: 'other_items', agendaItemIds: [...new Set(inForce.flatMap((r) => r.agendaItemIds ?? []))] };
}

/** Agenda positions as a reader says them: consecutive ones as a range ("2–3"), the rest listed ("1, 4–6"). */
export function itemPositions(positions: readonly number[]): string {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const p of sorted) {
    const run = runs.at(-1);
    if (run && p === run[run.length - 1] + 1) run.push(p);
    else runs.push([p]);
  }
  return runs.map((r) => (r.length === 1 ? `${r[0]}` : `${r[0]}–${r[r.length - 1]}`)).join(', ');
}
