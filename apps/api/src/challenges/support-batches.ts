import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What `challenge_support_add` decided for one support (migration 1797600000400). */
export interface SupportOutcome {
  outcome: 'added' | 'held' | 'limit_reached' | 'not_admitted' | 'not_found';
  held: number;
}

interface Pending {
  ideaId: string;
  personId: string;
  limit: number;
  resolve: (outcome: SupportOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Supports arriving together are written together: each one waits for the next turn of the event loop, and the
 * supports queued by then go to PostgreSQL as one `challenge_supports_add` statement (migration 1797700000300): one
 * round trip, one transaction and one commit for up to MAX_BATCH of them instead of one each. At most MAX_IN_FLIGHT
 * batches run at once; while they do, new supports queue, so batches grow with the load and a lone support costs
 * one turn of the loop. Each support is answered only after its batch commits. A batch that fails is retried one
 * support at a time, so an error reaches only the support that caused it.
 */
@Injectable()
export class SupportBatches {
  static readonly MAX_BATCH = 250;
  static readonly MAX_IN_FLIGHT = 3;

  private queue: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  add(ideaId: string, personId: string, limit: number): Promise<SupportOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ideaId, personId, limit, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= SupportBatches.MAX_IN_FLIGHT) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      while (this.queue.length > 0 && this.inFlight < SupportBatches.MAX_IN_FLIGHT) {
        const batch = this.queue.splice(0, SupportBatches.MAX_BATCH);
        this.inFlight += 1;
        void this.settle(batch).finally(() => {
          this.inFlight -= 1;
          if (this.queue.length > 0) this.schedule();
        });
      }
    });
  }

  private async settle(batch: Pending[]): Promise<void> {
    try {
      const outcomes = await this.write(batch);
      batch.forEach((pending, i) => pending.resolve(outcomes[i]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      await Promise.all(batch.map((pending) => this.settle([pending])));
    }
  }

  private async write(batch: Pending[]): Promise<SupportOutcome[]> {
    const rows = (await this.db.query(`SELECT ord, outcome, held FROM challenge_supports_add($1::uuid[], $2::uuid[], $3::integer[])`, [
      batch.map((pending) => pending.ideaId),
      batch.map((pending) => pending.personId),
      batch.map((pending) => pending.limit),
    ])) as Array<SupportOutcome & { ord: number }>;
    const outcomes: SupportOutcome[] = [];
    for (const { ord, outcome, held } of rows) outcomes[ord - 1] = { outcome, held };
    if (outcomes.length !== batch.length || outcomes.includes(undefined as never)) throw new Error('a support batch lost an outcome');
    return outcomes;
  }
}
