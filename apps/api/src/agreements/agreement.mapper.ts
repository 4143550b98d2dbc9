import { Agreement } from '@cocrea/contracts';
import { adoptedBy, agreementOverdue, commissionDay } from '@cocrea/domain';
import { AgreementEntity } from './entities/agreement.entity';

/** `agreement.meeting` must be loaded, and `agreement.decision` (its outcome) for the poll it came from. */
export function toAgreement(a: AgreementEntity, today = commissionDay()): Agreement {
  return {
    id: a.id,
    number: a.number,
    commissionId: a.commissionId,
    meetingId: a.meetingId,
    meetingTitle: a.meeting.title,
    meetingDate: commissionDay(a.meeting.scheduledAt),
    text: a.text,
    adoption: a.adoption,
    yes: a.yes,
    no: a.no,
    abstain: a.abstain,
    adoptedBy: adoptedBy(a.adoption, a),
    pollId: a.decision?.pollId ?? null,
    responsible: a.responsible,
    dueOn: a.dueOn,
    status: a.status,
    overdue: agreementOverdue(a.status, a.dueOn, today),
    updatedAt: a.updatedAt.toISOString(),
  };
}
