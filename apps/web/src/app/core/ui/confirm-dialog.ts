import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';

export interface ConfirmData {
  /** Translation keys; `params` fill their placeholders. */
  title: string;
  message: string;
  confirm: string;
  params?: Record<string, string>;
  /** Ask for a reason (e.g. when declining); `required` makes it mandatory. */
  reason?: { label: string; required: boolean };
  destructive?: boolean;
}

/** Asks before anything that cannot be undone (leave, archive, decline), optionally with a reason. */
@Component({
  selector: 'cc-confirm-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatError,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title | transloco: data.params }}</h2>
    <mat-dialog-content>
      <p>{{ data.message | transloco: data.params }}</p>
      @if (data.reason; as reason) {
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ reason.label | transloco }}</mat-label>
          <textarea matInput rows="3" [formControl]="reasonControl"></textarea>
          @if (reasonControl.hasError('required')) {
            <mat-error>{{ 'groups.dialog.reasonRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'groups.dialog.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [class.destructive]="data.destructive" (click)="confirm()">
        {{ data.confirm | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .destructive {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ConfirmDialog, { reason: string }>);
  protected readonly reasonControl = new FormControl('', {
    nonNullable: true,
    validators: this.data.reason?.required ? [Validators.required, Validators.maxLength(1000)] : [Validators.maxLength(1000)],
  });

  protected confirm(): void {
    if (this.reasonControl.invalid) {
      this.reasonControl.markAsTouched();
      return;
    }
    this.ref.close({ reason: this.reasonControl.value.trim() });
  }
}

/** Opens the dialog; emits the (possibly empty) reason when confirmed, nothing when cancelled. */
export function confirmAction(dialog: MatDialog, data: ConfirmData): Observable<{ reason: string } | undefined> {
  return dialog
    .open<ConfirmDialog, ConfirmData, { reason: string }>(ConfirmDialog, { data, width: '480px', autoFocus: 'first-tabbable' })
    .afterClosed();
}
