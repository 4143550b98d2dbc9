import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CHALLENGE_SCORE_MAX } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { describeFailure } from '../account/describe-failure';
import { LocaleService } from '../core/i18n/locale.service';
import { ChallengesApi } from './challenges.api';

/**
 * Scoring an idea with a written justification: the institution's team in the feasibility phase, a juror in the
 * jury phase (who may instead declare a conflict of interest and then cannot score it). The server checks the role.
 */
@Component({
  selector: 'cc-score-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="score-form" [formGroup]="form" (ngSubmit)="submit()">
      <h3>{{ 'challenges.score.' + kind() | transloco }}</h3>
      <mat-form-field>
        <mat-label>{{ 'challenges.score.score' | transloco: { max } }}</mat-label>
        <input matInput type="number" min="0" [max]="max" formControlName="score" required />
        <mat-error>{{ 'challenges.score.range' | transloco: { max } }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'challenges.score.justification' | transloco }}</mat-label>
        <textarea matInput formControlName="justification" rows="3" required></textarea>
        <mat-error>{{ 'challenges.form.required' | transloco }}</mat-error>
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'challenges.score.submit' | transloco }}</button>
        @if (kind() === 'jury') {
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="declareConflict()">
            {{ 'challenges.score.conflict' | transloco }}
          </button>
        }
      </div>
      @if (failure(); as failure) {
        <p role="alert" class="failure">{{ failure }}</p>
      }
    </form>
  `,
  styles: `
    .score-form {
      display: grid;
      gap: 4px;
      max-width: 480px;
      margin-top: 16px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .failure {
      color: var(--mat-sys-error);
    }
  `,
})
export class ScoreForm {
  readonly ideaId = input.required<string>();
  readonly kind = input.required<'feasibility' | 'jury'>();
  readonly saved = output<void>();
  private readonly api = inject(ChallengesApi);
  private readonly locales = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  protected readonly max = CHALLENGE_SCORE_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    score: [0, [Validators.required, Validators.min(0), Validators.max(CHALLENGE_SCORE_MAX)]],
    justification: ['', [Validators.required]],
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const { score, justification } = this.form.getRawValue();
    this.run(this.api.score(this.ideaId(), this.kind(), { score: Math.round(Number(score)), justification }));
  }

  /** The conflict's reason is the justification field: why this juror should not score the idea. */
  protected declareConflict(): void {
    const reason = this.form.controls.justification.value.trim();
    if (!reason) return this.form.controls.justification.markAsTouched();
    this.run(this.api.declareConflict(this.ideaId(), reason));
  }

  private run(call: Observable<void>): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    call.subscribe({
      next: () => {
        this.busy.set(false);
        this.saved.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeFailure(error, this.locales.locale(), this.transloco));
      },
    });
  }
}
