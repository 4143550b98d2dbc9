import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

/** A commissioner asks to join a group, with an optional message for its coordinators. */
@Component({
  selector: 'cc-join-request-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatInput,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'groups.join.title' | transloco: { name: data.groupName } }}</h2>
    <mat-dialog-content>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.join.message' | transloco }}</mat-label>
        <textarea matInput rows="4" [formControl]="message"></textarea>
        <mat-hint>{{ 'groups.join.messageHint' | transloco }}</mat-hint>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'groups.dialog.cancel' | transloco }}</button>
      <button mat-flat-button type="button" (click)="send()">{{ 'groups.join.send' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      width: 100%;
    }
  `,
})
export class JoinRequestDialog {
  protected readonly data = inject<{ groupName: string }>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<JoinRequestDialog, { message: string }>);
  protected readonly message = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] });

  protected send(): void {
    if (this.message.invalid) return;
    this.ref.close({ message: this.message.value.trim() });
  }
}
