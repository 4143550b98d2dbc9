import fc from 'fast-check';
import { rankedWinners, RankingCandidate, rankIdeas } from './ranking';

const weights = { support: 40, feasibility: 30, jury: 30 };
const idea = (
  ideaId: string,
  supports: number,
  feasibility: number[],
  jury: number[],
  submittedAt = '2026-01-01T00:00:00Z',
): RankingCandidate => ({
  ideaId,
  submittedAt,
  supports,
  feasibilityScores: feasibility,
  juryScores: jury,
});

describe('rankIdeas', () => {
  it('normalizes support to the most supported idea and weighs the averages out of 100', () => {
    const [first, second] = rankIdeas([idea('b', 50, [6], [4, 6]), idea('a', 100, [8, 10], [7])], weights, 10);
    expect(first).toEqual({
      ideaId: 'a',
      position: 1,
      tiedWith: [],
      arithmetic: {
        supports: 100,
        maxSupports: 100,
        supportNormalized: 1,
        feasibilityAverage: 9,
        feasibilityCount: 2,
        juryAverage: 7,
        juryCount: 1,
        contributions: { support: 40, feasibility: 27, jury: 21 },
        total: 88,
      },
    });
    expect(second.arithmetic).toMatchObject({
      supportNormalized: 0.5,
      contributions: { support: 20, feasibility: 18, jury: 15 },
      total: 53,
    });
  });

  it('counts a criterion without scores as zero and publishes its average as null', () => {
    const [only] = rankIdeas([idea('a', 0, [], [])], weights, 10);
    expect(only.arithmetic).toMatchObject({ supportNormalized: 0, feasibilityAverage: null, juryAverage: null, total: 0 });
  });

  it('records ties and orders them by submission, then id', () => {
    const ranking = rankIdeas(
      [
        idea('c', 10, [5], [5], '2026-01-02T00:00:00Z'),
        idea('b', 10, [5], [5], '2026-01-01T00:00:00Z'),
        idea('a', 10, [5], [5], '2026-01-02T00:00:00Z'),
      ],
      weights,
      10,
    );
    expect(ranking.map((r) => [r.ideaId, r.position, r.tiedWith])).toEqual([
      ['b', 1, ['a', 'c']],
      ['a', 2, ['b', 'c']],
      ['c', 3, ['b', 'a']],
    ]);
  });
});

describe('rankedWinners', () => {
  it('takes the first ones and flags a tie across the cut', () => {
    const ranking = rankIdeas([idea('a', 10, [9], [9]), idea('b', 5, [5], [5]), idea('c', 5, [5], [5])], weights, 10);
    expect(rankedWinners(ranking, 1)).toEqual({ ideaIds: ['a'], tieAtCut: false });
    expect(rankedWinners(ranking, 2)).toEqual({ ideaIds: ['a', 'b'], tieAtCut: true });
  });

  it('takes every idea when there are fewer than the winners asked for', () => {
    expect(rankedWinners(rankIdeas([idea('a', 1, [], [])], weights, 10), 2)).toEqual({ ideaIds: ['a'], tieAtCut: false });
  });
});

describe('rankIdeas properties', () => {
  const score = fc.integer({ min: 0, max: 10 });
  const candidates = fc.uniqueArray(
    fc.record({
      ideaId: fc.uuid(),
      submittedAt: fc.constantFrom('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'),
      supports: fc.nat({ max: 10_000 }),
      feasibilityScores: fc.array(score, { maxLength: 4 }),
      juryScores: fc.array(score, { maxLength: 4 }),
    }),
    { selector: (c) => c.ideaId, maxLength: 12 },
  );
  const weightSets = fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)])
    .map(([low, high]) => ({ support: low, feasibility: high - low, jury: 100 - high }));

  it('ranks every idea once, in non-increasing totals between 0 and 100, whatever the input order', () => {
    fc.assert(
      fc.property(candidates, weightSets, (list, w) => {
        const ranking = rankIdeas(list, w, 10);
        expect(ranking.map((r) => r.ideaId).sort()).toEqual(list.map((c) => c.ideaId).sort());
        ranking.forEach((r, i) => {
          expect(r.position).toBe(i + 1);
          expect(r.arithmetic.total).toBeGreaterThanOrEqual(0);
          expect(r.arithmetic.total).toBeLessThanOrEqual(100.0001);
          if (i > 0) expect(r.arithmetic.total).toBeLessThanOrEqual(ranking[i - 1].arithmetic.total);
        });
        expect(rankIdeas([...list].reverse(), w, 10)).toEqual(ranking);
      }),
    );
  });

  it('gives the most supported idea a normalized support of 1', () => {
    fc.assert(
      fc.property(
        candidates.filter((l) => l.some((c) => c.supports > 0)),
        (list) => {
          const max = Math.max(...list.map((c) => c.supports));
          const top = rankIdeas(list, weights, 10).filter((r) => r.arithmetic.supports === max);
          for (const r of top) expect(r.arithmetic.supportNormalized).toBe(1);
        },
      ),
    );
  });
});
