/**
 * The api's one source of "now" for rules and records: token expiry, due notices, phase dates, the time a row
 * was recorded. Services inject `Clock` instead of calling `new Date()` or `Date.now()` (lint forbids both
 * outside this file), so a spec sets the time (`testing/test-clock.ts`) instead of waiting for it to pass.
 * Durations that are measurements, not rules (latency, drain timeouts), read `performance.now()` instead.
 */
export abstract class Clock {
  /** The current instant. */
  abstract now(): Date;

  /** The current instant in milliseconds since the epoch. */
  nowMs(): number {
    return this.now().getTime();
  }
}

/** The wall clock of the machine: the one production uses. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }

  override nowMs(): number {
    return Date.now();
  }
}
