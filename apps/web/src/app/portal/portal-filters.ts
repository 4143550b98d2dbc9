import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subject, debounceTime, distinctUntilChanged } from 'rxjs';

/** How long typing pauses before the words filter the list (one request per pause, not per key). */
export const WORDS_DEBOUNCE_MS = 300;

/**
 * A filter of a portal list by one value from a short list (year, status, state), with "all" first. The options
 * show as they are, or translated under `optionKey` ("sessions.statuses." + value).
 */
@Component({
  selector: 'cc-portal-choice-filter',
  imports: [MatFormField, MatLabel, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <mat-form-field subscriptSizing="dynamic">
      <mat-label>{{ label() | transloco }}</mat-label>
      <select matNativeControl [value]="value() ?? ''" (change)="chosen.emit($any($event.target).value)">
        <option value="">{{ 'portal.filter.all' | transloco }}</option>
        @for (option of options(); track option) {
          <option [value]="option">
            @if (optionKey(); as key) {
              {{ key + option | transloco }}
            } @else {
              {{ option }}
            }
          </option>
        }
      </select>
    </mat-form-field>
  `,
})
export class PortalChoiceFilter {
  /** Translation key of the field's label. */
  readonly label = input.required<string>();
  readonly options = input.required<readonly (string | number)[]>();
  readonly optionKey = input<string | null>(null);
  /** The chosen value from the URL; none means all. */
  readonly value = input<string | number | null | undefined>(null);
  /** The value chosen; empty for all. */
  readonly chosen = output<string>();
}

/** A filter of a portal list by words, sent trimmed once typing pauses. */
@Component({
  selector: 'cc-portal-words-filter',
  imports: [MatFormField, MatLabel, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <mat-form-field subscriptSizing="dynamic">
      <mat-label>{{ label() | transloco }}</mat-label>
      <input matInput type="search" [value]="value() ?? ''" (input)="typed.next($any($event.target).value)" />
    </mat-form-field>
  `,
})
export class PortalWordsFilter {
  readonly label = input.required<string>();
  readonly value = input<string | number | null | undefined>(null);
  readonly chosen = output<string>();
  protected readonly typed = new Subject<string>();

  constructor() {
    this.typed
      .pipe(debounceTime(WORDS_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((words) => this.chosen.emit(words.trim()));
  }
}
