import { VoteScope } from '@cocrea/domain';
import { In } from 'typeorm';
import type { ClosedPollFacts, NamedVote } from '../meetings';
import { BallotEntity } from './entities/ballot.entity';
import { PollEntity } from './entities/poll.entity';

/** The polls' side of the minutes (see meetings/closed-poll-facts.ts): named votes and each closed poll's scope. */
export const minutesPollFacts: ClosedPollFacts = {
  async namedVotes(em, pollIds) {
    const ballots = await em.find(BallotEntity, {
      where: { pollId: In(pollIds) },
      relations: { voter: true, option: true, castBy: true },
      order: { voter: { name: 'ASC' } },
    });
    const votes = new Map<string, NamedVote[]>();
    for (const b of ballots) {
      if (!b.voter) continue;
      const list = votes.get(b.pollId) ?? [];
      list.push({
        name: b.voter.name,
        choice: b.option.label,
        castBy: b.castBy && b.castByPersonId !== b.voterPersonId ? b.castBy.name : null,
      });
      votes.set(b.pollId, list);
    }
    return votes;
  },

  async scopes(em, pollIds) {
    const polls = await em.find(PollEntity, { where: { id: In(pollIds) }, select: { id: true, base: true, result: true } });
    return new Map<string, VoteScope>(
      polls.flatMap((p) => (p.result ? [[p.id, { base: p.base, rights: p.result.quorum.present }] as const] : [])),
    );
  },
};
