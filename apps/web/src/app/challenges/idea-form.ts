import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { describeFailure } from '../account/describe-failure';
import { LocaleService } from '../core/i18n/locale.service';
import { ChallengesApi } from './challenges.api';

/**
 * A citizen proposes an idea to one problem (ideas phase): title, description, who it helps and the team. Once sent,
 * the idea's own page opens (its heading takes the focus), where the author sees it awaiting filtering's answer.
 */
@Component({
  selector: 'cc-idea-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="idea-form" [formGroup]="form" (ngSubmit)="submit()">
      <h3>{{ 'challenges.form.heading' | transloco }}</h3>
      <mat-form-field>
        <mat-label>{{ 'challenges.form.title' | transloco }}</mat-label>
        <input matInput formControlName="title" maxlength="200" required />
        <mat-error>{{ 'challenges.form.required' | transloco }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'challenges.form.description' | transloco }}</mat-label>
        <textarea matInput formControlName="description" rows="4" required></textarea>
        <mat-error>{{ 'challenges.form.required' | transloco }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'challenges.form.beneficiaries' | transloco }}</mat-label>
        <input matInput formControlName="beneficiaries" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'challenges.form.team' | transloco }}</mat-label>
        <input matInput formControlName="team" />
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="busy()">{{ 'challenges.form.submit' | transloco }}</button>
      @if (failure(); as failure) {
        <p role="alert" class="failure">{{ failure }}</p>
      }
    </form>
  `,
  styles: `
    .idea-form {
      display: grid;
      gap: 4px;
      max-width: 640px;
      margin-top: 16px;
    }
    .failure {
      color: var(--mat-sys-error);
    }
  `,
})
export class IdeaForm {
  readonly problemId = input.required<string>();
  private readonly api = inject(ChallengesApi);
  private readonly router = inject(Router);
  private readonly locales = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', [Validators.required]],
    beneficiaries: [''],
    team: [''],
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.busy.set(true);
    this.failure.set(null);
    this.api.submitIdea(this.problemId(), this.form.getRawValue()).subscribe({
      next: (idea) => {
        this.busy.set(false);
        void this.router.navigate(['/portal/challenges/ideas', idea.id], { state: { sent: true } });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeFailure(error, this.locales.locale(), this.transloco));
      },
    });
  }
}
