/**
 * Request counting whose cost does not grow with the request rate: one counter per key and window (a window opens at
 * the key's first request and lasts `windowMs`), instead of one timestamp per hit filtered on every request. Old
 * counters are dropped a whole generation at a time: every `windowMs` the current map becomes the previous one, so
 * a key unseen for two windows is gone without any per-request sweep.
 */

/** One request counted: how many the key made in its window, and when that window ends. */
export interface WindowCount {
  count: number;
  resetAt: number;
}

/** Where counters live: this process, or Redis so that several api instances share them. */
export interface WindowStore {
  hit(key: string, windowMs: number, now: number): Promise<WindowCount>;
}

interface Counter {
  count: number;
  resetAt: number;
}

export class MemoryWindowStore implements WindowStore {
  private current = new Map<string, Counter>();
  private previous = new Map<string, Counter>();
  private rotatedAt = 0;
  private longestWindowMs = 0;

  hit(key: string, windowMs: number, now: number): Promise<WindowCount> {
    return Promise.resolve(this.count(key, windowMs, now));
  }

  count(key: string, windowMs: number, now: number): WindowCount {
    this.longestWindowMs = Math.max(this.longestWindowMs, windowMs);
    if (now - this.rotatedAt >= this.longestWindowMs) {
      this.previous = this.current;
      this.current = new Map();
      this.rotatedAt = now;
    }
    let counter = this.current.get(key);
    if (!counter) {
      counter = this.previous.get(key);
      if (counter) this.current.set(key, counter);
    }
    if (!counter || counter.resetAt <= now) {
      counter = { count: 0, resetAt: now + windowMs };
      this.current.set(key, counter);
    }
    counter.count += 1;
    return { count: counter.count, resetAt: counter.resetAt };
  }
}
