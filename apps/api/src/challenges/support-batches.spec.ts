/** SupportBatches on a fake database: what it sends, and how a failing batch is answered. */
import { DataSource } from 'typeorm';
import { SupportBatches } from './support-batches';

type Call = [string, [string[], string[], number[]]];

function fakeDb(fail: (ideas: string[]) => boolean) {
  const calls: Call[] = [];
  const db = {
    query: async (sql: string, params: [string[], string[], number[]]) => {
      calls.push([sql, params]);
      if (fail(params[0])) throw new Error('statement failed');
      return params[0].map((_, i) => ({ ord: i + 1, outcome: 'added', held: i + 1 }));
    },
  };
  return { calls, batches: new SupportBatches(db as unknown as DataSource) };
}

describe('SupportBatches', () => {
  it('sends the supports of one turn of the event loop as one statement and answers each with its own outcome', async () => {
    const { calls, batches } = fakeDb(() => false);
    const answers = await Promise.all(['i1', 'i2', 'i3'].map((idea) => batches.add(idea, 'p', 3)));
    expect(calls).toHaveLength(1);
    expect(calls[0][1]).toEqual([
      ['i1', 'i2', 'i3'],
      ['p', 'p', 'p'],
      [3, 3, 3],
    ]);
    expect(answers.map((a) => a.held)).toEqual([1, 2, 3]);
  });

  it('retries a failed batch one support at a time, so only the support that fails is refused', async () => {
    const { calls, batches } = fakeDb((ideas) => ideas.includes('bad'));
    const answers = await Promise.allSettled(['i1', 'bad', 'i3'].map((idea) => batches.add(idea, 'p', 3)));
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(calls.map(([, [ideas]]) => ideas)).toEqual([['i1', 'bad', 'i3'], ['i1'], ['bad'], ['i3']]);
  });
});
