import { AgreementStatus } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { createAgreement } from '../agreements/create-agreement';
import { AgreementEntity } from '../agreements/entities/agreement.entity';
import { DecisionEntity } from '../meetings/entities/decision.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { DemoRecord } from './demo-record';
import { mexicoCityInstant } from './demo-session';

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
 * statuses the record reports, on a closed session of that date whose minutes the 2021 session approved; then the
 * agreements of the 2021 session's own decisions. Idempotent: skipped once the previous session exists.
 */
export async function loadDemoAgreements(em: EntityManager, record: DemoRecord, commissionId: string): Promise<void> {
  const { session } = record as DemoRecord & DemoAgreementsRecord;
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
      minutesApprovedInId: current.id,
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
  // The three votes share one recorded time: number them in the order they were taken.
  const taken = ['agenda_approval', 'waive_reading', 'minutes_approval', 'other'];
  const decisions = (await em.find(DecisionEntity, { where: { meetingId: current.id }, order: { recordedAt: 'ASC' } })).sort(
    (a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || taken.indexOf(a.kind) - taken.indexOf(b.kind),
  );
  for (const decision of decisions) {
    if (decision.outcome === 'rejected' || (await em.existsBy(AgreementEntity, { decisionId: decision.id }))) continue;
    await createAgreement(em, {
      meetingId: current.id,
      text: decision.subject,
      adoption: decision.outcome === 'unanimous' ? 'unanimity' : 'majority',
      decisionId: decision.id,
    });
  }
}
