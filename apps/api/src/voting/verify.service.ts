import { AuditEventView, ChainVerification, ReceiptCheck } from '@cocrea/contracts';
import { BallotFact, canonicalize, compareBallots, tally, verifyChain } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BallotEntity } from './entities/ballot.entity';
import { PollAuditEventEntity } from './entities/poll-audit-event.entity';
import { PollOptionEntity } from './entities/poll-option.entity';
import { PollEntity } from './entities/poll.entity';
import { pollNotFound } from './poll-errors';
import { normalizeReceipt, sha256 } from './sha256';

const BALLOT_EVENTS = new Set(['ballot_cast', 'ballot_recorded', 'ballot_changed']);

/** Public checks anyone can run: the chain recomputed, the ballots compared with it, a receipt looked up. */
@Injectable()
export class VerifyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async verify(pollId: string): Promise<ChainVerification> {
    const { events, ballots, options } = await this.load(pollId);
    const chain = verifyChain(events, sha256);
    const facts: BallotFact[] = events
      .filter((e) => BALLOT_EVENTS.has(e.kind))
      .map((e) => {
        const p = e.payload as { ballotId: string; optionId: string; receiptHash: string };
        return { ballotId: p.ballotId, optionId: p.optionId, receiptHash: p.receiptHash };
      });
    const mismatch = compareBallots(
      facts,
      ballots.map((b) => ({ ballotId: b.id, optionId: b.optionId, receiptHash: b.receiptHash })),
    );
    // The tally published at the close must be the tally of the ballots the chain holds.
    const closed = events.find((e) => e.kind === 'poll_closed')?.payload as { tally?: Record<string, number> } | undefined;
    const latest = new Map(facts.map((f) => [f.ballotId, f.optionId]));
    const chainTally = tally(
      options,
      [...latest.values()].filter((id) => options.some((o) => o.id === id)),
    );
    const closedTallyDiffers = !!closed?.tally && canonicalize(closed.tally) !== canonicalize(chainTally);
    const ballotProblem = mismatch ? `${mismatch.problem}:${mismatch.ballotId}` : closedTallyDiffers ? 'closed_tally_differs' : null;
    return {
      pollId,
      intact: chain.ok && !ballotProblem,
      events: events.length,
      head: chain.ok ? chain.head : null,
      brokenAt: chain.ok ? null : { seq: chain.seq, reason: chain.reason },
      ballotsMatch: !ballotProblem,
      ballotProblem,
      tally: tally(
        options,
        ballots.map((b) => b.optionId).filter((id) => options.some((o) => o.id === id)),
      ),
    };
  }

  /** The chain as published: a secret poll's events name nobody, so publishing them links no ballot to a person. */
  async chain(pollId: string): Promise<AuditEventView[]> {
    const { events } = await this.load(pollId);
    return events.map((e) => ({ seq: e.seq, kind: e.kind, payload: e.payload, prevHash: e.prevHash, hash: e.hash }));
  }

  async checkReceipt(pollId: string, code: string): Promise<ReceiptCheck> {
    const { events, ballots } = await this.load(pollId);
    const receiptHash = sha256(normalizeReceipt(code));
    const event = [...events]
      .reverse()
      .find((e) => BALLOT_EVENTS.has(e.kind) && (e.payload as { receiptHash?: string }).receiptHash === receiptHash);
    const stored = ballots.some((b) => b.receiptHash === receiptHash);
    return { pollId, counted: !!event && stored, seq: event?.seq ?? null };
  }

  private async load(pollId: string) {
    const em = this.db.manager;
    if (!(await em.existsBy(PollEntity, { id: pollId }))) throw pollNotFound();
    const [events, ballots, options] = await Promise.all([
      em.find(PollAuditEventEntity, { where: { pollId }, order: { seq: 'ASC' } }),
      em.find(BallotEntity, { where: { pollId }, select: { id: true, optionId: true, receiptHash: true } }),
      em.find(PollOptionEntity, { where: { pollId }, order: { position: 'ASC' } }),
    ]);
    return { events, ballots, options };
  }
}
