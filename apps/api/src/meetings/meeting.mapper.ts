import { AgendaItem, Decision, MeetingSummary } from '@cocrea/contracts';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { DecisionEntity } from './entities/decision.entity';
import { MeetingEntity } from './entities/meeting.entity';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toMeetingSummary(m: MeetingEntity): MeetingSummary {
  return {
    id: m.id,
    commissionId: m.commissionId,
    title: m.title,
    kind: m.kind,
    status: m.status,
    scheduledAt: m.scheduledAt.toISOString(),
    place: m.place,
    videoUrl: m.videoUrl,
    convenedAt: iso(m.convenedAt),
    openedAt: iso(m.openedAt),
    closedAt: iso(m.closedAt),
    cancelledAt: iso(m.cancelledAt),
    cancellationReason: m.cancellationReason,
    selfCheckInOpen: m.selfCheckInOpen,
  };
}

export function toAgendaItem(i: AgendaItemEntity): AgendaItem {
  return {
    id: i.id,
    position: i.position,
    title: i.title,
    kind: i.kind,
    presenter: i.presenter,
    minutesAllotted: i.minutesAllotted,
    addedBy: i.addedBy?.name ?? null,
    approvesMinutesOf: i.approvesMinutesOfId,
  };
}

export function toDecision(d: DecisionEntity): Decision {
  return {
    id: d.id,
    agendaItemId: d.agendaItemId,
    kind: d.kind,
    subject: d.subject,
    outcome: d.outcome,
    method: d.method,
    pollId: d.pollId,
    yes: d.yes,
    no: d.no,
    abstain: d.abstain,
    legalBasis: d.legalBasis,
    approvedMinutesOf: d.approvedMinutesOf ? { meetingId: d.approvedMinutesOf.id, title: d.approvedMinutesOf.title } : null,
    recordedAt: d.recordedAt.toISOString(),
  };
}
