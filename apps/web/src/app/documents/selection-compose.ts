import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

/** The part of the document a comment or a proposal is about: the anchors of the selection and its text. */
export interface SelectionAnchors {
  start: string;
  end: string;
  text: string;
}

/**
 * Writes something about the selected text (an observation, a proposed replacement): says what is selected or asks
 * to select first, a text box, and the send button that waits for a selection. Shared by the observations and
 * proposals panels; `keys` is the panel's translation block (`selected`, `selectFirst`, `submit`).
 */
@Component({
  selector: 'cc-selection-compose',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './document.panels.scss',
  host: { style: 'display: contents' },
  template: `
    <form class="compose" (submit)="$event.preventDefault(); send.emit()">
      <p class="hint">
        @if (selection(); as s) {
          {{ keys() + '.selected' | transloco: { text: s.text || '∅' } }}
        } @else {
          {{ keys() + '.selectFirst' | transloco }}
        }
      </p>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ label() | transloco }}</mat-label>
        <textarea matInput rows="2" [formControl]="text()" [attr.data-testid]="testId()"></textarea>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="!selection() || busy()">{{ keys() + '.submit' | transloco }}</button>
    </form>
  `,
})
export class SelectionCompose {
  readonly keys = input.required<string>();
  /** Translation key of the text box's label. */
  readonly label = input.required<string>();
  readonly text = input.required<FormControl<string>>();
  readonly selection = input<SelectionAnchors | null>(null);
  readonly busy = input(false);
  readonly testId = input.required<string>();
  readonly send = output<void>();
}
