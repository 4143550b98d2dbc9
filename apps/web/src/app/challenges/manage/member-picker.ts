import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CHALLENGE_ROLES, ChallengeRole } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { describeFailure } from '../../account/describe-failure';
import { FocusInvalid } from '../../core/forms/focus-invalid';
import { PersonSearch } from '../../core/forms/person-search';
import { LocaleService } from '../../core/i18n/locale.service';
import { loadFrom } from '../../core/ui/load-from';
import { ChallengesApi } from '../challenges.api';

/**
 * Who runs the challenge and who sits on its jury, for its managers: the list, and naming someone found through the
 * directory's search (any account: an institution's staff or an outside expert) as manager or juror.
 */
@Component({
  selector: 'cc-member-picker',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatInput, TranslocoPipe, FocusInvalid, PersonSearch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3>{{ 'challenges.manage.members' | transloco }}</h3>
    @if (members.value(); as list) {
      <ul class="list">
        @for (m of list; track m.personId + m.role) {
          <li>
            <span class="list__title">{{ m.name }}</span> <span class="chip">{{ 'challenges.roles.' + m.role | transloco }}</span>
          </li>
        }
      </ul>
    } @else if (members.error()) {
      <p role="alert" class="failure">{{ 'challenges.manage.membersError' | transloco }}</p>
    }
    <form ccFocusInvalid class="picker" [formGroup]="form" (ngSubmit)="add()" novalidate>
      <cc-person-search [control]="form.controls.personId" [required]="true" />
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'challenges.manage.role' | transloco }}</mat-label>
        <select matNativeControl formControlName="role">
          @for (role of roles; track role) {
            <option [value]="role">{{ 'challenges.roles.' + role | transloco }}</option>
          }
        </select>
      </mat-form-field>
      <div>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'challenges.manage.addMember' | transloco }}</button>
      </div>
    </form>
    <p role="status" class="note">{{ done() }}</p>
    @if (failure(); as failure) {
      <p role="alert" class="failure">{{ failure }}</p>
    }
  `,
  styleUrls: ['../../portal/portal.scss', './manage.scss'],
})
export class MemberPicker {
  readonly challengeId = input.required<string>();
  private readonly api = inject(ChallengesApi);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).locale;
  protected readonly roles = CHALLENGE_ROLES;
  protected readonly members = loadFrom(toObservable(this.challengeId), (id) => this.api.members(id));
  protected readonly busy = signal(false);
  protected readonly done = signal('');
  protected readonly failure = signal<string | null>(null);
  private readonly personSearch = viewChild.required(PersonSearch);
  /** The form's directive: resetting through it also forgets the submission, so no error shows after a success. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly form = new FormGroup({
    personId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    role: new FormControl<ChallengeRole>('juror', { nonNullable: true }),
  });

  protected add(): void {
    if (this.form.invalid || this.busy()) return;
    const { personId, role } = this.form.getRawValue();
    const name = this.personSearch().nameOf(personId);
    this.busy.set(true);
    this.failure.set(null);
    this.done.set('');
    this.api.addMember(this.challengeId(), { personId, role }).subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(
          this.transloco.translate('challenges.manage.memberAdded', { name, role: this.transloco.translate(`challenges.roles.${role}`) }),
        );
        this.formDirective().resetForm({ personId: '', role });
        this.personSearch().clear();
        this.members.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeFailure(error, this.locale(), this.transloco));
      },
    });
  }
}
