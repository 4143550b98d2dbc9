/**
 * Who may do what to an idea beyond the phase: a juror's declared conflict of interest, which bars that juror from
 * scoring the idea, and when jury scores become visible. (The limit on supports per person per problem is enforced
 * where concurrent supports meet: the database's `challenge_support_add`.)
 */

/** A juror may score an idea only without a declared conflict on it. */
export function jurorMayScore(conflictIdeaIds: ReadonlySet<string>, ideaId: string): boolean {
  return !conflictIdeaIds.has(ideaId);
}

/**
 * Jury scores stay hidden from everyone but their author until the jury phase closes; then they are public with
 * each juror's name.
 */
export function juryScoreVisible(juryClosed: boolean, scorerId: string, viewerId: string | null): boolean {
  return juryClosed || scorerId === viewerId;
}

/** An idea is edited (its text and files) by its author and the co-authors the author named; nobody else. */
export function mayEditIdea(idea: { authorId: string; coauthorIds: readonly string[] }, personId: string): boolean {
  return idea.authorId === personId || idea.coauthorIds.includes(personId);
}
