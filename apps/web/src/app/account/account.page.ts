import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  NotificationDelivery,
  NotificationKind,
  NotificationPreferences,
} from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { AccountApi } from './account.api';
import { describeFailure } from './describe-failure';

/** `/cuenta`: change one's password, and choose per kind how notices arrive (app only, e-mail, daily digest). */
@Component({
  selector: 'cc-account-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatButton,
    MatRadioGroup,
    MatRadioButton,
    TranslocoPipe,
    ErrorPanel,
  ],
  templateUrl: './account.page.html',
  styleUrl: './account.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly api = inject(AccountApi);
  private readonly locales = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  protected readonly kinds = NOTIFICATION_KINDS;
  protected readonly deliveries = NOTIFICATION_DELIVERIES;

  protected readonly passwordForm = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(10)]],
  });
  protected readonly changing = signal(false);
  protected readonly changed = signal(false);
  protected readonly passwordFailure = signal<string | null>(null);

  protected readonly preferences = signal<NotificationPreferences | null>(null);
  protected readonly preferencesError = signal<unknown>(null);
  protected readonly savedKind = signal<NotificationKind | null>(null);

  constructor() {
    this.loadPreferences();
  }

  protected loadPreferences(): void {
    this.preferencesError.set(null);
    this.api.preferences().subscribe({ next: (p) => this.preferences.set(p), error: (e: unknown) => this.preferencesError.set(e) });
  }

  protected changePassword(): void {
    if (this.changing()) return;
    if (this.passwordForm.invalid) return this.passwordForm.markAllAsTouched();
    this.changing.set(true);
    this.changed.set(false);
    this.passwordFailure.set(null);
    this.api.changePassword(this.passwordForm.getRawValue()).subscribe({
      next: () => {
        this.changing.set(false);
        this.changed.set(true);
        this.passwordForm.reset();
      },
      error: (error: unknown) => {
        this.changing.set(false);
        this.passwordFailure.set(describeFailure(error, this.locales.locale(), this.transloco));
      },
    });
  }

  protected choose(kind: NotificationKind, delivery: NotificationDelivery): void {
    this.savedKind.set(null);
    this.api.updatePreferences({ [kind]: delivery }).subscribe({
      next: (p) => {
        this.preferences.set(p);
        this.savedKind.set(kind);
      },
      error: (e: unknown) => this.preferencesError.set(e),
    });
  }
}
