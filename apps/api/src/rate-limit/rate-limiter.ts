import { RateLimitedException } from '../common/problem';
import { WindowCount, WindowStore } from './fixed-window';

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
export async function checkLimits(store: WindowStore, checks: Array<{ limit: Limit; key: string }>, now: number): Promise<void> {
  const counts = await Promise.all(checks.map(({ limit, key }) => store.hit(counterKey(limit, key), limit.windowMs, now)));
  const refusal = refusalOf(
    counts,
    checks.map((check) => check.limit),
    now,
  );
  if (refusal) throw refusal;
}

/** The key under which a limit counts the requests of `key` (an address, an account). */
export function counterKey(limit: Limit, key: string): string {
  return `${limit.name}|${key}`;
}

/** The refusal due once `counts[i]` requests were counted against `limits[i]`, or undefined when all are within. */
export function refusalOf(counts: WindowCount[], limits: Limit[], now: number): RateLimitedException | undefined {
  const exceeded = counts.filter((count, i) => count.count > limits[i].limit);
  if (exceeded.length === 0) return undefined;
  const resetAt = Math.max(...exceeded.map((count) => count.resetAt));
  return new RateLimitedException(Math.max(1, Math.ceil((resetAt - now) / 1000)));
}
