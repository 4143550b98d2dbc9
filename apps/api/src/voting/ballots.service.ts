import { BallotReceipt, CastBallot, Me, PollState, RecordRollCallVote } from '@cocrea/contracts';
import { randomUUID } from 'node:crypto';
import { acceptsBallots, can, isLive, takesBallots } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppException, invalidField } from '../common/problem';
import { MeetingActor, mayEnter, requireThat, wrongStatus } from '../meetings/meeting-access';
import { votingRightRefusal } from '../meetings/room-refusal';
import { VotingRightUseEntity } from './entities/voting-right-use.entity';
import { BallotBatcher } from './ballot-batcher';
import { writeBallots } from './ballot-writer';
import { PollCommands } from './poll-commands';
import { pollWrongStatus } from './poll-errors';
import { PollPublisher } from './poll-publisher';
import { PollSnapshot, PollSnapshots } from './poll-snapshots';
import { idempotencyHash, receiptFor, sha256 } from './sha256';

/**
 * Casting ballots: checked in memory against the poll's snapshot, then committed in batches (see BallotBatcher); the
 * right used once (a unique key), what was chosen kept apart in secret polls, every ballot chained.
 */
@Injectable()
export class BallotsService {
  constructor(
    private readonly commands: PollCommands,
    private readonly publisher: PollPublisher,
    private readonly snapshots: PollSnapshots,
    private readonly batcher: BallotBatcher,
    private readonly clock: Clock,
  ) {
    batcher.onCommitted = (pollId) => publisher.schedule(pollId);
    publisher.ballotsInFlight = (pollId) => batcher.inFlight(pollId);
  }

  /**
   * 201 with a receipt once its batch committed; a retry with the same key gets the same receipt (replayed), never a
   * second row: the unique key of the right's use finds it. A ballot this instance's snapshot refuses is checked again
   * against the database's present state, and a retry whose first answer was lost still gets that answer after the
   * poll closed or the room changed.
   */
  async cast(me: Me, pollId: string, input: CastBallot): Promise<BallotReceipt> {
    let snapshot = await this.snapshots.get(pollId);
    if (refusal(snapshot, me, input)) {
      if (await this.wasAccepted(me, pollId, input)) return this.receipt(snapshot, input, true);
      snapshot = await this.snapshots.current(pollId);
      const problem = refusal(snapshot, me, input);
      if (problem?.code === 'no_voting_right') throw await this.namedRefusal(snapshot, me, input);
      if (problem) throw problem;
    }
    const receipt = receiptFor(snapshot.poll.receiptSalt ?? '', pollId, input.memberPersonId, input.idempotencyKey);
    const ack = await this.batcher.submit(pollId, {
      memberPersonId: input.memberPersonId,
      optionId: input.optionId,
      reason: input.reason ?? null,
      castBy: me.id,
      idempotencyHash: idempotencyHash(pollId, input.memberPersonId, input.idempotencyKey),
      receiptHash: sha256(receipt),
      recordedBySecretary: false,
      check: (current) => refusal(current, me, input),
    });
    return { pollId, memberPersonId: input.memberPersonId, receipt, replayed: ack === 'replayed' };
  }

  /** The secretary records a roll-call (nominal) vote taken aloud: each member's choice by name, through the same writer. */
  recordRollCall(me: Me, pollId: string, input: RecordRollCallVote): Promise<PollState> {
    return this.commands.runForState(me, pollId, async (ctx) => {
      requireThat(ctx.actor.manage);
      if (ctx.poll.method !== 'named')
        throw pollWrongStatus(ctx.poll.status, 'solo una votación nominal se registra por nombre', 'only a named poll is recorded by name');
      const snapshot = await this.snapshots.refresh(pollId, ctx.em);
      const open = openRefusal(snapshot);
      if (open) throw open;
      for (const [index, vote] of input.votes.entries()) {
        if (!snapshot.optionIds.has(vote.optionId))
          throw invalidField(`votes.${index}.optionId`, 'No es una opción de esta votación.', 'Not an option of this poll.');
        if (!snapshot.rightOf(vote.memberPersonId))
          throw invalidField(
            `votes.${index}.memberPersonId`,
            'No tiene derecho de voto en este punto.',
            'Has no voting right on this item.',
          );
      }
      const recorded = input.votes.map((vote) => {
        const key = `recorded|${randomUUID()}`;
        return {
          memberPersonId: vote.memberPersonId,
          optionId: vote.optionId,
          reason: vote.reason ?? null,
          castBy: me.id,
          idempotencyHash: idempotencyHash(pollId, vote.memberPersonId, key),
          receiptHash: sha256(receiptFor(ctx.poll.receiptSalt ?? '', pollId, vote.memberPersonId, key)),
          recordedBySecretary: true,
        };
      });
      const outcomes = await writeBallots(ctx.em, ctx.poll, recorded);
      if (outcomes.some((o) => o !== 'cast')) throw new AppException('ballot_conflict');
    });
  }

