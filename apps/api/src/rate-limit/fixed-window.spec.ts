import { RateLimitedException } from '../common/problem';
import { MemoryWindowStore } from './fixed-window';
import { checkLimits } from './rate-limiter';

describe('fixed-window rate limiting', () => {
  const limit = { name: 'test', limit: 3, windowMs: 60_000 };

  it('counts requests per key within the window opened by the first one', () => {
    const store = new MemoryWindowStore();
    expect([0, 1, 2, 3].map((i) => store.count('a', 60_000, 1_000 + i).count)).toEqual([1, 2, 3, 4]);
    expect(store.count('b', 60_000, 2_000)).toEqual({ count: 1, resetAt: 62_000 });
    expect(store.count('a', 60_000, 61_000)).toEqual({ count: 1, resetAt: 121_000 });
  });

  it('refuses past the limit with the whole seconds left in the window as Retry-After', async () => {
    const store = new MemoryWindowStore();
    for (let i = 0; i < 3; i++) await checkLimits(store, [{ limit, key: 'x' }], 10_000);
    const refusal = await checkLimits(store, [{ limit, key: 'x' }], 40_500).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimitedException);
    expect((refusal as RateLimitedException).retryAfterSeconds).toBe(30);
    await expect(checkLimits(store, [{ limit, key: 'x' }], 70_000)).resolves.toBeUndefined();
  });

  it('names the latest reset among the exceeded limits', async () => {
    const store = new MemoryWindowStore();
    const short = { name: 'short', limit: 1, windowMs: 10_000 };
    const long = { name: 'long', limit: 1, windowMs: 60_000 };
    await checkLimits(store, [{ limit: short, key: 'k' }], 0);
    await checkLimits(store, [{ limit: long, key: 'k' }], 0);
    const refusal = (await checkLimits(
      store,
      [
        { limit: short, key: 'k' },
        { limit: long, key: 'k' },
      ],
      1_000,
    ).catch((error: unknown) => error)) as RateLimitedException;
    expect(refusal.retryAfterSeconds).toBe(59);
  });

  it('forgets a key unseen for two windows without sweeping on each request', () => {
    const store = new MemoryWindowStore();
    for (let i = 0; i < 1_000; i++) store.count(`address-${i}`, 60_000, 0);
    store.count('other', 60_000, 60_000);
    store.count('other', 60_000, 120_000);
    expect(store.count('address-1', 60_000, 120_001)).toEqual({ count: 1, resetAt: 180_001 });
    expect((store as unknown as { current: Map<string, unknown>; previous: Map<string, unknown> }).previous.size).toBeLessThan(3);
  });
});
