import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { safeReturnUrl } from '../core/auth/auth.guards';
import { AuthService } from '../core/auth/auth.service';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';

/** What went wrong, as a translation key or as the api's own (already localized) words. */
interface LoginFailure {
  key?: string;
  text?: string;
}

@Component({
  selector: 'cc-login-page',
  imports: [ReactiveFormsModule, RouterLink, MatFormField, MatLabel, MatError, MatInput, MatButton, MatProgressBar, TranslocoPipe],
  templateUrl: './login.page.html',
  styleUrl: './login.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly locales = inject(LocaleService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly failure = signal<LoginFailure | null>(null);

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.failure.set(null);
    this.auth.login(this.form.getRawValue()).subscribe({
      next: () => {
        this.submitting.set(false);
        void this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl')));
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.failure.set(this.describe(error));
      },
    });
  }

  private describe(error: unknown): LoginFailure {
    if (!isApiError(error)) {
      return { key: 'errors.generic' };
    }
    if (error.isNetworkError) {
      return { key: 'errors.network' };
    }
    if (error.status === 429) {
      return { key: 'login.errors.tooManyAttempts' };
    }
    const title = error.titleIn(this.locales.locale());
    if (title) {
      return { text: title };
    }
    return { key: error.status === 401 ? 'login.errors.invalidCredentials' : 'errors.generic' };
  }
}
