import { AgreementStatus } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { createAgreement } from '../agreements/create-agreement';
import { AgendaItemEntity } from '../meetings/entities/agenda-item.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { OutcomeRecorder } from '../meetings/outcomes';
import { DemoRecord } from './demo-record';
import { demoDecisions, DemoSessionRecord, mexicoCityInstant } from './demo-session';

interface DemoFollowUp {
  agreement: string;
  adopted_by: 'unanimity' | 'majority' | null;
  status: string;
}

interface DemoAgreementsRecord {
  session: { title: string; previous_agreements_follow_up: DemoFollowUp[] };
}

export const PREVIOUS_SESSION = { title: 'Cuarta Sesión Ordinaria 2020', date: '2020-12-17' };

/** The record's words for a status: "attended", "in progress", and "attended for its first session; in progress through the year". */
export function followUpStatus(recorded: string): AgreementStatus {
  if (/in progress/.test(recorded)) return 'in_progress';
  if (/attended/.test(recorded)) return 'attended';
  return 'pending';
}

/**
 * The agreements the 2021-02-15 session reviewed (item 4): those of the Cuarta Sesión Ordinaria 2020, with the
 * statuses the record reports, on a closed session of that date; then the 2021 session's three decisions, recorded as
 * its outcomes (one agreement each; the third approves the 2020 minutes, frozen with their hash). Idempotent: skipped once the previous session exists.
 */
export async function loadDemoAgreements(
  em: EntityManager,
  record: DemoRecord,
  commissionId: string,
  outcomes: OutcomeRecorder,
): Promise<void> {
  const { session } = record as DemoRecord & DemoAgreementsRecord & DemoSessionRecord;
  if (await em.existsBy(MeetingEntity, { commissionId, title: PREVIOUS_SESSION.title })) return;
  const current = await em.findOneByOrFail(MeetingEntity, { commissionId, title: session.title });
  const previous = await em.save(
    em.create(MeetingEntity, {
      commissionId,
      title: PREVIOUS_SESSION.title,
      kind: 'ordinary',
      status: 'closed',
      scheduledAt: mexicoCityInstant(PREVIOUS_SESSION.date, '11:00'),
      place: 'Sesión virtual por videoconferencia',
      version: 1,
    }),
  );
  for (const item of session.previous_agreements_follow_up) {
    await createAgreement(em, {
      meetingId: previous.id,
      text: item.agreement,
      adoption: item.adopted_by,
      status: followUpStatus(item.status),
    });
  }
  // Item 3 put the 2020 minutes to approval: the call names them, and passing it approves (and freezes) exactly those.
  const minutesItem = demoDecisions(session).find((d) => d.kind === 'minutes_approval');
  if (minutesItem)
    await em.update(AgendaItemEntity, { meetingId: current.id, position: minutesItem.agendaItem }, { approvesMinutesOfId: previous.id });
  const items = await em.findBy(AgendaItemEntity, { meetingId: current.id });
  // The three votes, in the order taken, through the one writer of outcomes: each makes its one agreement.
  for (const decision of demoDecisions(session)) {
    await outcomes.record(em, current, {
      agendaItemId: items.find((i) => i.position === decision.agendaItem)?.id as string,
      kind: decision.kind,
      subject: decision.subject,
      outcome: decision.outcome,
      method: 'show_of_hands',
      recordedAt: current.openedAt as Date,
    });
  }
}
