import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { GROUP_ROLES, GroupMember, GroupRole, JOIN_CHANNELS, JoinChannel, Person } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, filter, switchMap } from 'rxjs';
import { isApiError } from '../../core/http/api-error';
import { LocaleService } from '../../core/i18n/locale.service';
import { GroupsApi } from '../groups.api';
import { FocusInvalid } from '../../core/forms/focus-invalid';
import { MexicanDateInput } from '../../core/forms/mexican-date-input';
import { DialogForm } from '../../core/ui/dialog-form';

/**
 * A coordinator records a join asked elsewhere (by email, chat or in session, with its date) or invites a
 * partner: someone from an outside organization who contributes but never votes.
 */
@Component({
  selector: 'cc-add-member-dialog',
  imports: [
    DialogForm,
    MexicanDateInput,
    FocusInvalid,
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      ccDialogForm
      ccFocusInvalid
      [formGroup]="form"
      (ngSubmit)="save()"
      [heading]="'groups.members.addTitle' | transloco"
      [submitLabel]="'groups.members.addSubmit' | transloco"
      [busy]="saving()"
      [failure]="failure()"
    >
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.members.search' | transloco }}</mat-label>
        <input matInput type="search" [formControl]="search" autocomplete="off" />
        <mat-hint>{{ 'groups.members.searchHint' | transloco }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.members.person' | transloco }}</mat-label>
        <mat-select formControlName="personId" required>
          @for (p of people(); track p.id) {
            <mat-option [value]="p.id"
              >{{ p.name }}{{ p.organization ? ' · ' + (p.organization.shortName || p.organization.name) : '' }}</mat-option
            >
          }
        </mat-select>
        @if (form.controls.personId.invalid) {
          <mat-error>{{ 'groups.members.personRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.members.role' | transloco }}</mat-label>
        <mat-select formControlName="role">
          @for (role of roles; track role) {
            <mat-option [value]="role">{{ 'groups.roles.' + role | transloco }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'groups.members.roleHint' | transloco }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.members.channel' | transloco }}</mat-label>
        <mat-select formControlName="channel">
          <mat-option value="">{{ 'groups.members.noChannel' | transloco }}</mat-option>
          @for (channel of channels; track channel) {
            <mat-option [value]="channel">{{ 'groups.channels.' + channel | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.members.joinedOn' | transloco }}</mat-label>
        <input matInput ccMexicanDate formControlName="joinedOn" />
      </mat-form-field>
    </form>
  `,
  styleUrl: './dialog.scss',
})
export class AddMemberDialog {
  private readonly api = inject(GroupsApi);
  private readonly locales = inject(LocaleService);
  private readonly ref = inject(MatDialogRef<AddMemberDialog, GroupMember>);
  private readonly data = inject<{ groupId: string }>(MAT_DIALOG_DATA);

  protected readonly roles = GROUP_ROLES;
  protected readonly channels = JOIN_CHANNELS.filter((c) => c !== 'platform');
  protected readonly people = signal<Person[]>([]);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly form = new FormGroup({
    personId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    role: new FormControl<GroupRole>('member', { nonNullable: true }),
    channel: new FormControl<JoinChannel | ''>('', { nonNullable: true }),
    joinedOn: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(300),
        distinctUntilChanged(),
        filter((q) => q.trim().length >= 2),
        switchMap((q) => this.api.searchPeople(q.trim())),
        takeUntilDestroyed(),
      )
      .subscribe((people) => this.people.set(people));
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { personId, role, channel, joinedOn } = this.form.getRawValue();
    this.saving.set(true);
    this.failure.set(null);
    this.api
      .addMember(this.data.groupId, { personId, role, ...(channel ? { channel } : {}), ...(joinedOn ? { joinedOn } : {}) })
      .subscribe({
        next: (member) => this.ref.close(member),
        error: (error: unknown) => {
          this.saving.set(false);
          this.failure.set(isApiError(error) ? error.detailIn(this.locales.locale()) : null);
        },
      });
  }
}
