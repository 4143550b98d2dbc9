import { DOCUMENT, ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

/** Opens the browser's print dialog; the print stylesheet leaves out the toolbar, filters and buttons. */
@Component({
  selector: 'cc-print-button',
  imports: [MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button mat-stroked-button type="button" class="no-print" (click)="print()">{{ 'portal.print' | transloco }}</button>`,
})
export class PrintButton {
  private readonly window = inject(DOCUMENT).defaultView;

  protected print(): void {
    this.window?.print();
  }
}
