import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { DeliverableInput, ReviseInput } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { FocusInvalid } from '../../core/forms/focus-invalid';
import { DialogForm } from '../../core/ui/dialog-form';

/** The author corrects their input after the coordination asked for changes; it then waits for a new answer. */
@Component({
  selector: 'cc-revise-input-dialog',
  imports: [DialogForm, FocusInvalid, ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      ccDialogForm
      ccFocusInvalid
      [formGroup]="form"
      (ngSubmit)="save()"
      [heading]="'groups.revise.title' | transloco"
      [submitLabel]="'groups.revise.submit' | transloco"
    >
      @if (data.reason) {
        <p class="answer">{{ 'groups.revise.answer' | transloco }} {{ data.reason }}</p>
      }
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.inputs.titleField' | transloco }}</mat-label>
        <input matInput formControlName="title" required />
        @if (form.controls.title.invalid) {
          <mat-error>{{ 'groups.inputs.titleRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.inputs.bodyField' | transloco }}</mat-label>
        <textarea matInput rows="6" formControlName="body" required></textarea>
        @if (form.controls.body.invalid) {
          <mat-error>{{ 'groups.inputs.bodyRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .answer {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
  `,
})
export class ReviseInputDialog {
  protected readonly data = inject<DeliverableInput>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ReviseInputDialog, ReviseInput>);
  protected readonly form = new FormGroup({
    title: new FormControl(this.data.title, {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(300)],
    }),
    body: new FormControl(this.data.body, { nonNullable: true, validators: [Validators.required, Validators.maxLength(20000)] }),
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { title, body } = this.form.getRawValue();
    this.ref.close({ title: title.trim(), body: body.trim() });
  }
}
