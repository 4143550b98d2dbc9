import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../auth';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/config';
import { WindowStore } from '../rate-limit/fixed-window';
import { SHARED_WINDOW_STORE } from '../rate-limit/rate-limit.module';
import { checkLimits, Limit } from '../rate-limit/rate-limiter';

const MINUTE = 60_000;

/**
 * Anti-abuse on citizens' writes in open challenges (proposing, editing, supporting): `CHALLENGE_WRITE_RATE_LIMIT` a
 * minute per account, and five times that per address (many accounts from one place), counted where every api
 * instance sees them. A refusal is a 429 problem with the standard Retry-After header.
 */
@Injectable()
export class ChallengeWriteRateLimitGuard implements CanActivate {
  private readonly perAccount: Limit;
  private readonly perAddress: Limit;

  constructor(
    @Inject(SHARED_WINDOW_STORE) private readonly store: WindowStore,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'challengeWriteRateLimit'>,
    private readonly clock: Clock,
  ) {
    this.perAccount = { name: 'challenge-account', limit: config.challengeWriteRateLimit, windowMs: MINUTE };
    this.perAddress = { name: 'challenge-address', limit: config.challengeWriteRateLimit * 5, windowMs: MINUTE };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    await this.count(request.user?.me.id, request.ip);
    return true;
  }

  /** Counts one write of `personId` from `address`; throws the 429 when either limit is exceeded. */
  count(personId: string | undefined, address: string | undefined): Promise<void> {
    return checkLimits(
      this.store,
      [
        { limit: this.perAccount, key: personId ?? '' },
        { limit: this.perAddress, key: address ?? '' },
      ],
      this.clock.nowMs(),
    );
  }
}
