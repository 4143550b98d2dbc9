import { BallotReceipt, CastBallot, Me, PollState, RecordRollCallVote } from '@cocrea/contracts';
import { randomUUID } from 'node:crypto';
import { acceptsBallots, isLive, takesBallots } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppException, invalidField } from '../common/problem';
import { requireThat, wrongStatus } from '../meetings/meeting-access';
import { votingRightRefusal } from '../meetings/room-refusal';
import { BallotEntity } from './entities/ballot.entity';
import { PollOptionEntity } from './entities/poll-option.entity';
import { PollEntity } from './entities/poll.entity';
import { VotingRightUseEntity } from './entities/voting-right-use.entity';
import { appendBallotEvent } from './poll-chain';
import { PollCommands, PollContext } from './poll-commands';
import { pollNotFound, pollWrongStatus } from './poll-errors';
import { idempotencyHash, receiptFor, sha256 } from './sha256';
import { rightOf, roomRights } from './voting-rights';
import { PollPublisher } from './poll-publisher';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { actorIn } from '../meetings/meeting-access';
import { requireEntry } from '../meetings/meetings.service';

interface Cast {
  memberPersonId: string;
  optionId: string;
  reason: string | null;
  /** Who cast it: the member, their representative, or the secretary recording a roll-call vote. */
  castBy: string;
  /** Null for a vote the secretary records (nobody holds a receipt for it). */
  idempotencyKey: string | null;
  recordedBySecretary: boolean;
}

/** Casting ballots: the right used once (a unique key), what was chosen kept apart in secret polls, every ballot chained. */
@Injectable()
export class BallotsService {
  constructor(
    private readonly commands: PollCommands,
    private readonly publisher: PollPublisher,
  ) {}

  /**
   * 201 with a receipt once committed; a retry with the same key gets the same receipt (replayed), never a second row.
   * The checks and the right's use run first; the poll's row lock is taken only to append to its chain, so ballots
   * of one poll wait for each other only for that append.
   */
  async cast(me: Me, pollId: string, input: CastBallot): Promise<BallotReceipt> {
    const { replayed, salt } = await this.commands.db.transaction(async (em) => {
      const poll = await em.findOneBy(PollEntity, { id: pollId });
      if (!poll) throw pollNotFound();
      const salt = poll.receiptSalt ?? '';
      // A retry whose answer was lost gets the first answer, before any check of the poll's present state (closed
      // since, attendance changed): the right's use with this key and this caster is the proof it was accepted.
      const used = await em.findOneBy(VotingRightUseEntity, { pollId, memberPersonId: input.memberPersonId });
      if (
        used &&
        used.castByPersonId === me.id &&
        used.idempotencyHash === idempotencyHash(pollId, input.memberPersonId, input.idempotencyKey)
      )
        return { replayed: true, salt };
      const meeting = await em.findOneByOrFail(MeetingEntity, { id: poll.meetingId });
      const actor = await actorIn(em, me, meeting);
      requireEntry(actor);
      const ctx = { em, poll, meeting, actor };
      this.requireOpen(ctx);
      await this.requireOption(em, poll, input.optionId, 'optionId');
      if (poll.askReason && !input.reason)
        throw invalidField('reason', 'Esta votación pide el motivo del voto.', 'This poll asks for the reason of each vote.');
      const right = await rightOf(em, meeting, poll.agendaItemId, input.memberPersonId);
      if (!right || right.holderPersonId !== me.id)
        throw await votingRightRefusal(em, meeting.id, poll.agendaItemId, input.memberPersonId, me.id);
      await this.castOne(ctx, {
        memberPersonId: input.memberPersonId,
        optionId: input.optionId,
        reason: input.reason ?? null,
        castBy: me.id,
        idempotencyKey: input.idempotencyKey,
        recordedBySecretary: false,
      });
      return { replayed: false, salt };
    });
    if (!replayed) this.publisher.schedule(pollId);
    return {
      pollId,
      memberPersonId: input.memberPersonId,
      receipt: receiptFor(salt, pollId, input.memberPersonId, input.idempotencyKey),
      replayed,
    };
  }

  /** The secretary records a roll-call (nominal) vote taken aloud: each member's choice by name, through the same path. */
  recordRollCall(me: Me, pollId: string, input: RecordRollCallVote): Promise<PollState> {
    return this.commands.runForState(me, pollId, async (ctx) => {
      requireThat(ctx.actor.manage);
      if (ctx.poll.method !== 'named')
        throw pollWrongStatus(ctx.poll.status, 'solo una votación nominal se registra por nombre', 'only a named poll is recorded by name');
      this.requireOpen(ctx);
      const rights = new Set((await roomRights(ctx.em, ctx.meeting, ctx.poll.agendaItemId)).rights.map((r) => r.memberPersonId));
      for (const [index, vote] of input.votes.entries()) {
        await this.requireOption(ctx.em, ctx.poll, vote.optionId, `votes.${index}.optionId`);
        if (!rights.has(vote.memberPersonId))
          throw invalidField(
            `votes.${index}.memberPersonId`,
            'No tiene derecho de voto en este punto.',
            'Has no voting right on this item.',
          );
        await this.castOne(ctx, {
          memberPersonId: vote.memberPersonId,
          optionId: vote.optionId,
          reason: vote.reason ?? null,
          castBy: me.id,
          idempotencyKey: null,
          recordedBySecretary: true,
        });
      }
    });
  }

