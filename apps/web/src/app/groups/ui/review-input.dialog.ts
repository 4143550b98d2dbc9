import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { INPUT_DECISIONS, InputDecision, ReviewInput } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { FocusInvalid } from '../../core/forms/focus-invalid';
import { DialogForm } from '../../core/ui/dialog-form';

/** A coordinator answers an input: accepted, needs changes or declined, always with a reason the submitter reads. */
@Component({
  selector: 'cc-review-input-dialog',
  imports: [
    DialogForm,
    FocusInvalid,
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      ccDialogForm
      ccFocusInvalid
      [formGroup]="form"
      (ngSubmit)="save()"
      [heading]="'groups.review.title' | transloco: { title: data.title }"
      [submitLabel]="'groups.review.submit' | transloco"
    >
      <mat-radio-group formControlName="decision" class="decisions" [attr.aria-label]="'groups.review.decision' | transloco">
        @for (decision of decisions; track decision) {
          <mat-radio-button [value]="decision">{{ 'groups.inputStatuses.' + decision | transloco }}</mat-radio-button>
        }
      </mat-radio-group>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.review.reason' | transloco }}</mat-label>
        <textarea matInput rows="4" formControlName="reason" required></textarea>
        <mat-hint>{{ 'groups.review.reasonHint' | transloco }}</mat-hint>
        @if (form.controls.reason.invalid) {
          <mat-error>{{ 'groups.dialog.reasonRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .decisions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 12px;
    }
  `,
})
export class ReviewInputDialog {
  protected readonly data = inject<{ title: string }>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ReviewInputDialog, ReviewInput>);
  protected readonly decisions = INPUT_DECISIONS;
  protected readonly form = new FormGroup({
    decision: new FormControl<InputDecision>('accepted', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
  });

  protected save(): void {
    if (this.form.invalid || !this.form.value.reason?.trim()) {
      this.form.controls.reason.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    const { decision, reason } = this.form.getRawValue();
    this.ref.close({ decision, reason: reason.trim() });
  }
}
