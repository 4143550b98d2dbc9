import { VoteScope } from '@cocrea/domain';
import { EntityManager } from 'typeorm';

/** How one member voted in a named poll, as the minutes print it. */
export interface NamedVote {
  name: string;
  choice: string;
  /** Who cast it for them (a representative), if not themselves. */
  castBy: string | null;
}

/**
 * What the minutes need of the polls that closed into a session's outcomes. The vote sits above the room (voting
 * imports meetings), so the room cannot import it: the voting domain provides these facts when its module starts, as
 * the agreements domain provides the agreement ledger, and the minutes read them inside the caller's transaction.
 */
export interface ClosedPollFacts {
  /** The votes of each of these named polls, by poll id, voters in name order. */
  namedVotes(em: EntityManager, pollIds: string[]): Promise<Map<string, NamedVote[]>>;
  /** The base and voting rights of each of these polls that has closed, by poll id. */
  scopes(em: EntityManager, pollIds: string[]): Promise<Map<string, VoteScope>>;
}

let provided: ClosedPollFacts | null = null;

/** Called once by the voting domain as its module starts. */
export function provideClosedPollFacts(facts: ClosedPollFacts): void {
  provided = facts;
}

export function closedPollFacts(): ClosedPollFacts {
  if (!provided) throw new Error('The voting module has not started: no poll facts for the minutes.');
  return provided;
}
