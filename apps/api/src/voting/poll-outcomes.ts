import { PollState } from '@cocrea/contracts';
import { Injectable, Logger } from '@nestjs/common';

/** What another module does once a poll that decides something of its own (its `subjectRef`) has closed. */
export type PollOutcomeListener = (closed: PollState, closedById: string) => Promise<void>;

/**
 * Tells other modules that a poll closed, after its transaction committed (documents apply or reject the amendment
 * the poll decided). A listener's failure is logged: the poll's result is final whatever a listener does with it.
 */
@Injectable()
export class PollOutcomes {
  private readonly logger = new Logger(PollOutcomes.name);
  private readonly listeners: PollOutcomeListener[] = [];

  listen(listener: PollOutcomeListener): void {
    this.listeners.push(listener);
  }

  async closed(state: PollState, closedById: string): Promise<void> {
    for (const listener of this.listeners) {
      await listener(state, closedById).catch((error: unknown) =>
        this.logger.error({ msg: 'a closed poll was not carried out', pollId: state.id, error: String(error) }),
      );
    }
  }
}
