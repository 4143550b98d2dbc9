import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerException, ThrottlerStorage } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../config/config';

const WINDOW_MS = 60_000;

/**
 * The public routes' rate limit: `PUBLIC_RATE_LIMIT` requests a minute per address, counted once for all of
 * them in the throttler's storage (so the cached fast path and the routes share one budget).
 */
@Injectable()
export class PublicRateLimit {
  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts a request from `address`; false once the address is over its limit. */
  async allow(address: string | undefined): Promise<boolean> {
    const limit = this.config.publicRateLimit;
    const record = await this.storage.increment(`public|${address ?? ''}`, WINDOW_MS, limit, WINDOW_MS, 'public');
    return !record.isBlocked;
  }
}

/**
 * The public controller's guard: the public limit (through the throttler's storage, and its 429 problem) instead of
 * the login's per-account limits, which are about guessing passwords, not reading.
 */
@Injectable()
export class PublicThrottlerGuard implements CanActivate {
  constructor(private readonly limit: PublicRateLimit) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ ip?: string }>();
    if (!(await this.limit.allow(request.ip))) throw new ThrottlerException();
    return true;
  }
}