  /** The refusal of a right the snapshot did not find, naming the rule (the letter's items, its representative...). */
  private namedRefusal(snapshot: PollSnapshot, me: Me, input: CastBallot): Promise<AppException> {
    const { meetingId, agendaItemId } = snapshot.poll;
    return votingRightRefusal(this.commands.db.manager, meetingId, agendaItemId, input.memberPersonId, me.id, this.clock.now());
  }

  /** Whether this very ballot (same right, same caster, same key) was stored already: the first answer of a lost retry. */
  private async wasAccepted(me: Me, pollId: string, input: CastBallot): Promise<boolean> {
    const used = await this.commands.db.manager.findOneBy(VotingRightUseEntity, { pollId, memberPersonId: input.memberPersonId });
    return (
      !!used &&
      used.castByPersonId === me.id &&
      used.idempotencyHash === idempotencyHash(pollId, input.memberPersonId, input.idempotencyKey)
    );
  }

  private receipt(snapshot: PollSnapshot, input: CastBallot, replayed: boolean): BallotReceipt {
    const { id, receiptSalt } = snapshot.poll;
    return {
      pollId: id,
      memberPersonId: input.memberPersonId,
      receipt: receiptFor(receiptSalt ?? '', id, input.memberPersonId, input.idempotencyKey),
      replayed,
    };
  }
}

/** Why the poll takes no ballot now, if it does not. */
function openRefusal(snapshot: PollSnapshot): AppException | null {
  const status = snapshot.key.pollStatus;
  if (!takesBallots(snapshot.method))
    return pollWrongStatus(status, 'una votación a mano alzada no recibe boletas', 'a show-of-hands poll takes no ballots');
  if (!isLive(snapshot.meeting.status))
    return wrongStatus(snapshot.meeting.status, 'solo se vota con la sesión abierta', 'votes are only cast while the session is open');
  if (!acceptsBallots(status))
    return pollWrongStatus(status, 'solo se vota mientras la votación está abierta', 'ballots are only taken while the poll is open');
  return null;
}

/**
 * Why `me` may not cast this ballot, from the snapshot alone: not in the session's room, the poll not open, not one of
 * its options, a missing reason, or a right `me` does not hold.
 */
function refusal(snapshot: PollSnapshot, me: Me, input: CastBallot): AppException | null {
  const right = snapshot.rightOf(input.memberPersonId);
  const holds = !!right && right.holderPersonId === me.id;
  if (!mayEnter(actorOf(snapshot, me))) return new AppException('not_in_meeting');
  const closed = openRefusal(snapshot);
  if (closed) return closed;
  if (!snapshot.optionIds.has(input.optionId))
    return invalidField('optionId', 'No es una opción de esta votación.', 'Not an option of this poll.');
  if (snapshot.poll.askReason && !input.reason)
    return invalidField('reason', 'Esta votación pide el motivo del voto.', 'This poll asks for the reason of each vote.');
  return holds ? null : new AppException('no_voting_right');
}

/** The caller as the room sees them (meeting-access `actorIn`), from the snapshot instead of three reads. */
function actorOf(snapshot: PollSnapshot, me: Me): MeetingActor {
  const { commissionId } = snapshot.meeting;
  const { attendance, letters } = snapshot.room.room;
  const grant = me.commissions.find((c) => c.commissionId === commissionId);
  const representative =
    !grant &&
    ([...attendance.values()].some((a) => a.representativePersonId === me.id) || letters.some((l) => l.representativePersonId === me.id));
  return {
    me,
    grant,
    manage: can(me, 'meetings.manage', commissionId),
    preside: can(me, 'meetings.preside', commissionId),
    representative,
  };
}
