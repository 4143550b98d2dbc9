import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Invitation, Locale, WorkingGroup } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, map, of, switchMap } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { AccountApi } from './account.api';
import { describeFailure } from './describe-failure';
import { CurrentCommission } from '../core/commission/current-commission';

/**
 * `/invitar`: the secretary (or an admin) invites anyone by e-mail, a coordinator invites into a group they run.
 * The invited person gets a mail with a single-use link to choose their password.
 */
@Component({
  selector: 'cc-invite-page',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatHint, MatInput, MatSelect, MatOption, MatButton, TranslocoPipe],
  templateUrl: './invite.page.html',
  styleUrl: './account.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitePage {
  private readonly api = inject(AccountApi);
  private readonly locales = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2)]],
    email: ['', [Validators.required, Validators.email]],
    locale: ['es-MX' as Locale],
    groupId: [''],
    groupRole: ['partner' as 'partner' | 'member'],
  });
  private readonly commissionChoice = inject(CurrentCommission);
  protected readonly groups = signal<WorkingGroup[]>([]);
  protected readonly busy = signal(false);
  protected readonly sent = signal<Invitation | null>(null);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    this.commissionChoice
      .chosen()
      .pipe(
        switchMap((commission) => (commission ? this.api.groups(commission.id) : of({ items: [] as WorkingGroup[] }))),
        map((page) => page.items.filter((g) => g.status === 'active')),
        catchError(() => of([] as WorkingGroup[])),
      )
      .subscribe((groups) => this.groups.set(groups));
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) return this.form.markAllAsTouched();
    const { groupId, groupRole, ...person } = this.form.getRawValue();
    this.busy.set(true);
    this.failure.set(null);
    this.sent.set(null);
    this.api.invite({ ...person, ...(groupId ? { groupId, groupRole } : {}) }).subscribe({
      next: (invitation) => {
        this.busy.set(false);
        this.sent.set(invitation);
        this.form.reset();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeFailure(error, this.locales.locale(), this.transloco));
      },
    });
  }
}
