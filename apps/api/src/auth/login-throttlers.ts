import { createHash } from 'node:crypto';
import { ThrottlerOptions } from '@nestjs/throttler';

type Tracked = Record<string, unknown>;

const address = (request: Tracked) => String(request['ip']);

/** Per address and account; hashed because the email has not been validated yet (it may be huge). */
function addressAndAccount(request: Tracked): string {
  const body = request['body'] as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? body.email.toLowerCase() : '';
  return `${address(request)}|${createHash('sha256').update(email).digest('hex')}`;
}

/**
 * Two limits on login: `default`, per address and account, stops guessing one account's password
 * (and names the standard Retry-After header); `address`, five times looser, stops trying one
 * password across every account from one address. Only the login route applies them (ThrottlerGuard).
 */
export function loginThrottlers(limitPerAccount: number): ThrottlerOptions[] {
  return [
    { name: 'default', ttl: 60_000, limit: limitPerAccount, getTracker: addressAndAccount },
    { name: 'address', ttl: 60_000, limit: limitPerAccount * 5, getTracker: address },
  ];
}
