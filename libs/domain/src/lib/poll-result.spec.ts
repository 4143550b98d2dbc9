import fc from 'fast-check';
import { countsFor, decidePoll, PollDecisionInput, tally, TallyOption } from './poll-result';

const YNA: TallyOption[] = [
  { id: 'y', meaning: 'yes' },
  { id: 'n', meaning: 'no' },
  { id: 'a', meaning: 'abstain' },
];
const CHOICES: TallyOption[] = [
  { id: 'a', meaning: 'choice' },
  { id: 'b', meaning: 'choice' },
  { id: 'c', meaning: 'choice' },
  { id: 'x', meaning: 'abstain' },
];

describe('tally', () => {
  it('counts every option, zero included', () => {
    expect(tally(YNA, ['y', 'y', 'a'])).toEqual({ y: 2, n: 0, a: 1 });
  });
  it('refuses an unknown option', () => {
    expect(() => tally(YNA, ['z'])).toThrow(RangeError);
  });
  it('sums to the number of ballots', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('y', 'n', 'a')), (chosen) => {
        expect(Object.values(tally(YNA, chosen)).reduce((a, b) => a + b, 0)).toBe(chosen.length);
      }),
    );
  });
});

describe('countsFor', () => {
  it.each([
    [YNA, { y: 3, n: 1, a: 2 }, { yes: 3, no: 1, abstain: 2, leaderId: null }],
    [CHOICES, { a: 5, b: 2, c: 1, x: 1 }, { yes: 5, no: 3, abstain: 1, leaderId: 'a' }],
    [CHOICES, { a: 2, b: 2, c: 1, x: 0 }, { yes: 2, no: 3, abstain: 0, leaderId: null }],
    [CHOICES, { a: 0, b: 0, c: 0, x: 4 }, { yes: 0, no: 0, abstain: 4, leaderId: null }],
  ])('%#: maps counts to yes / no / abstain', (options, counts, expected) => {
    expect(countsFor(options, counts)).toEqual(expected);
  });
});

describe('decidePoll', () => {
  const poll = (over: Partial<PollDecisionInput>): PollDecisionInput => ({
    rule: 'simple',
    base: 'votes_cast',
    options: CHOICES,
    counts: {},
    present: 30,
    members: 40,
    quorumReached: true,
    castingVoteAllowed: true,
    ...over,
  });
  it.each<[Partial<PollDecisionInput>, boolean, string, string | null]>([
    // Relative majority among choices: 5/4/3 elects the 5 although it is not more than half.
    [{ counts: { a: 5, b: 4, c: 3, x: 0 } }, true, 'passed', 'a'],
    [{ counts: { a: 4, b: 4, c: 3, x: 1 } }, false, 'tie', null],
    [{ counts: { a: 4, b: 4, c: 3, x: 1 }, castingVote: 'yes' }, false, 'tie', null],
    [{ counts: { a: 0, b: 0, c: 0, x: 3 } }, false, 'tie', null],
    [{ counts: {} }, false, 'no_votes', null],
    [{ counts: { a: 5, b: 4, c: 3, x: 0 }, quorumReached: false }, false, 'no_quorum', 'a'],
    // A stricter rule asks the leader for its share of the base: absolute of 12 cast needs 7.
    [{ rule: 'absolute', counts: { a: 6, b: 4, c: 2, x: 0 } }, false, 'not_reached', 'a'],
    [{ rule: 'absolute', counts: { a: 7, b: 4, c: 1, x: 0 } }, true, 'passed', 'a'],
    // Yes/no motions follow decideMajority, casting vote included.
    [{ options: YNA, counts: { y: 5, n: 5, a: 0 }, castingVote: 'yes' }, true, 'tie_casting_yes', null],
    [{ options: YNA, rule: 'absolute', counts: { y: 5, n: 5, a: 0 }, castingVote: 'no' }, false, 'tie_casting_no', null],
  ])('%#: %j → passed=%s (%s)', (over, passed, reason, winningOptionId) => {
    expect(decidePoll(poll(over))).toMatchObject({ passed, reason, winningOptionId });
  });

  it('among choices, passes exactly when one option has strictly the most votes', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(20), fc.nat(20), (a, b, c) => {
        const decided = decidePoll(poll({ counts: { a, b, c, x: 0 } }));
        const top = Math.max(a, b, c);
        const unique = [a, b, c].filter((n) => n === top).length === 1 && top > 0;
        expect(decided.passed).toBe(unique);
      }),
    );
  });
});
