import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { CommissionMember, WorkingGroupDetail } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { applyServerErrors, problemMessage } from '../../core/http/server-errors';
import { LocaleService } from '../../core/i18n/locale.service';
import { GroupsApi } from '../groups.api';
import { FocusInvalid } from '../../core/forms/focus-invalid';
import { DialogForm } from '../../core/ui/dialog-form';

/** The chair creates a working group: name, purpose and its coordinators from the commission. */
@Component({
  selector: 'cc-create-group-dialog',
  imports: [
    DialogForm,
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
      [heading]="'groups.create.title' | transloco"
      [submitLabel]="'groups.create.submit' | transloco"
      [busy]="saving()"
      [failure]="failure()"
    >
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.create.name' | transloco }}</mat-label>
        <input matInput formControlName="name" required />
        @if (form.controls.name.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        } @else if (form.controls.name.invalid) {
          <mat-error>{{ 'groups.create.nameRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.create.purpose' | transloco }}</mat-label>
        <textarea matInput rows="3" formControlName="purpose" required></textarea>
        @if (form.controls.purpose.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        } @else if (form.controls.purpose.invalid) {
          <mat-error>{{ 'groups.create.purposeRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.create.coordinators' | transloco }}</mat-label>
        <mat-select formControlName="coordinatorIds" multiple required>
          @for (member of members(); track member.id) {
            <mat-option [value]="member.person.id">{{ member.person.name }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'groups.create.coordinatorsHint' | transloco }}</mat-hint>
        @if (form.controls.coordinatorIds.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        } @else if (form.controls.coordinatorIds.invalid) {
          <mat-error>{{ 'groups.create.coordinatorsRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
    </form>
  `,
  styleUrl: './dialog.scss',
})
export class CreateGroupDialog {
  private readonly api = inject(GroupsApi);
  private readonly locales = inject(LocaleService);
  private readonly ref = inject(MatDialogRef<CreateGroupDialog, WorkingGroupDetail>);
  private readonly data = inject<{ commissionId: string }>(MAT_DIALOG_DATA);

  protected readonly members = signal<CommissionMember[]>([]);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(3), Validators.maxLength(200)] }),
    purpose: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
    coordinatorIds: new FormControl<string[]>([], { nonNullable: true, validators: [Validators.required] }),
  });

  constructor() {
    this.api.commissionMembersAll(this.data.commissionId).subscribe((members) => this.members.set(members));
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    this.api.createGroup(this.data.commissionId, this.form.getRawValue()).subscribe({
      next: (group) => this.ref.close(group),
      error: (error: unknown) => {
        this.saving.set(false);
        if (!applyServerErrors(this.form, error, this.locales.locale())) this.failure.set(problemMessage(error, this.locales.locale()));
      },
    });
  }
}
