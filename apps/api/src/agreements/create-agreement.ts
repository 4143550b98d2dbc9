import { AgreementAdoption, AgreementStatus } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { CommissionEntity } from '../commissions/commission.entity';
import { findMeetingRef } from '../meetings';
import { agreementNumber } from './agreement-number';
import { AgreementEntity } from './entities/agreement.entity';

export interface NewAgreement {
  meetingId: string;
  text: string;
  adoption: AgreementAdoption | null;
  yes?: number | null;
  no?: number | null;
  abstain?: number | null;
  pollId?: string | null;
  decisionId?: string | null;
  status?: AgreementStatus;
}

/**
 * Numbers and stores an agreement inside the caller's transaction. Numbers run per session day: when a commission
 * holds two sessions on one day (an ordinary and an extraordinary one) the second continues the first's sequence,
 * so `CGATP/03/15-02-2021` names one agreement; the prefix is the commission's own, unique in the installation. The commission's row is locked while numbering; the unique
 * number backs that up.
 */
export async function createAgreement(em: EntityManager, input: NewAgreement): Promise<AgreementEntity> {
  const meeting = await findMeetingRef(em, input.meetingId);
  if (!meeting) throw new Error(`no session ${input.meetingId}`);
  const commission = await em.findOne(CommissionEntity, { where: { id: meeting.commissionId }, lock: { mode: 'for_no_key_update' } });
  if (!commission) throw new Error(`no commission ${meeting.commissionId}`);
  const daySuffix = agreementNumber(commission.agreementPrefix, 0, meeting.scheduledAt).replace(/^.*\//, '/');
  const last = await em
    .createQueryBuilder(AgreementEntity, 'a')
    .where('a.commission_id = :commissionId AND a.number LIKE :suffix', { commissionId: commission.id, suffix: `%${daySuffix}` })
    .orderBy('a.sequence', 'DESC')
    .getOne();
  const sequence = (last?.sequence ?? 0) + 1;
  return em.save(
    em.create(AgreementEntity, {
      commissionId: meeting.commissionId,
      meetingId: meeting.id,
      sequence,
      number: agreementNumber(commission.agreementPrefix, sequence, meeting.scheduledAt),
      text: input.text,
      adoption: input.adoption,
      yes: input.yes ?? null,
      no: input.no ?? null,
      abstain: input.abstain ?? null,
      pollId: input.pollId ?? null,
      decisionId: input.decisionId ?? null,
      status: input.status ?? 'pending',
    }),
  );
}
