import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { DECLINE_REASONS, DeclineReason } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { describeFailure } from '../account/describe-failure';
import { LocaleService } from '../core/i18n/locale.service';
import { ChallengesApi } from './challenges.api';

/** Filtering (the institution's team): admit the idea, or decline it with a reason; a duplicate names the original. */
@Component({
  selector: 'cc-filter-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatSelect, MatOption, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="filter-form" [formGroup]="form" (ngSubmit)="submit()">
      <h3>{{ 'challenges.filter.heading' | transloco }}</h3>
      <mat-form-field>
        <mat-label>{{ 'challenges.filter.outcome' | transloco }}</mat-label>
        <mat-select formControlName="outcome">
          <mat-option value="admitted">{{ 'challenges.statuses.admitted' | transloco }}</mat-option>
          <mat-option value="declined">{{ 'challenges.statuses.declined' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
      @if (form.controls.outcome.value === 'declined') {
        <mat-form-field>
          <mat-label>{{ 'challenges.filter.reason' | transloco }}</mat-label>
          <mat-select formControlName="reason">
            @for (r of reasons; track r) {
              <mat-option [value]="r">{{ 'challenges.reasons.' + r | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (form.controls.reason.value === 'duplicate') {
          <mat-form-field>
            <mat-label>{{ 'challenges.filter.duplicateOf' | transloco }}</mat-label>
            <input matInput formControlName="duplicateOfId" />
          </mat-form-field>
        }
      }
      <mat-form-field>
        <mat-label>{{ 'challenges.filter.note' | transloco }}</mat-label>
        <textarea matInput formControlName="note" rows="2"></textarea>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="busy()">{{ 'challenges.filter.submit' | transloco }}</button>
      @if (failure(); as failure) {
        <p role="alert" class="failure">{{ failure }}</p>
      }
    </form>
  `,
  styles: `
    .filter-form {
      display: grid;
      gap: 4px;
      max-width: 480px;
    }
    .failure {
      color: var(--mat-sys-error);
    }
  `,
})
export class FilterForm {
  readonly ideaId = input.required<string>();
  readonly decided = output<void>();
  private readonly api = inject(ChallengesApi);
  private readonly locales = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  protected readonly reasons = DECLINE_REASONS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    outcome: ['admitted' as 'admitted' | 'declined'],
    reason: ['incomplete' as DeclineReason],
    duplicateOfId: [''],
    note: [''],
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected submit(): void {
    if (this.busy()) return;
    const { outcome, reason, duplicateOfId, note } = this.form.getRawValue();
    const declined = outcome === 'declined';
    this.busy.set(true);
    this.failure.set(null);
    this.api
      .decide(this.ideaId(), {
        outcome,
        note,
        ...(declined ? { reason } : {}),
        ...(declined && reason === 'duplicate' && duplicateOfId ? { duplicateOfId: duplicateOfId.trim() } : {}),
      })
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.decided.emit();
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.failure.set(describeFailure(error, this.locales.locale(), this.transloco));
        },
      });
  }
}
