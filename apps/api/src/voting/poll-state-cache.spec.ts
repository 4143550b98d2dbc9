import { PollState } from '@cocrea/contracts';
import { PollStateCache } from './poll-state-cache';

/** A poll's state is read once per version and count of rights, and a failed read is not kept. */
describe('PollStateCache', () => {
  const state = (version: number) => ({ id: 'poll-1', version }) as PollState;

  it('shares one read among the callers of one version', async () => {
    const cache = new PollStateCache();
    const read = jest.fn(async () => state(3));
    const answers = await Promise.all([1, 2, 3].map(() => cache.get('poll-1', 3, 28, read)));
    expect(read).toHaveBeenCalledTimes(1);
    expect(answers.map((a) => a.version)).toEqual([3, 3, 3]);
  });

  it('reads again when a ballot moved the version or the room changed its rights', async () => {
    const cache = new PollStateCache();
    const read = jest.fn(async () => state(3));
    await cache.get('poll-1', 3, 28, read);
    await cache.get('poll-1', 4, 28, read);
    await cache.get('poll-1', 4, 27, read);
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('does not keep a read that failed', async () => {
    const cache = new PollStateCache();
    await expect(cache.get('poll-1', 3, 28, () => Promise.reject(new Error('lost connection')))).rejects.toThrow('lost connection');
    await expect(cache.get('poll-1', 3, 28, async () => state(3))).resolves.toMatchObject({ version: 3 });
  });
});
