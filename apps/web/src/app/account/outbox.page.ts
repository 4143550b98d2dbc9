import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MAIL_STATES, MailState, OutboxMail, Page } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';
import { AccountApi } from './account.api';

/** `/admin/correo`: every outgoing mail with its state, tries and last error (admins). */
@Component({
  selector: 'cc-outbox-page',
  imports: [MatButton, MatSelect, MatOption, MatFormField, MatLabel, MatProgressBar, TranslocoPipe, ErrorPanel, CommissionTimePipe],
  templateUrl: './outbox.page.html',
  styleUrl: './account.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  private readonly api = inject(AccountApi);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly states = MAIL_STATES;
  protected readonly state = signal<MailState | undefined>(undefined);
  protected readonly page = signal<Page<OutboxMail> | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);

  constructor() {
    this.load(1);
  }

  protected filter(state: MailState | undefined): void {
    this.state.set(state);
    this.load(1);
  }

  protected load(page: number): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.outbox(page, this.state()).subscribe({
      next: (result) => {
        this.page.set(result);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(error);
        this.loading.set(false);
      },
    });
  }
}
