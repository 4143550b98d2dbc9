import { RateLimitedException } from '../common/problem';
import { WindowStore } from './fixed-window';

/** One limit: at most `limit` requests per key in a window of `windowMs`. */
export interface Limit {
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * Counts one request against every limit given (each with its own key) and refuses it when any is exceeded. The
 * retry time is the latest reset among the exceeded limits: before it, the request would be refused again.
 */
export async function checkLimits(store: WindowStore, checks: Array<{ limit: Limit; key: string }>, now = Date.now()): Promise<void> {
  const counts = await Promise.all(checks.map(({ limit, key }) => store.hit(`${limit.name}|${key}`, limit.windowMs, now)));
  const exceeded = counts.filter((count, i) => count.count > checks[i].limit.limit);
  if (exceeded.length === 0) return;
  const resetAt = Math.max(...exceeded.map((count) => count.resetAt));
  throw new RateLimitedException(Math.max(1, Math.ceil((resetAt - now) / 1000)));
}
