import { draftMinutes, Minutes, MinutesRecord, minutesMarkdown, VoteScope } from '@cocrea/domain';
import { EntityManager } from 'typeorm';
import { agreementLedger } from './agreement-ledger';
import { closedPollFacts, NamedVote } from './closed-poll-facts';
import { hasValidLetter, MeetingRecord, quorumOf, speakerName } from './meeting-state';

/** What the minutes add to the room's record: each outcome's agreement number, a named poll's votes, a poll's base and rights. */
export interface OutcomeFacts {
  agreementNumbers: Map<string, string>;
  namedVotes: Map<string, NamedVote[]>;
  scopes: Map<string, VoteScope>;
}

export async function outcomeFactsOf(em: EntityManager, record: MeetingRecord): Promise<OutcomeFacts> {
  const ids = record.decisions.map((d) => d.id);
  const namedPolls = record.decisions.filter((d) => d.method === 'named' && d.pollId).map((d) => d.pollId as string);
  const pollIds = record.decisions.flatMap((d) => (d.pollId ? [d.pollId] : []));
  const [agreementNumbers, namedVotes, scopes] = await Promise.all([
    agreementLedger().numbersByDecision(em, ids),
    namedPolls.length ? closedPollFacts().namedVotes(em, namedPolls) : new Map<string, NamedVote[]>(),
    pollIds.length ? closedPollFacts().scopes(em, pollIds) : new Map<string, VoteScope>(),
  ]);
  return { agreementNumbers, namedVotes, scopes };
}

/** The facts of a session as the minutes drafter reads them. */
export function minutesRecordOf(record: MeetingRecord, facts: OutcomeFacts, now: Date): MinutesRecord {
  const { meeting } = record;
  const attendanceByPerson = new Map(record.attendance.map((a) => [a.personId, a]));
  const positions = new Map(record.agenda.map((i) => [i.id, i.position]));
  const position = (itemId: string) => positions.get(itemId) ?? 0;
  const nameOf = (role: string) => record.members.find((m) => m.role === role)?.person.name ?? null;
  const letterCheckAt = meeting.openedAt ?? now;
  // The quorum declared at the opening (late arrivals came after it); a session never opened has none to state.
  const q = meeting.openingQuorum ?? quorumOf(record);
  return {
    commissionName: record.commission.name,
    title: meeting.title,
    kind: meeting.kind,
    scheduledAt: meeting.scheduledAt,
    convenedAt: meeting.convenedAt,
    place: meeting.place,
    videoUrl: meeting.videoUrl,
    openedAt: meeting.openedAt,
    closedAt: meeting.closedAt,
    chairName: nameOf('chair'),
    secretaryName: nameOf('secretary'),
    attendance: record.members.map((m) => {
      const entry = attendanceByPerson.get(m.personId);
      return {
        name: m.person.name,
        status: entry?.status ?? 'absent',
        representativeName: entry?.representativeName ?? null,
        arrivedAt: entry?.arrivedAt ?? null,
        // The minutes record whether the proxy was good when the session opened; each letter's scope is printed with it.
        validLetter: entry?.status === 'represented' ? hasValidLetter(record, entry, letterCheckAt) : false,
      };
    }),
    representations: record.representations.map((r) => ({
      memberName: r.member.name,
      representativeName: r.representativeName,
      letterFilename: r.letterAttachmentId ? (record.attachments.get(r.letterAttachmentId)?.filename ?? null) : null,
      validFrom: r.validFrom,
      validUntil: r.validUntil,
      itemPositions: r.agendaItemIds ? r.agendaItemIds.map(position).sort((a, b) => a - b) : null,
    })),
    invited: record.invited.map((i) => ({ name: i.name, organization: i.organization, role: i.role })),
    quorum: {
      votingMembers: q.votingMembers,
      present: q.present,
      represented: q.represented,
      required: q.required,
      reached: q.present >= q.required,
    },
    agenda: record.agenda.map((i) => ({ position: i.position, title: i.title, kind: i.kind, presenter: i.presenter })),
    decisions: record.decisions.map((d) => ({
      itemPosition: position(d.agendaItemId),
      subject: d.subject,
      outcome: d.outcome,
      yes: d.yes,
      no: d.no,
      abstain: d.abstain,
      method: d.method,
      legalBasis: d.legalBasis,
      agreementNumber: facts.agreementNumbers.get(d.id) ?? null,
      namedVotes: d.pollId ? (facts.namedVotes.get(d.pollId) ?? null) : null,
      approvedMinutesOf: d.approvedMinutesOf?.title ?? null,
      scope: d.pollId ? (facts.scopes.get(d.pollId) ?? null) : null,
    })),
    interventions: record.speakers
      .filter((s) => s.status === 'done' && s.startedAt && s.endedAt)
      .map((s) => ({
        itemPosition: position(s.agendaItemId),
        speakerName: speakerName(s),
        startedAt: s.startedAt as Date,
        seconds: Math.round(((s.endedAt as Date).getTime() - (s.startedAt as Date).getTime()) / 1000),
      })),
    recusals: record.recusals.map((r) => ({ itemPosition: position(r.agendaItemId), name: r.person.name, reason: r.reason })),
  };
}

/** The draft minutes of a session, from its outcomes (never from a second path to what was decided); `now` checks the letters of a session never opened. */
export async function draftMinutesOf(em: EntityManager, record: MeetingRecord, now: Date): Promise<{ minutes: Minutes; markdown: string }> {
  const minutes = draftMinutes(minutesRecordOf(record, await outcomeFactsOf(em, record), now));
  return { minutes, markdown: minutesMarkdown(minutes) };
}
