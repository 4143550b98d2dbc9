import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { JoinRequest } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { applyServerErrors, problemMessage } from '../../core/http/server-errors';
import { LocaleService } from '../../core/i18n/locale.service';
import { GroupsApi } from '../groups.api';
import { DialogForm } from '../../core/ui/dialog-form';

/** A commissioner asks to join a group, with an optional message for its coordinators; a refusal shows at the message. */
@Component({
  selector: 'cc-join-request-dialog',
  imports: [DialogForm, ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      ccDialogForm
      [formGroup]="form"
      (ngSubmit)="send()"
      [heading]="'groups.join.title' | transloco: { name: data.groupName }"
      [submitLabel]="'groups.join.send' | transloco"
      [busy]="sending()"
      [failure]="failure()"
    >
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'groups.join.message' | transloco }}</mat-label>
        <textarea matInput rows="4" [formControl]="form.controls.message"></textarea>
        <mat-hint>{{ 'groups.join.messageHint' | transloco }}</mat-hint>
        @if (form.controls.message.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
    </form>
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
