import { AuditEventView, ChainVerification, PollResult, ReceiptCheck } from '@cocrea/contracts';
import { BallotFact, canonicalize, compareBallots, decidePoll, tally, verifyChain } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BallotEntity } from './entities/ballot.entity';
import { PollAuditEventEntity } from './entities/poll-audit-event.entity';
import { PollOptionEntity } from './entities/poll-option.entity';
import { PollEntity } from './entities/poll.entity';
import { VotingRightUseEntity } from './entities/voting-right-use.entity';
import { pollNotFound } from './poll-errors';
import { normalizeReceipt, sha256 } from './sha256';

const BALLOT_EVENTS = new Set(['ballot_cast', 'ballot_recorded', 'ballot_changed']);

/** The result fields the chained tally decides; closedAt, quorum, recusals and legal basis come from the close itself. */
const decidedPart = (r: PollResult) => ({
  passed: r.passed,
  unanimous: r.unanimous,
  reason: r.reason,
  yes: r.yes,
  no: r.no,
  abstain: r.abstain,
  winningOptionId: r.winningOptionId,
  baseSize: r.baseSize,
  required: r.required,
});

/**
 * Public checks anyone can run: the chain recomputed and compared with the head and length stored on the poll row,
 * the ballots and voter records compared with it, the stored result recomputed from the chained tally, a receipt
 * looked up. Until the close nothing here shows an option: no tally, and the published chain's ballot events carry
 * no option (a count that jumps would tell what someone just chose).
 */
@Injectable()
export class VerifyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async verify(pollId: string): Promise<ChainVerification> {
    const { poll, events, ballots, options, voterRecords } = await this.load(pollId);
    const checked = verifyChain(events, sha256);
    const head = checked.ok ? checked.head : null;
    // A chain cut off at its end is still a valid chain: only the head and length kept on the poll row show it.
    const brokenAt = !checked.ok
      ? { seq: checked.seq, reason: checked.reason }
      : events.length !== poll.chainLength
        ? { seq: Math.min(events.length, poll.chainLength) + 1, reason: 'length_mismatch' }
        : head !== poll.chainHead
          ? { seq: events.length, reason: 'head_mismatch' }
          : null;
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
    const latest = new Map(facts.map((f) => [f.ballotId, f.optionId]));
    // A show of hands has no ballots: its tally is the count the secretary recorded, on the chain.
    const hands = events.find((e) => e.kind === 'show_of_hands_recorded')?.payload as { tally?: Record<string, number> } | undefined;
    const chainTally =
      hands?.tally ??
      tally(
        options,
        [...latest.values()].filter((id) => options.some((o) => o.id === id)),
      );
    const ballotProblem = mismatch
      ? `${mismatch.problem}:${mismatch.ballotId}`
      : voterRecords !== ballots.length
        ? `voter_records_differ:${voterRecords}/${ballots.length}`
        : null;
    const resultProblem = this.resultProblem(poll, events, options, chainTally);
    const closed = poll.status === 'closed';
    return {
      pollId,
      intact: !brokenAt && !ballotProblem && !resultProblem,
      events: events.length,
      head,
      brokenAt,
      ballotsMatch: !ballotProblem,
      ballotProblem,
      resultProblem,
      tally: closed ? chainTally : null,
    };
  }

  /** Exactly one `poll_closed`, the last event, when the poll is closed (none before); its tally and the poll's result are what the domain gives. */
  private resultProblem(
    poll: PollEntity,
    events: PollAuditEventEntity[],
    options: PollOptionEntity[],
    chainTally: Record<string, number>,
  ): string | null {
    const closes = events.filter((e) => e.kind === 'poll_closed');
    if (poll.status !== 'closed') return closes.length === 0 ? null : 'closed_event_on_open_poll';
    if (closes.length !== 1 || events[events.length - 1]?.kind !== 'poll_closed') return 'closed_event_missing';
    const payload = closes[0].payload as { tally?: Record<string, number>; result?: PollResult };
    if (!payload.tally || canonicalize(payload.tally) !== canonicalize(chainTally)) return 'closed_tally_differs';
    if (!poll.result || !payload.result || canonicalize(poll.result) !== canonicalize(payload.result)) return 'stored_result_differs';
    const r = poll.result;
    const recomputed = decidePoll({
      rule: r.rule,
      base: r.base,
      options,
      counts: chainTally,
      present: r.quorum.present,
      members: r.quorum.votingMembers,
      quorumReached: r.quorum.reached,
      castingVoteAllowed: poll.chairCastingVote,
      castingVote: r.reason === 'tie_casting_yes' ? 'yes' : r.reason === 'tie_casting_no' ? 'no' : null,
    });
    return canonicalize(decidedPart({ ...r, ...recomputed })) === canonicalize(decidedPart(r)) ? null : 'result_not_from_tally';
  }

  /** The chain as published: a secret poll's events name nobody; until the close no ballot event shows its option. */
  async chain(pollId: string): Promise<AuditEventView[]> {
    const { poll, events } = await this.load(pollId);
    const redact = poll.status !== 'closed';
    return events.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      payload: redact && BALLOT_EVENTS.has(e.kind) ? { ...e.payload, optionId: null } : e.payload,
      prevHash: e.prevHash,
      hash: e.hash,
    }));
  }

  /**
   * Whether a receipt's ballot is on the chain and stored. For a secret poll the answer is only "counted": no position
   * on the chain, which would let the holder point at the event and its option and so prove their vote to someone.
   */
  async checkReceipt(pollId: string, code: string): Promise<ReceiptCheck> {
    const { poll, events, ballots } = await this.load(pollId);
    const receiptHash = sha256(normalizeReceipt(code));
    const event = [...events]
      .reverse()
      .find((e) => BALLOT_EVENTS.has(e.kind) && (e.payload as { receiptHash?: string }).receiptHash === receiptHash);
    const stored = ballots.some((b) => b.receiptHash === receiptHash);
    return { pollId, counted: !!event && stored, seq: poll.method === 'secret' ? null : (event?.seq ?? null) };
  }

  private async load(pollId: string) {
    const em = this.db.manager;
    const poll = await em.findOneBy(PollEntity, { id: pollId });
    if (!poll) throw pollNotFound();
    const [events, ballots, options, voterRecords] = await Promise.all([
      em.find(PollAuditEventEntity, { where: { pollId }, order: { seq: 'ASC' } }),
      em.find(BallotEntity, { where: { pollId }, select: { id: true, optionId: true, receiptHash: true } }),
      em.find(PollOptionEntity, { where: { pollId }, order: { position: 'ASC' } }),
      em.countBy(VotingRightUseEntity, { pollId }),
    ]);
    return { poll, events, ballots, options, voterRecords };
  }
}
