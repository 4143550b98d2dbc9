import { Logger, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { MemoryWindowStore, WindowCount, WindowStore } from './fixed-window';

/** INCR, the expiry set by the window's first request, and what is left of it: one round trip, atomic. */
const HIT = `local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {c, ttl}`;

/**
 * Counters in Redis, so a limit holds across api instances; while Redis is unreachable each instance counts in
 * memory instead. Limiting per instance for the length of an outage is better than refusing every login (the client
 * fails fast instead of queueing: no offline queue, one retry).
 */
export class RedisWindowStore implements WindowStore, OnModuleDestroy {
  private readonly logger = new Logger(RedisWindowStore.name);
  private readonly redis: Redis;
  private readonly memory = new MemoryWindowStore();

  constructor(redisUrl: string) {
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.redis.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }

  async hit(key: string, windowMs: number, now: number): Promise<WindowCount> {
    if (this.redis.status === 'ready') {
      try {
        const [count, ttl] = (await this.redis.eval(HIT, 1, `rate:${key}`, windowMs)) as [number, number];
        return { count, resetAt: now + ttl };
      } catch (error) {
        this.logger.warn(`rate limit counted in memory: ${(error as Error).message}`);
      }
    }
    return this.memory.hit(key, windowMs, now);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
