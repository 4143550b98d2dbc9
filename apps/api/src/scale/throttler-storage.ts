import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Logger, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import type { Redis } from 'ioredis';

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Login throttling counted in Redis, so the limits hold across api instances; while Redis is unreachable each
 * instance counts in memory instead. Throttling per instance for the length of an outage is better than refusing
 * every login (the Redis client fails fast instead of queueing: no offline queue, one retry).
 */
export class FallbackThrottlerStorage implements ThrottlerStorage, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger(FallbackThrottlerStorage.name);
  private readonly redis: ThrottlerStorageRedisService;
  private readonly memory = new ThrottlerStorageService();

  constructor(redisUrl: string) {
    this.redis = new ThrottlerStorageRedisService(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    (this.redis.redis as Redis).on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerRecord> {
    if ((this.redis.redis as Redis).status === 'ready') {
      try {
        return await this.redis.increment(key, ttl, limit, blockDuration, throttlerName);
      } catch (error) {
        this.logger.warn(`login throttling counted in memory: ${(error as Error).message}`);
      }
    }
    return this.memory.increment(key, ttl, limit, blockDuration, throttlerName);
  }

  onModuleDestroy(): void {
    this.redis.onModuleDestroy();
  }

  onApplicationShutdown(): void {
    this.memory.onApplicationShutdown();
  }
}
