import fc from 'fast-check';
import { countsFor, tally, TallyOption } from './poll-result';

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
