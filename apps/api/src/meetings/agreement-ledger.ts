import { AgreementAdoption } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';

/**
 * What the room (meetings and voting) needs of the agreements domain. An agreement follows up a decision of a session,
 * so the agreements domain sits above the room and the room cannot import it: the agreements domain provides this
 * ledger when its module starts, and the room's functions, which run inside the caller's transaction, reach it here.
 */
export interface AgreementLedger {
  /** Numbers and stores the one agreement a passed outcome makes, inside the caller's transaction. */
  createFromOutcome(em: EntityManager, outcome: AgreementFromOutcome): Promise<AgreementRef>;
  /** The number of the agreement each of these decisions made, by decision id. */
  numbersByDecision(em: EntityManager, decisionIds: string[]): Promise<Map<string, string>>;
  /** The agreement that the decision a poll closed into made, if any. */
  ofPoll(em: EntityManager, pollId: string): Promise<AgreementRef | null>;
}

export interface AgreementFromOutcome {
  meetingId: string;
  decisionId: string;
  text: string;
  adoption: AgreementAdoption;
  yes: number | null;
  no: number | null;
  abstain: number | null;
}

export interface AgreementRef {
  id: string;
  number: string;
}

let provided: AgreementLedger | null = null;

/** Called once by the agreements domain as its module starts. */
export function provideAgreementLedger(ledger: AgreementLedger): void {
  provided = ledger;
}

export function agreementLedger(): AgreementLedger {
  if (!provided) throw new Error('The agreements module has not started: no agreement ledger to record into.');
  return provided;
}
