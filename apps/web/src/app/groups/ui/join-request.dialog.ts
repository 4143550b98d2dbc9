import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { JoinRequest } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { applyServerErrors, problemMessage } from '../../core/http/server-errors';
import { LocaleService } from '../../core/i18n/locale.service';
import { GroupsApi } from '../groups.api';

/** A commissioner asks to join a group, with an optional message for its coordinators; a refusal shows at the message. */
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
    MatError,
    MatInput,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'groups.join.title' | transloco: { name: data.groupName } }}</h2>
    <mat-dialog-content>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.join.message' | transloco }}</mat-label>
        <textarea matInput rows="4" [formControl]="form.controls.message"></textarea>
        <mat-hint>{{ 'groups.join.messageHint' | transloco }}</mat-hint>
        @if (form.controls.message.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      @if (failure(); as failure) {
        <p class="error" role="alert">{{ failure }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'groups.dialog.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [disabled]="sending()" (click)="send()">{{ 'groups.join.send' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styleUrl: './dialog.scss',
})
export class JoinRequestDialog {
  private readonly api = inject(GroupsApi);
  private readonly locales = inject(LocaleService);
  protected readonly data = inject<{ groupId: string; groupName: string }>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<JoinRequestDialog, JoinRequest>);
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly form = new FormGroup({
    message: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(1000)] }),
  });

  protected send(): void {
    if (this.form.invalid) return;
    this.sending.set(true);
    this.failure.set(null);
    this.api.requestToJoin(this.data.groupId, this.form.controls.message.value.trim()).subscribe({
      next: (request) => this.ref.close(request),
      error: (error: unknown) => {
        this.sending.set(false);
        if (!applyServerErrors(this.form, error, this.locales.locale())) this.failure.set(problemMessage(error, this.locales.locale()));
      },
    });
  }
}
