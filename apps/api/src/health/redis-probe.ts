/** Whether the Redis the instances fan out through answers, for the readiness check; absent without REDIS_URL. */
import { Logger, OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { outageTolerantRedis } from '../scale/redis-client';

const PING_TIMEOUT_MS = 1_000;

export class RedisProbe implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(url: string) {
    this.client = outageTolerantRedis(url, new Logger('Health'), { lazyConnect: true });
  }

  async up(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)));
    const ping = this.client.ping().then(
      (answer) => answer === 'PONG',
      () => false,
    );
    try {
      return await Promise.race([ping, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}
