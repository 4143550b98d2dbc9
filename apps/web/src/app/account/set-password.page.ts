import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { AccountApi } from './account.api';
import { describeFailure } from './describe-failure';

const MIN_LENGTH = 10;

/**
 * `/restablecer` and `/invitacion`: the link of a reset or an invitation mail. With the token (in the URL's fragment,
 * which never reaches a server log) it sets the password; `/restablecer` without one asks for the reset mail.
 */
@Component({
  selector: 'cc-set-password-page',
  imports: [ReactiveFormsModule, RouterLink, MatFormField, MatLabel, MatError, MatHint, MatInput, MatButton, MatAnchor, TranslocoPipe],
  templateUrl: './set-password.page.html',
  styleUrl: './account.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetPasswordPage {
  private readonly api = inject(AccountApi);
  private readonly locales = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  /** `reset` or `invitation`, from the route's data. */
  readonly purpose = input<'reset' | 'invitation'>('reset');
  private readonly fragment = inject(ActivatedRoute).fragment;
  protected readonly token = toSignal(this.fragment, { initialValue: null });
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly failure = signal<string | null>(null);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly requestForm = this.fb.group({ email: ['', [Validators.required, Validators.email]] });
  protected readonly passwordForm = this.fb.group({ password: ['', [Validators.required, Validators.minLength(MIN_LENGTH)]] });

  constructor() {
    // Opening the mailed link in the tab that asked for it changes only the fragment: start over with the new form.
    this.fragment.pipe(takeUntilDestroyed()).subscribe(() => {
      this.done.set(false);
      this.failure.set(null);
    });
  }

  protected requestReset(): void {
    if (this.requestForm.invalid) return this.requestForm.markAllAsTouched();
    this.run(this.api.requestReset(this.requestForm.getRawValue().email));
  }

  protected setPassword(): void {
    const token = this.token();
    if (!token) return;
    if (this.passwordForm.invalid) return this.passwordForm.markAllAsTouched();
    const body = { token, password: this.passwordForm.getRawValue().password };
    this.run(this.purpose() === 'invitation' ? this.api.acceptInvitation(body) : this.api.confirmReset(body));
  }

  private run(call: Observable<void>): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    call.subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeFailure(error, this.locales.locale(), this.transloco));
      },
    });
  }
}
