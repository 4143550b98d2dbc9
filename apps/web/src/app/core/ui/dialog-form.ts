import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The frame of a dialog that sends a form: its title, the fields (the content), the server's refusal read out as an
 * alert, and "cancel" beside the send button, which waits while `busy`. Put on the `<form>` itself, so the fields
 * inside still belong to the dialog's `[formGroup]` and Enter sends it.
 */
@Component({
  // A component on the <form> element itself (see above), so the selector names the element it must sit on.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'form[ccDialogForm]',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ heading() }}</h2>
    <mat-dialog-content>
      <ng-content />
      @if (failure(); as failure) {
        <p class="error" role="alert">{{ failure }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'groups.dialog.cancel' | transloco }}</button>
      <button mat-flat-button type="submit" [disabled]="busy()">{{ submitLabel() }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    /* The title and the content are siblings here (both in the form): Material would drop the content's top padding. */
    .mat-mdc-dialog-title + .mat-mdc-dialog-content {
      padding-top: 20px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class DialogForm {
  /** The title and the send button's label, translated. */
  readonly heading = input.required<string>();
  readonly submitLabel = input.required<string>();
  /** Sending: the send button waits. */
  readonly busy = input(false);
  /** Why the server refused, when no field can show it. */
  readonly failure = input<string | null>(null);
}
