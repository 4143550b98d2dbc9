import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ProofOfWorkSolution } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { describeFailure } from '../account/describe-failure';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { ChallengesApi } from './challenges.api';
import { ProofOfWorkSolver } from './proof-of-work';

/**
 * `/registro`: a citizen creates their account to take part in open challenges. The confirmation link arrives by
 * e-mail and opens the page that sets the password; until then the account cannot sign in or write anything. The
 * browser solves the api's proof of work as soon as the page opens (no click, its progress shown), and the sign-up
 * carries the solution; a solution the api no longer takes (expired) is replaced once, quietly.
 */
@Component({
  selector: 'cc-sign-up-page',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, MatButton, MatProgressBar, RouterLink, TranslocoPipe],
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
        <div class="robot-check" role="status">
          @if (verifying() !== null) {
            <span>{{ 'challenges.signUp.verifying' | transloco: { percent: verifying() } }}</span>
            <mat-progress-bar mode="determinate" [value]="verifying()" [attr.aria-label]="'challenges.signUp.verifyingLabel' | transloco" />
          } @else if (solution()) {
            <span>{{ 'challenges.signUp.verified' | transloco }}</span>
          }
        </div>
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
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 8px;
    }
    .sign-up {
      display: grid;
      gap: 4px;
    }
    .failure {
      color: var(--mat-sys-error);
    }
    .robot-check {
      display: grid;
      gap: 4px;
      min-height: 2.5rem;
      margin-bottom: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SignUpPage {
  private readonly api = inject(ChallengesApi);
  private readonly solver = inject(ProofOfWorkSolver);
  private readonly locales = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** How far the proof of work got, in percent, while it runs; null when it is not running. */
  protected readonly verifying = signal<number | null>(null);
  protected readonly solution = signal<ProofOfWorkSolution | null>(null);
  private proof: Promise<ProofOfWorkSolution> = this.solveProofOfWork();

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.busy.set(true);
    this.failure.set(null);
    try {
      await this.signUpWith(await this.proof).catch((error: unknown) => {
        if (!(isApiError(error) && error.code === 'proof_of_work_invalid')) throw error;
        this.proof = this.solveProofOfWork();
        return this.proof.then((fresh) => this.signUpWith(fresh));
      });
      this.sent.set(true);
    } catch (error: unknown) {
      // A proof that could not be had (the network) is tried again on the next submit.
      if (!this.solution()) this.proof = this.solveProofOfWork();
      this.failure.set(describeFailure(error, this.locales.locale(), this.transloco));
    } finally {
      this.busy.set(false);
    }
  }

  private signUpWith(proofOfWork: ProofOfWorkSolution): Promise<void> {
    return firstValueFrom(this.api.signUp({ ...this.form.getRawValue(), locale: this.locales.locale(), proofOfWork }), {
      defaultValue: undefined,
    });
  }

  private solveProofOfWork(): Promise<ProofOfWorkSolution> {
    this.solution.set(null);
    this.verifying.set(0);
    const solving = this.solver.solve((share) => this.verifying.set(Math.round(share * 100)));
    solving.then(
      (solution) => {
        this.verifying.set(null);
        this.solution.set(solution);
      },
      () => this.verifying.set(null),
    );
    return solving;
  }
}
