import { NamedVote, PollOption, PollState } from '@cocrea/contracts';
import { tally } from '@cocrea/domain';
import { EntityManager } from 'typeorm';
import { AgreementEntity } from '../agreements/entities/agreement.entity';
import { BallotEntity } from './entities/ballot.entity';
import { PollOptionEntity } from './entities/poll-option.entity';
import { PollEntity } from './entities/poll.entity';
import { VotingRightUseEntity } from './entities/voting-right-use.entity';

export const toOption = (o: PollOptionEntity): PollOption => ({ id: o.id, label: o.label, meaning: o.meaning, position: o.position });

/**
 * A poll as everyone in the room sees it. Running counts per option are withheld while the poll hides them;
 * names and choices are shown only for named polls; a secret poll's ballots name nobody anyway.
 */
export async function pollState(em: EntityManager, poll: PollEntity, rights: number): Promise<PollState> {
  const [options, ballots, voted, agreement] = await Promise.all([
    em.find(PollOptionEntity, { where: { pollId: poll.id }, order: { position: 'ASC' } }),
    em.find(BallotEntity, { where: { pollId: poll.id }, relations: { voter: true, castBy: true } }),
    em.countBy(VotingRightUseEntity, { pollId: poll.id }),
    em.findOne(AgreementEntity, { where: { pollId: poll.id }, select: { id: true, number: true } }),
  ]);
  const visible = poll.status === 'closed' || (poll.status === 'open' && !poll.hideResultsUntilClose);
  const namedVotes: NamedVote[] | null =
    poll.method === 'named' && visible
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
    voted,
    tally: visible
      ? tally(
          options,
          ballots.map((b) => b.optionId),
        )
      : null,
    namedVotes,
    result: poll.result,
    agreementNumber: agreement?.number ?? null,
    openedAt: poll.openedAt?.toISOString() ?? null,
    closedAt: poll.closedAt?.toISOString() ?? null,
    version: poll.version,
  };
}
