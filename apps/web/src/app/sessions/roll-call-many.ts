import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MeetingState } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { LiveMeeting } from '../core/live/live-meeting';
import { matchNames } from './roll-call-names';
import { SessionsApi } from './sessions.api';

type ManyStatus = 'absent' | 'present' | 'late';
const STATUSES: readonly ManyStatus[] = ['absent', 'present', 'late'];

/**
 * The roll call's exceptions in one action: after "todos presentes" the secretary types or pastes the names of those
 * who did not answer (or a videoconference's participant list) and marks them all at once. Lines that name nobody,
 * or several people, stay in the box to be corrected; nothing is sent for them.
 */
@Component({
  selector: 'cc-roll-call-many',
  imports: [MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button #toggleButton mat-stroked-button type="button" aria-controls="roll-call-many" [attr.aria-expanded]="open()" (click)="toggle()">
      {{ 'secretary.rollCall.many.open' | transloco }}
    </button>
    <p class="visually-hidden" role="status">{{ done() }}</p>
    @if (open()) {
      <form id="roll-call-many" class="many" (submit)="$event.preventDefault(); apply()">
        <label for="roll-call-many-names">{{ 'secretary.rollCall.many.names' | transloco }}</label>
        <textarea
          #names
          id="roll-call-many-names"
          rows="6"
          aria-describedby="roll-call-many-hint"
          [value]="text()"
          (input)="text.set(names.value)"
        ></textarea>
        <p id="roll-call-many-hint" class="hint">{{ 'secretary.rollCall.many.hint' | transloco }}</p>
        <fieldset>
          <legend>{{ 'secretary.rollCall.many.markAs' | transloco }}</legend>
          @for (s of statuses; track s) {
            <label class="choice">
              <input type="radio" name="roll-call-many-status" [checked]="status() === s" (change)="status.set(s)" />
              {{ 'secretary.rollCall.many.status.' + s | transloco }}
            </label>
          }
        </fieldset>
        <p>{{ 'secretary.rollCall.many.recognised' | transloco: { count: list().matched.length } }}</p>
        @if (list().unknown.length > 0) {
          <p class="warning">{{ 'secretary.rollCall.many.unknown' | transloco: { lines: list().unknown.join('; ') } }}</p>
        }
        @for (a of list().ambiguous; track a.line) {
          <p class="warning">{{ 'secretary.rollCall.many.ambiguous' | transloco: { line: a.line, names: a.names.join(', ') } }}</p>
        }
        @if (error(); as message) {
          <p class="action-error" role="alert">{{ message }}</p>
        }
        <p class="actions">
          <button mat-flat-button type="submit" [disabled]="busy() || list().matched.length === 0">
            {{
              'secretary.rollCall.many.apply'
                | transloco: { count: list().matched.length, status: ('secretary.rollCall.many.status.' + status() | transloco) }
            }}
          </button>
          <button mat-button type="button" (click)="toggle()">{{ 'secretary.rollCall.many.close' | transloco }}</button>
        </p>
      </form>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .many {
      flex-basis: 100%;
      display: grid;
      gap: 0.5rem;
      max-width: 40rem;
    }
    textarea {
      width: 100%;
      font: inherit;
    }
    fieldset {
      border: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      min-height: 2.75rem;
    }
    .hint {
      font-size: 0.875rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class RollCallMany {
  readonly state = input.required<MeetingState>();

  private readonly api = inject(SessionsApi);
  private readonly live = inject(LiveMeeting);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).locale;
  private readonly toggleButton = viewChild.required('toggleButton', { read: ElementRef<HTMLButtonElement> });
  private readonly names = viewChild<ElementRef<HTMLTextAreaElement>>('names');

  protected readonly statuses = STATUSES;
  protected readonly open = signal(false);
  protected readonly text = signal('');
  protected readonly status = signal<ManyStatus>('absent');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal('');
  protected readonly list = computed(() => matchNames(this.text(), this.state().attendance));

  protected toggle(): void {
    this.open.update((open) => !open);
    this.error.set(null);
    // Focus follows: into the box when it opens, back to its button when it closes.
    setTimeout(() => (this.open() ? this.names()?.nativeElement.focus() : this.toggleButton().nativeElement.focus()));
  }

  protected apply(): void {
    const { matched, unknown, ambiguous } = this.list();
    const status = this.status();
    this.busy.set(true);
    this.error.set(null);
    this.api.attendanceBatch(this.state().meeting.id, { entries: matched.map((row) => ({ personId: row.personId, status })) }).subscribe({
      next: (change) => {
        this.live.accept(change);
        this.busy.set(false);
        this.done.set(
          this.transloco.translate('secretary.rollCall.many.done', {
            count: matched.length,
            status: this.transloco.translate(`secretary.rollCall.many.status.${status}`),
          }),
        );
        const left = [...unknown, ...ambiguous.map((a) => a.line)];
        this.text.set(left.join('\n'));
        if (left.length === 0) this.toggle();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const locale = this.locale();
        this.error.set(
          isApiError(error)
            ? (error.detailIn(locale) ?? error.titleIn(locale) ?? error.message)
            : this.transloco.translate('errors.generic'),
        );
      },
    });
  }
}
