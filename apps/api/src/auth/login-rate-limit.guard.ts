import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/config';
import { WindowStore } from '../rate-limit/fixed-window';
import { SHARED_WINDOW_STORE } from '../rate-limit/rate-limit.module';
import { checkLimits, Limit } from '../rate-limit/rate-limiter';

const MINUTE = 60_000;

/** The email is hashed because it has not been validated yet (it may be huge). */
function account(request: Request): string {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return createHash('sha256')
    .update(typeof email === 'string' ? email.toLowerCase() : '')
    .digest('hex');
}

/**
 * Two limits on login, counted where every api instance sees them: per address and account (`LOGIN_RATE_LIMIT` a
 * minute) stops guessing one account's password; per address, five times looser, stops trying one password across
 * every account from one address. A refusal is a 429 problem with the standard Retry-After header.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  private readonly perAccount: Limit;
  private readonly perAddress: Limit;

  constructor(
    @Inject(SHARED_WINDOW_STORE) private readonly store: WindowStore,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.perAccount = { name: 'login-account', limit: config.loginRateLimit, windowMs: MINUTE };
    this.perAddress = { name: 'login-address', limit: config.loginRateLimit * 5, windowMs: MINUTE };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const address = request.ip ?? '';
    await checkLimits(
      this.store,
      [
        { limit: this.perAccount, key: `${address}|${account(request)}` },
        { limit: this.perAddress, key: address },
      ],
      this.clock.nowMs(),
    );
    return true;
  }
}
