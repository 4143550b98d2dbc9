import { AgreementAdoption, AgreementStatus } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { CommissionEntity } from '../commissions/commission.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
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
 * Numbers and stores an agreement inside the caller's transaction. The session row is locked so that two
 * agreements of one session never take the same number; the unique keys back that up.
 */
export async function createAgreement(em: EntityManager, input: NewAgreement): Promise<AgreementEntity> {
  const meeting = await em.findOne(MeetingEntity, { where: { id: input.meetingId }, lock: { mode: 'pessimistic_write' } });
  if (!meeting) throw new Error(`no session ${input.meetingId}`);
  const commission = await em.findOneByOrFail(CommissionEntity, { id: meeting.commissionId });
  const last = await em.findOne(AgreementEntity, { where: { meetingId: meeting.id }, order: { sequence: 'DESC' } });
  const sequence = (last?.sequence ?? 0) + 1;
  return em.save(
    em.create(AgreementEntity, {
      commissionId: meeting.commissionId,
      meetingId: meeting.id,
      sequence,
      number: agreementNumber(commission.name, sequence, meeting.scheduledAt),
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
