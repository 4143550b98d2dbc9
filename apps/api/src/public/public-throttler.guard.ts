import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MemoryWindowStore } from '../rate-limit/fixed-window';
import { counterKey, Limit, refusalOf } from '../rate-limit/rate-limiter';

/**
 * The public routes' rate limit: `PUBLIC_RATE_LIMIT` requests a minute per address, counted once for all of them (so
 * the cached fast path, the routes and the public live room share one budget). Counted in this instance's memory: a
 * cached read must not wait for a network round trip, and reading is not guessing passwords.
 */
@Injectable()
export class PublicRateLimit {
  private readonly store = new MemoryWindowStore();
  private readonly limit: Limit;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.limit = { name: 'public', limit: config.publicRateLimit, windowMs: 60_000 };
  }

  /** Counts a request from `address`; rejects with a RateLimitedException once the address is over its limit. */
  check(address: string | undefined): Promise<void> {
    const refusal = this.count(address);
    return refusal ? Promise.reject(refusal) : Promise.resolve();
  }

  /** Counts a request from `address` at once (no promise: the cached fast path answers synchronously). */
  allows(address: string | undefined): boolean {
    return !this.count(address);
  }

  private count(address: string | undefined, now = this.clock.nowMs()) {
    const counted = this.store.count(counterKey(this.limit, address ?? ''), this.limit.windowMs, now);
    return refusalOf([counted], [this.limit], now);
  }
}

/**
 * The public controllers' guard: the public limit instead of the login's per-account limits, which are about
 * guessing passwords, not reading.
 */
@Injectable()
export class PublicThrottlerGuard implements CanActivate {
  constructor(private readonly limit: PublicRateLimit) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.limit.check(context.switchToHttp().getRequest<Request>().ip);
    return true;
  }
}