  /**
   * Appends to the chain under the poll's lock; a close that committed meanwhile wins (409, the transaction rolls back).
   * The poll in memory learns the new head and length, as a command that saves it afterwards must not undo them.
   */
  private async append(em: EntityManager, poll: PollEntity, kind: string, payload: Record<string, unknown>): Promise<void> {
    const head = await appendBallotEvent(em, poll.id, kind, payload);
    if (!head)
      throw pollWrongStatus('closed', 'solo se vota mientras la votación está abierta', 'ballots are only taken while the poll is open');
    poll.chainHead = head.hash;
    poll.chainLength = head.seq;
    poll.version += 1;
  }

  private requireOpen({ poll, meeting }: Pick<PollContext, 'poll' | 'meeting'>): void {
    if (!takesBallots(poll.method))
      throw pollWrongStatus(poll.status, 'una votación a mano alzada no recibe boletas', 'a show-of-hands poll takes no ballots');
    if (!isLive(meeting.status))
      throw wrongStatus(meeting.status, 'solo se vota con la sesión abierta', 'votes are only cast while the session is open');
    if (!acceptsBallots(poll.status))
      throw pollWrongStatus(poll.status, 'solo se vota mientras la votación está abierta', 'ballots are only taken while the poll is open');
  }

  private async requireOption(em: EntityManager, poll: PollEntity, optionId: string, field: string): Promise<void> {
    if (!(await em.existsBy(PollOptionEntity, { id: optionId, pollId: poll.id })))
      throw invalidField(field, 'No es una opción de esta votación.', 'Not an option of this poll.');
  }

  /**
   * Uses the right with INSERT … ON CONFLICT DO NOTHING on the (poll, member) unique key: the database, not a
   * prior check, decides who used it first. When the right was used already (a retry was answered before the checks):
   * a named poll that allows it changes the vote, anything else is a 409.
   */
  private async castOne({ em, poll }: Pick<PollContext, 'em' | 'poll'>, cast: Cast): Promise<void> {
    const key = cast.idempotencyKey ?? `recorded|${randomUUID()}`;
    const idemHash = idempotencyHash(poll.id, cast.memberPersonId, key);
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(VotingRightUseEntity)
      .values({ pollId: poll.id, memberPersonId: cast.memberPersonId, castByPersonId: cast.castBy, idempotencyHash: idemHash })
      .orIgnore()
      .returning(['id'])
      .execute();
    const receiptHash = sha256(receiptFor(poll.receiptSalt ?? '', poll.id, cast.memberPersonId, key));
    const named = poll.method === 'named';
    if (inserted.raw.length === 0) {
      const used = await em.findOneByOrFail(VotingRightUseEntity, { pollId: poll.id, memberPersonId: cast.memberPersonId });
      if (!(named && poll.allowChange && !cast.recordedBySecretary)) throw new AppException('ballot_conflict');
      const ballot = await em.findOneByOrFail(BallotEntity, { pollId: poll.id, voterPersonId: cast.memberPersonId });
      await em.update(
        BallotEntity,
        { id: ballot.id },
        { optionId: cast.optionId, reason: cast.reason, receiptHash, castByPersonId: cast.castBy },
      );
      await em.update(VotingRightUseEntity, { id: used.id }, { idempotencyHash: idemHash, castByPersonId: cast.castBy });
      await this.append(em, poll, 'ballot_changed', {
        ballotId: ballot.id,
        optionId: cast.optionId,
        receiptHash,
        voter: cast.memberPersonId,
        castBy: cast.castBy,
      });
      return;
    }
    const ballot = await em.save(
      em.create(BallotEntity, {
        pollId: poll.id,
        optionId: cast.optionId,
        reason: named ? cast.reason : null,
        receiptHash,
        voterPersonId: named ? cast.memberPersonId : null,
        castByPersonId: named && !cast.recordedBySecretary ? cast.castBy : null,
      }),
    );
    // A secret ballot's event names nobody and carries no time; a named one says whose right and who cast it.
    await this.append(em, poll, cast.recordedBySecretary ? 'ballot_recorded' : 'ballot_cast', {
      ballotId: ballot.id,
      optionId: cast.optionId,
      receiptHash,
      ...(named ? { voter: cast.memberPersonId, castBy: cast.castBy } : {}),
    });
  }
}
