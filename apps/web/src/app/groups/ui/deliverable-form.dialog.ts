import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { DELIVERABLE_KINDS, Deliverable, DeliverableKind, GroupMember } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { applyServerErrors, problemMessage } from '../../core/http/server-errors';
import { LocaleService } from '../../core/i18n/locale.service';
import { GroupsApi } from '../groups.api';
import { FocusInvalid } from '../../core/forms/focus-invalid';
import { MexicanDateInput } from '../../core/forms/mexican-date-input';
import { DialogForm } from '../../core/ui/dialog-form';

/** A coordinator adds or edits a deliverable: title, kind, description, owner, contributors and due date. */
@Component({
  selector: 'cc-deliverable-form-dialog',
  imports: [
    DialogForm,
    MexicanDateInput,
    FocusInvalid,
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
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
      [heading]="(data.deliverable ? 'groups.deliverable.edit' : 'groups.deliverable.create') | transloco"
      [submitLabel]="(data.deliverable ? 'groups.deliverable.editSubmit' : 'groups.deliverable.createSubmit') | transloco"
      [busy]="saving()"
      [failure]="failure()"
    >
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.deliverable.titleField' | transloco }}</mat-label>
        <input matInput formControlName="title" required />
        @if (form.controls.title.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        } @else if (form.controls.title.invalid) {
          <mat-error>{{ 'groups.deliverable.titleRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.deliverable.kind' | transloco }}</mat-label>
        <mat-select formControlName="kind">
          @for (kind of kinds; track kind) {
            <mat-option [value]="kind">{{ 'groups.kinds.' + kind | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.deliverable.description' | transloco }}</mat-label>
        <textarea matInput rows="3" formControlName="description"></textarea>
        @if (form.controls.description.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.deliverable.owner' | transloco }}</mat-label>
        <mat-select formControlName="ownerId">
          <mat-option value="">{{ 'groups.deliverable.noOwner' | transloco }}</mat-option>
          @for (m of members(); track m.id) {
            <mat-option [value]="m.person.id">{{ m.person.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.deliverable.contributors' | transloco }}</mat-label>
        <mat-select formControlName="contributorIds" multiple>
          @for (m of people(); track m.id) {
            <mat-option [value]="m.person.id">{{ m.person.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.deliverable.dueField' | transloco }}</mat-label>
        <input matInput ccMexicanDate formControlName="dueOn" />
        @if (form.controls.dueOn.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
    </form>
  `,
  styleUrl: './dialog.scss',
})
export class DeliverableFormDialog {
  private readonly api = inject(GroupsApi);
  private readonly locales = inject(LocaleService);
  private readonly ref = inject(MatDialogRef<DeliverableFormDialog, Deliverable>);
  protected readonly data = inject<{ groupId: string; deliverable?: Deliverable }>(MAT_DIALOG_DATA);

  protected readonly kinds = DELIVERABLE_KINDS;
  /** Owners are commissioners of the group; anyone taking part, partners included, can contribute. */
  protected readonly members = signal<GroupMember[]>([]);
  protected readonly people = signal<GroupMember[]>([]);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)],
    }),
    kind: new FormControl<DeliverableKind>('report', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    ownerId: new FormControl('', { nonNullable: true }),
    contributorIds: new FormControl<string[]>([], { nonNullable: true }),
    dueOn: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    this.api.members(this.data.groupId, 1, 100).subscribe((page) => {
      this.people.set(page.items);
      this.members.set(page.items.filter((m) => m.role !== 'partner'));
    });
    const current = this.data.deliverable;
    if (current) {
      this.form.setValue({
        title: current.title,
        kind: current.kind,
        description: current.description ?? '',
        ownerId: current.owner?.id ?? '',
        contributorIds: current.contributors.map((c) => c.id),
        dueOn: current.dueOn ?? '',
      });
    }
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { title, kind, description, ownerId, dueOn } = this.form.getRawValue();
    this.saving.set(true);
    this.failure.set(null);
    this.api
      .createDeliverable(this.data.groupId, {
        title,
        kind,
        description: description || null,
        ownerId: ownerId || null,
        dueOn: dueOn || null,
      })
      .subscribe({
        next: (deliverable) => this.ref.close(deliverable),
        error: (error: unknown) => {
          this.saving.set(false);
          if (!applyServerErrors(this.form, error, this.locales.locale())) this.failure.set(problemMessage(error, this.locales.locale()));
        },
      });
  }
}
