import fc from 'fast-check';
import { quorum } from './quorum';

describe('quorum', () => {
  it.each([
    [38, 19, false, 20],
    [38, 20, true, 20],
    [41, 20, false, 21],
    [41, 21, true, 21],
    [1, 1, true, 1],
    [1, 0, false, 1],
    [0, 0, false, 1],
    [2, 1, false, 2],
  ])('with %i voting members and %i present: reached=%s, required=%i (more than half)', (votingMembers, present, reached, required) => {
    expect(quorum({ votingMembers, presentVotingMembers: present, fraction: 0.5 })).toEqual({ reached, required });
  });

  it('is reached exactly when present > fraction × members', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(), fc.constantFrom(0.5, 2 / 3, 0.25), (members, seed, fraction) => {
        const present = seed % (members + 1);
        expect(quorum({ votingMembers: members, presentVotingMembers: present, fraction }).reached).toBe(present > members * fraction);
      }),
    );
  });

  it.each([
    [{ votingMembers: -1, presentVotingMembers: 0, fraction: 0.5 }],
    [{ votingMembers: 3, presentVotingMembers: 4, fraction: 0.5 }],
    [{ votingMembers: 3, presentVotingMembers: 1.5, fraction: 0.5 }],
    [{ votingMembers: 3, presentVotingMembers: 1, fraction: 1 }],
  ])('rejects impossible input %j', (input) => {
    expect(() => quorum(input)).toThrow(RangeError);
  });
});
