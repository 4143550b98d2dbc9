import { NamedVote, PollOption, PollState } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';
import { agreementLedger } from '../meetings';
import { BallotEntity } from './entities/ballot.entity';
import { PollOptionEntity } from './entities/poll-option.entity';
import { PollEntity } from './entities/poll.entity';
import { VotingRightUseEntity } from './entities/voting-right-use.entity';

export const toOption = (o: PollOptionEntity): PollOption => ({ id: o.id, label: o.label, meaning: o.meaning, position: o.position });

/**
 * A poll as everyone in the room sees it (`withNames`: false for the live updates of an open poll, which carry
 * counts only; the named list reaches the room at the close and anyone asking over REST). Running counts per option are withheld while the poll hides them and always for a secret poll until its close;
 * names and choices are shown only for named polls; a secret poll's ballots name nobody anyway.
 */
export async function pollState(em: EntityManager, poll: PollEntity, rights: number, withNames = true): Promise<PollState> {
  // A secret poll shows how many voted, never what, until the close: a running count that jumps after someone taps tells their choice.
  const visible = poll.status === 'closed' || (poll.status === 'open' && poll.method === 'named' && !poll.hideResultsUntilClose);
  const names = withNames && visible && poll.method === 'named';
  const [options, counted, voted, agreement, ballots] = await Promise.all([
    em.find(PollOptionEntity, { where: { pollId: poll.id }, order: { position: 'ASC' } }),
    em
      .createQueryBuilder(BallotEntity, 'b')
      .select('b.option_id', 'optionId')
      .addSelect('count(*)::int', 'n')
      .where('b.poll_id = :id', { id: poll.id })
      .groupBy('b.option_id')
      .getRawMany<{ optionId: string; n: number }>(),
    em.countBy(VotingRightUseEntity, { pollId: poll.id }),
    agreementLedger().ofPoll(em, poll.id),
    names ? em.find(BallotEntity, { where: { pollId: poll.id }, relations: { voter: true, castBy: true } }) : Promise.resolve([]),
  ]);
  const namedVotes: NamedVote[] | null = names
    ? ballots
        .filter((b) => b.voter)
        .map((b) => ({
          memberPersonId: b.voterPersonId as string,
          memberName: b.voter?.name ?? '',
          optionId: b.optionId,
          castByName: b.castBy && b.castByPersonId !== b.voterPersonId ? b.castBy.name : null,
          reason: b.reason,
        }))
        .sort((a, b) => a.memberName.localeCompare(b.memberName, 'es'))
    : null;
  // A show of hands has no ballots: its counts are the ones the secretary recorded, kept in the result.
  const hands = poll.method === 'show_of_hands' ? poll.result : null;
  const countOf = (o: PollOptionEntity) =>
    hands
      ? o.meaning === 'yes'
        ? hands.yes
        : o.meaning === 'no'
          ? hands.no
          : hands.abstain
      : (counted.find((c) => c.optionId === o.id)?.n ?? 0);
  const tally = visible ? Object.fromEntries(options.map((o) => [o.id, countOf(o)])) : null;
  return {
    id: poll.id,
    meetingId: poll.meetingId,
    agendaItemId: poll.agendaItemId,
    subject: poll.subject,
    method: poll.method,
    status: poll.status,
    rule: poll.rule,
    base: poll.base,
    hideResultsUntilClose: poll.hideResultsUntilClose,
    allowChange: poll.allowChange,
    askReason: poll.askReason,
    chairCastingVote: poll.chairCastingVote,
    subjectRef: poll.subjectRef,
    options: options.map(toOption),
    rights: poll.result ? poll.result.quorum.present : rights,
    voted: hands ? hands.yes + hands.no + hands.abstain : voted,
    tally,
    namedVotes,
    result: poll.result,
    agreementNumber: agreement?.number ?? null,
    openedAt: poll.openedAt?.toISOString() ?? null,
    closedAt: poll.closedAt?.toISOString() ?? null,
    version: poll.version,
  };
}
