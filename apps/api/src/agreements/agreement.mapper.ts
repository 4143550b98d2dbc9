import { Agreement } from '@cocrea/contracts';
import { adoptedBy, agreementOverdue, commissionDay, VoteScope } from '@cocrea/domain';
import { SelectQueryBuilder } from 'typeorm';
import { AgreementEntity } from './entities/agreement.entity';

/**
 * The base and rights of the poll an agreement came from, so its wording says "por unanimidad de los votos emitidos:
 * 2 de 28 derechos" as the room and the minutes do; none for an outcome recorded without a poll.
 */
export function voteScopeOf(a: AgreementEntity): VoteScope | undefined {
  const poll = a.decision?.poll;
  return poll?.result ? { base: poll.base, rights: poll.result.quorum.present } : undefined;
}

/** Loads an agreement's outcome and its poll (aliases `<alias>_decision`, `<alias>_poll`), for `voteScopeOf`. */
export function withOutcomePoll<T extends AgreementEntity>(qb: SelectQueryBuilder<T>, alias = 'a'): SelectQueryBuilder<T> {
  return qb.leftJoinAndSelect(`${alias}.decision`, `${alias}_decision`).leftJoinAndSelect(`${alias}_decision.poll`, `${alias}_poll`);
}

/** Loads the person an agreement is assigned to (alias `<alias>_assignee`), for `toAgreement`. */
export function withAssignee<T extends AgreementEntity>(qb: SelectQueryBuilder<T>, alias = 'a'): SelectQueryBuilder<T> {
  return qb.leftJoinAndSelect(`${alias}.assignee`, `${alias}_assignee`);
}

/**
 * `agreement.meeting` must be loaded, `agreement.decision` with its poll (its outcome) for the poll it came from, and
 * `agreement.assignee` when one is named (`withAssignee`).
 */
export function toAgreement(a: AgreementEntity, today: string): Agreement {
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
    adoptedBy: adoptedBy(a.adoption, a, voteScopeOf(a)),
    pollId: a.decision?.pollId ?? null,
    responsible: a.responsible,
    assignee: a.assignee ? { personId: a.assignee.id, name: a.assignee.name } : null,
    dueOn: a.dueOn,
    status: a.status,
    overdue: agreementOverdue(a.status, a.dueOn, today),
    updatedAt: a.updatedAt.toISOString(),
  };
}
