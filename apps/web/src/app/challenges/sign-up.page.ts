import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { describeFailure } from '../account/describe-failure';
import { LocaleService } from '../core/i18n/locale.service';
import { ChallengesApi } from './challenges.api';

/**
 * `/registro`: a citizen creates their account to take part in open challenges. The confirmation link arrives by
 * e-mail and opens the page that sets the password; until then the account cannot sign in or write anything.
 */
@Component({
  selector: 'cc-sign-up-page',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, MatButton, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'challenges.signUp.heading' | transloco }}</h1>
    <p>{{ 'challenges.signUp.lead' | transloco }}</p>
    @if (sent()) {
      <p role="status" tabindex="-1" class="sent">{{ 'challenges.signUp.sent' | transloco }}</p>
    } @else {
      <form class="sign-up" [formGroup]="form" (ngSubmit)="submit()">
        <mat-form-field>
          <mat-label>{{ 'challenges.signUp.name' | transloco }}</mat-label>
          <input matInput formControlName="name" autocomplete="name" required />
          <mat-error>{{ 'challenges.form.required' | transloco }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'challenges.signUp.email' | transloco }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" required />
          <mat-error>{{ 'challenges.signUp.emailInvalid' | transloco }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'challenges.signUp.submit' | transloco }}</button>
        @if (failure(); as failure) {
          <p role="alert" class="failure">{{ failure }}</p>
        }
      </form>
    }
    <p>
      <a routerLink="/portal/challenges">{{ 'challenges.signUp.back' | transloco }}</a>
    </p>
  `,
  styles: `
    :host {
      display: block;
      max-width: 480px;
    }
    .sign-up {
      display: grid;
      gap: 4px;
    }
    .failure {
      color: var(--mat-sys-error);
    }
  `,
})
export class SignUpPage {
  private readonly api = inject(ChallengesApi);
  private readonly locales = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.busy.set(true);
    this.failure.set(null);
    this.api.signUp({ ...this.form.getRawValue(), locale: this.locales.locale() }).subscribe({
      next: () => {
        this.busy.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeFailure(error, this.locales.locale(), this.transloco));
      },
    });
  }
}
