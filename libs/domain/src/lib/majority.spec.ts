import type { MajorityBase, MajorityRule } from '@cocrea/contracts';
import fc from 'fast-check';
import { decideMajority, isUnanimous, legalBasis, MajorityInput } from './majority';

const vote = (over: Partial<MajorityInput>): MajorityInput => ({
  rule: 'simple',
  base: 'votes_cast',
  yes: 0,
  no: 0,
  abstain: 0,
  present: 30,
  members: 40,
  quorumReached: true,
  castingVoteAllowed: false,
  ...over,
});

describe('decideMajority', () => {
  it.each<[MajorityRule, MajorityBase, number, number, number, boolean, string]>([
    // rule, base, yes, no, abstain → passed, reason
    ['simple', 'votes_cast', 10, 9, 0, true, 'passed'],
    ['simple', 'votes_cast', 9, 9, 5, false, 'tie'],
    ['simple', 'votes_cast', 1, 0, 20, true, 'passed'],
    ['simple', 'votes_cast', 0, 0, 12, false, 'not_reached'],
    ['simple', 'votes_cast', 0, 0, 0, false, 'no_votes'],
    ['absolute', 'votes_cast', 10, 5, 5, false, 'not_reached'],
    ['absolute', 'votes_cast', 11, 5, 5, true, 'passed'],
    ['absolute', 'members_present', 15, 0, 0, false, 'not_reached'],
    ['absolute', 'members_present', 16, 0, 0, true, 'passed'],
    ['absolute', 'all_members', 20, 0, 0, false, 'not_reached'],
    ['absolute', 'all_members', 21, 0, 0, true, 'passed'],
    ['two_thirds', 'votes_cast', 20, 10, 0, true, 'passed'],
    ['two_thirds', 'votes_cast', 19, 10, 0, false, 'not_reached'],
    ['two_thirds', 'members_present', 20, 0, 0, true, 'passed'],
    ['two_thirds', 'members_present', 19, 0, 0, false, 'not_reached'],
    ['two_thirds', 'all_members', 26, 0, 0, false, 'not_reached'],
    ['two_thirds', 'all_members', 27, 0, 0, true, 'passed'],
    ['unanimity', 'votes_cast', 25, 0, 5, true, 'passed'],
    ['unanimity', 'votes_cast', 25, 1, 0, false, 'not_reached'],
    ['unanimity', 'votes_cast', 0, 0, 5, false, 'not_reached'],
    ['unanimity', 'all_members', 1, 0, 0, true, 'passed'],
    // Bases that do not divide: ⅔ of 10 needs 7, ⅔ of 11 needs 8, an absolute majority of 23 needs 12.
    ['two_thirds', 'votes_cast', 7, 3, 0, true, 'passed'],
    ['two_thirds', 'votes_cast', 6, 4, 0, false, 'not_reached'],
    ['two_thirds', 'votes_cast', 8, 3, 0, true, 'passed'],
    ['two_thirds', 'votes_cast', 7, 4, 0, false, 'not_reached'],
    ['absolute', 'votes_cast', 12, 11, 0, true, 'passed'],
    ['absolute', 'votes_cast', 11, 10, 2, false, 'not_reached'],
    // An absolute-majority tie is a tie (the chair may break it when allowed), not a plain defeat.
    ['absolute', 'votes_cast', 10, 10, 0, false, 'tie'],
    // An even split with abstentions in the base is short of an absolute majority, not a tie the chair could break.
    ['absolute', 'votes_cast', 1, 1, 1, false, 'not_reached'],
    ['absolute', 'members_present', 10, 10, 0, false, 'not_reached'],
  ])('%s majority of %s with %i/%i/%i: passed=%s (%s)', (rule, base, yes, no, abstain, passed, reason) => {
    expect(decideMajority(vote({ rule, base, yes, no, abstain }))).toMatchObject({ passed, reason });
  });

  it('reports the base and the yes votes it needed', () => {
    expect(decideMajority(vote({ rule: 'two_thirds', base: 'members_present', yes: 20 }))).toEqual({
      passed: true,
      reason: 'passed',
      // 20 of the 30 present in favour: no vote against, but not unanimity of the members present.
      unanimous: false,
      baseSize: 30,
      required: 20,
    });
  });

  it.each([
    [false, 'yes', false, 'tie'],
    [true, null, false, 'tie'],
    [true, 'yes', true, 'tie_casting_yes'],
    [true, 'no', false, 'tie_casting_no'],
  ] as const)('breaks a tie only with the chair’s casting vote when allowed (allowed=%s, vote=%s)', (allowed, casting, passed, reason) => {
    expect(decideMajority(vote({ yes: 7, no: 7, castingVoteAllowed: allowed, castingVote: casting }))).toMatchObject({ passed, reason });
  });

  it('lets no casting vote pass an absolute-majority split that leaves part of the base out', () => {
    expect(
      decideMajority(vote({ rule: 'absolute', yes: 1, no: 1, abstain: 1, castingVoteAllowed: true, castingVote: 'yes' })),
    ).toMatchObject({ passed: false, reason: 'not_reached' });
  });

  it('passes nothing without quorum at the moment of the vote', () => {
    expect(decideMajority(vote({ yes: 30, quorumReached: false }))).toMatchObject({ passed: false, reason: 'no_quorum' });
  });

  it.each([[{ yes: -1 }], [{ yes: 1.5 }], [{ present: 41 }], [{ yes: 20, no: 20 }]])('rejects impossible counts %j', (over) => {
    expect(() => decideMajority(vote(over))).toThrow(RangeError);
  });

  const arbitraryVote = fc
    .record({
      rule: fc.constantFrom<MajorityRule>('simple', 'absolute', 'two_thirds', 'unanimity'),
      base: fc.constantFrom<MajorityBase>('votes_cast', 'members_present', 'all_members'),
      members: fc.integer({ min: 1, max: 60 }),
      presentSeed: fc.nat(),
      yesSeed: fc.nat(),
      noSeed: fc.nat(),
      abstainSeed: fc.nat(),
      castingVoteAllowed: fc.boolean(),
      castingVote: fc.constantFrom<'yes' | 'no' | null>('yes', 'no', null),
    })
    .map((r) => {
      const present = r.presentSeed % (r.members + 1);
      const yes = r.yesSeed % (present + 1);
      const no = r.noSeed % (present - yes + 1);
      const abstain = r.abstainSeed % (present - yes - no + 1);
      return vote({ ...r, present, yes, no, abstain, quorumReached: true });
    });

  it('never turns a pass into a fail when one more right present votes yes', () => {
    fc.assert(
      fc.property(arbitraryVote, (input) => {
        fc.pre(input.yes + input.no + input.abstain < input.present);
        if (decideMajority(input).passed) expect(decideMajority({ ...input, yes: input.yes + 1 }).passed).toBe(true);
      }),
    );
  });

  it('never turns a fail into a pass when a yes becomes a no or an abstention', () => {
    fc.assert(
      fc.property(arbitraryVote, fc.boolean(), (input, toNo) => {
        fc.pre(input.yes > 0);
        const moved = { ...input, yes: input.yes - 1, ...(toNo ? { no: input.no + 1 } : { abstain: input.abstain + 1 }) };
        if (!decideMajority(input).passed) expect(decideMajority(moved).passed).toBe(false);
      }),
    );
  });

  it('never counts abstentions as yes: turning them into no-shows changes no outcome of votes on a fixed base', () => {
    fc.assert(
      fc.property(arbitraryVote, (input) => {
        fc.pre(input.base !== 'votes_cast' && input.abstain > 0);
        expect(decideMajority({ ...input, abstain: 0 }).passed).toBe(decideMajority(input).passed);
      }),
    );
  });

  it.each([
    ['votes_cast', 2, 0, 28, true],
    ['members_present', 2, 0, 28, false],
    ['members_present', 28, 0, 28, true],
    ['all_members', 28, 0, 43, false],
    ['votes_cast', 0, 0, 28, false],
    ['votes_cast', 5, 1, 28, false],
  ] as const)('calls %s with %i yes, %i no against a base of %i unanimous: %s', (base, yes, no, size, unanimous) => {
    expect(isUnanimous(base, { yes, no }, size)).toBe(unanimous);
  });

  it('passes unanimity exactly when no = 0 and yes > 0', () => {
    fc.assert(
      fc.property(arbitraryVote, (input) => {
        expect(decideMajority({ ...input, rule: 'unanimity' }).passed).toBe(input.no === 0 && input.yes > 0);
      }),
    );
  });

  it('the stricter rules pass only what a simple majority passes', () => {
    fc.assert(
      fc.property(arbitraryVote, (input) => {
        for (const rule of ['absolute', 'two_thirds', 'unanimity'] as const) {
          if (decideMajority({ ...input, rule, castingVoteAllowed: false }).passed) {
            expect(decideMajority({ ...input, rule: 'simple', castingVoteAllowed: false }).passed).toBe(true);
          }
        }
      }),
    );
  });
});

describe('legalBasis', () => {
  it.each([
    ['simple', 'members_present', null, 'mayoría simple de los integrantes presentes'],
    [
      'absolute',
      'all_members',
      'art. 66 de los Lineamientos',
      'mayoría absoluta del total de integrantes con derecho a voto, art. 66 de los Lineamientos',
    ],
    ['two_thirds', 'votes_cast', '  ', 'mayoría calificada de dos terceras partes de los votos emitidos'],
    ['unanimity', 'votes_cast', null, 'unanimidad de los votos emitidos'],
  ] as const)('%s of %s → %s', (rule, base, article, text) => {
    expect(legalBasis(rule, base, article)).toBe(text);
  });
});
