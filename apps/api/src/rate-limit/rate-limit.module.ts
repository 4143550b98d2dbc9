import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MemoryWindowStore, WindowStore } from './fixed-window';
import { RedisWindowStore } from './redis-window-store';

/** The store of the limits that must hold across api instances (login): Redis when there is one. */
export const SHARED_WINDOW_STORE = Symbol('SHARED_WINDOW_STORE');

/** Rate limiting of the api: one fixed-window counter per key and limit (see fixed-window.ts). */
@Global()
@Module({
  providers: [
    {
      provide: SHARED_WINDOW_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): WindowStore => (config.redisUrl ? new RedisWindowStore(config.redisUrl) : new MemoryWindowStore()),
    },
  ],
  exports: [SHARED_WINDOW_STORE],
})
export class RateLimitModule {}
