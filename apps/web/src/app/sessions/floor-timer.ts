import { booleanAttribute, ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

const clock = (seconds: number) => `${Math.floor(Math.abs(seconds) / 60)}:${String(Math.abs(seconds) % 60).padStart(2, '0')}`;

/**
 * The floor's countdown, the same on every screen: it counts from the server's start time,
 * corrected by the offset between the server's clock and this one. Screen readers hear it only
 * at one minute left and when time is up, not every second.
 */
@Component({
  selector: 'cc-floor-timer',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.timer-large]': 'large()' },
  template: `
    <div class="timer" [class.timer--over]="remaining() < 0" role="timer" [attr.aria-label]="'sessions.floor.timerLabel' | transloco">
      <span class="timer__value">{{ remaining() < 0 ? '+' : '' }}{{ display() }}</span>
      <span class="timer__limit">{{ 'sessions.floor.limit' | transloco: { minutes: limitMinutes() } }}</span>
    </div>
    <p class="visually-hidden" aria-live="assertive">
      @if (remaining() <= 0) {
        {{ 'sessions.floor.timeUp' | transloco }}
      } @else if (remaining() <= 60) {
        {{ 'sessions.floor.oneMinute' | transloco }}
      }
    </p>
  `,
  styles: `
    .timer {
      display: inline-flex;
      align-items: baseline;
      gap: 12px;
      padding: 8px 16px;
      border-radius: 12px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .timer--over {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .timer__value {
      font: var(--mat-sys-display-small);
      font-variant-numeric: tabular-nums;
    }
    /* On the projector, read from the back of the room. */
    :host(.timer-large) .timer {
      flex-wrap: wrap;
    }
    :host(.timer-large) .timer__value {
      font-size: clamp(48px, 14vw, 112px);
      line-height: 1;
      font-weight: 700;
    }
    :host(.timer-large) .timer__limit {
      font-size: 32px;
    }
  `,
})
export class FloorTimer {
  readonly startedAt = input.required<string>();
  readonly limitSeconds = input.required<number>();
  /** Server clock minus this clock, in ms. */
  readonly clockOffset = input(0);
  /** The projector's size. */
  readonly large = input(false, { transform: booleanAttribute });

  private readonly now = signal(Date.now());
  // Never more than the limit: a start stamped a moment "after" this clock's now still shows the full time.
  protected readonly remaining = computed(
    () => this.limitSeconds() - Math.max(0, Math.floor((this.now() + this.clockOffset() - Date.parse(this.startedAt())) / 1000)),
  );
  protected readonly display = computed(() => clock(this.remaining()));
  protected readonly limitMinutes = computed(() => Math.round(this.limitSeconds() / 60));

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 250);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
