/**
 * A clock a spec sets: it follows the wall clock until `set` or `advance` is called, then stands still at the
 * chosen instant (moving only when told). Every test app gets one (`TestApp.clock`), so a spec checks a time rule
 * (a token's expiry, a notice due in seven days) by moving the time instead of waiting for it.
 */
import { Clock } from '../common/clock';

export class TestClock extends Clock {
  private fixed: number | null = null;

  now(): Date {
    return new Date(this.nowMs());
  }

  override nowMs(): number {
    return this.fixed ?? Date.now();
  }

  /** Stands the clock still at `instant`. */
  set(instant: Date | string): void {
    this.fixed = new Date(instant).getTime();
  }

  /** Moves the clock forward by `ms` (from the wall clock's present when it was not set yet). */
  advance(ms: number): void {
    this.fixed = this.nowMs() + ms;
  }

  /** Follows the wall clock again. */
  release(): void {
    this.fixed = null;
  }
}
