import { Redis } from 'ioredis';
import { CoeditFanout, PERSISTENCE_PRIORITY, REDIS_ORIGIN } from './collab.server';

describe('the co-editing fan-out through Redis', () => {
  const fanout = new CoeditFanout({ createClient: () => new Redis({ lazyConnect: true }) });
  afterAll(() => fanout.onDestroy());

  it('marks what it applies from another instance with the origin our recording skips', () => {
    expect(fanout.redisTransactionOrigin).toBe(REDIS_ORIGIN);
  });

  it('leaves storing to our persistence, which runs ahead of it', async () => {
    await expect(fanout.onStoreDocument()).resolves.toBeUndefined();
    expect(PERSISTENCE_PRIORITY).toBeGreaterThan(fanout.priority);
  });
});
