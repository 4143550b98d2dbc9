import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MeetingState, Representation } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { LiveMeeting } from '../core/live/live-meeting';
import { SessionsApi } from './sessions.api';

/**
 * Correcting or withdrawing one representation letter. Both ask first; the server asks for a reason once the
 * letter has been used, and keeps it on the record with the letter.
 */
@Component({
  selector: 'cc-letter-actions',
  imports: [ReactiveFormsModule, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = letter();
    @switch (mode()) {
      @case (null) {
        <button
          mat-button
          type="button"
          (click)="mode.set('correct')"
          [attr.aria-label]="'secretary.letters.correctLabel' | transloco: { member: r.memberName }"
        >
          {{ 'secretary.letters.correct' | transloco }}
        </button>
        <button
          mat-button
          type="button"
          (click)="mode.set('withdraw')"
          [attr.aria-label]="'secretary.letters.withdrawLabel' | transloco: { member: r.memberName }"
        >
          {{ 'secretary.letters.withdraw' | transloco }}
        </button>
      }
      @default {
        <form class="letter-form" (ngSubmit)="confirm()" (keydown.escape)="mode.set(null)">
          @if (mode() === 'correct') {
            <label>
              {{ 'sessions.representations.representative' | transloco }}
              <input [formControl]="representative" [value]="r.representativeName" />
            </label>
          }
          <label>
            {{ 'secretary.letters.reason' | transloco }}
            <input [formControl]="reason" />
          </label>
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ (mode() === 'correct' ? 'secretary.letters.correctYes' : 'secretary.letters.withdrawYes') | transloco }}
          </button>
          <button mat-button type="button" (click)="mode.set(null)">{{ 'sessions.actions.cancel' | transloco }}</button>
        </form>
      }
    }
    @if (error(); as message) {
      <span class="action-error" role="alert">{{ message }}</span>
    }
  `,
  styles: `
    .letter-form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
  `,
})
export class LetterActions {
  readonly meetingId = input.required<string>();
  readonly letter = input.required<Representation>();

  private readonly api = inject(SessionsApi);
  private readonly live = inject(LiveMeeting);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).locale;

  protected readonly mode = signal<'correct' | 'withdraw' | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly representative = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] });
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] });

  protected confirm(): void {
    const reason = this.reason.value.trim() || null;
    const name = this.representative.value.trim();
    const request =
      this.mode() === 'correct'
        ? this.api.correctLetter(this.meetingId(), this.letter().id, {
            ...(name && name !== this.letter().representativeName ? { representativeName: name, representativePersonId: null } : {}),
            ...(reason ? { reason } : {}),
          })
        : this.api.withdrawLetter(this.meetingId(), this.letter().id, reason);
    this.run(request);
  }

  private run(request: Observable<MeetingState>): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (state) => {
        this.busy.set(false);
        this.mode.set(null);
        this.reason.reset('');
        this.representative.reset('');
        this.live.accept(state);
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
