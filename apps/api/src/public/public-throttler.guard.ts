import { Inject, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerRequest } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../config/config';

/**
 * The public routes' rate limit: `PUBLIC_RATE_LIMIT` requests a minute per address, on the `default` throttler
 * only (the login's per-account and per-address limits are about passwords, not reading).
 */
@Injectable()
export class PublicThrottlerGuard extends ThrottlerGuard {
  @Inject(APP_CONFIG) private readonly config!: AppConfig;

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name !== 'default') return Promise.resolve(true);
    return super.handleRequest({
      ...request,
      limit: this.config.publicRateLimit,
      ttl: 60_000,
      getTracker: (req: Record<string, unknown>) => `public|${String(req['ip'])}`,
    });
  }
}
