export interface QuorumInput {
  /** Voting members of the body (the base for quorum). */
  votingMembers: number;
  /** Voting members present in person or represented by a proxy. */
  presentVotingMembers: number;
  /** Fraction that must be exceeded; 0.5 means "more than half". */
  fraction: number;
}

export interface QuorumResult {
  reached: boolean;
  /** Smallest number of present voting members that reaches quorum. */
  required: number;
}

/** Quorum: present voting members strictly exceed `fraction` of all voting members. */
export function quorum({ votingMembers, presentVotingMembers, fraction }: QuorumInput): QuorumResult {
  if (!Number.isInteger(votingMembers) || votingMembers < 0) throw new RangeError('votingMembers must be a non-negative integer');
  if (!Number.isInteger(presentVotingMembers) || presentVotingMembers < 0 || presentVotingMembers > votingMembers) {
    throw new RangeError('presentVotingMembers must be an integer between 0 and votingMembers');
  }
  if (!(fraction >= 0 && fraction < 1)) throw new RangeError('fraction must be in [0, 1)');
  const required = votingMembers === 0 ? 1 : Math.floor(votingMembers * fraction) + 1;
  return { reached: votingMembers > 0 && presentVotingMembers >= required, required };
}
