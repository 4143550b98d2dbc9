import { PollState } from '@cocrea/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** What another module does once a poll that decides something of its own (its `subjectRef`) has closed. */
export type PollOutcomeListener = (closed: PollState, closedById: string) => Promise<void>;

/** Whether a poll may be put on `subjectRef` in `meetingId` (the module that owns the subject answers). */
export type PollSubjectCheck = (em: EntityManager, subjectRef: string, meetingId: string) => Promise<boolean>;

/**
 * Tells other modules that a poll closed, after its transaction committed (documents apply or reject the amendment
 * the poll decided). A listener's failure is logged: the poll's result is final whatever a listener does with it.
 */
@Injectable()
export class PollOutcomes {
  private readonly logger = new Logger(PollOutcomes.name);
  private readonly listeners: PollOutcomeListener[] = [];
  private readonly checks: PollSubjectCheck[] = [];

  listen(listener: PollOutcomeListener): void {
    this.listeners.push(listener);
  }

  /** A module that owns what polls decide elsewhere says whether it is still undecided and in that session. */
  checkSubjects(check: PollSubjectCheck): void {
    this.checks.push(check);
  }

  async subjectOpen(em: EntityManager, subjectRef: string, meetingId: string): Promise<boolean> {
    for (const check of this.checks) if (!(await check(em, subjectRef, meetingId))) return false;
    return true;
  }

  async closed(state: PollState, closedById: string): Promise<void> {
    for (const listener of this.listeners) {
      await listener(state, closedById).catch((error: unknown) =>
        this.logger.error({ msg: 'a closed poll was not carried out', pollId: state.id, error: String(error) }),
      );
    }
  }
}
