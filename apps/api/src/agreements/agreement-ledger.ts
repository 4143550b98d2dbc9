import { EntityManager, In } from 'typeorm';
import { AgreementFromOutcome, AgreementLedger, AgreementRef } from '../meetings';
import { createAgreement } from './create-agreement';
import { AgreementEntity } from './entities/agreement.entity';

/** The agreements domain's side of the room's agreement ledger (meetings/agreement-ledger.ts): its one writer and reads. */
export const agreementsLedger: AgreementLedger = {
  async createFromOutcome(em: EntityManager, outcome: AgreementFromOutcome): Promise<AgreementRef> {
    const { id, number } = await createAgreement(em, outcome);
    return { id, number };
  },
  async numbersByDecision(em: EntityManager, decisionIds: string[]): Promise<Map<string, string>> {
    if (!decisionIds.length) return new Map();
    const rows = await em.find(AgreementEntity, { where: { decisionId: In(decisionIds) }, select: { decisionId: true, number: true } });
    return new Map(rows.map((a) => [a.decisionId as string, a.number]));
  },
  ofPoll(em: EntityManager, pollId: string): Promise<AgreementRef | null> {
    return em.findOne(AgreementEntity, { where: { decision: { pollId } }, select: { id: true, number: true } });
  },
};
