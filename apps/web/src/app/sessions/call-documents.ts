import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { AttachmentSummary } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { AttachmentLink } from '../core/attachments/attachment-link';
import { AttachmentUpload } from '../core/attachments/attachment-upload';
import { PublicVersionUpload } from '../core/attachments/public-version-upload';

/**
 * The documents circulated with a call, while the call is written or corrected: each one linked, removable and given
 * its public version (the redacted file the portal shows), and a button to attach another. The list is the caller's
 * (`documents`, two-way), sent as `documentIds` when the call is saved.
 */
@Component({
  selector: 'cc-call-documents',
  imports: [MatButton, TranslocoPipe, AttachmentLink, AttachmentUpload, PublicVersionUpload],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset>
      <legend>{{ 'sessions.form.documents' | transloco }}</legend>
      @if (documents().length > 0) {
        <ul>
          @for (d of documents(); track d.id) {
            <li>
              <cc-attachment-link [attachment]="d" />
              <button mat-button type="button" (click)="remove(d.id)">
                {{ 'sessions.form.removeDocument' | transloco: { name: d.filename } }}
              </button>
              <cc-public-version-upload [original]="d" />
            </li>
          }
        </ul>
      }
      <cc-attachment-upload [label]="'sessions.form.addDocument' | transloco" (uploaded)="add($event)" />
    </fieldset>
  `,
  styles: `
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 12px;
    }
  `,
})
export class CallDocuments {
  readonly documents = model.required<AttachmentSummary[]>();

  protected add(document: AttachmentSummary): void {
    this.documents.update((list) => [...list.filter((d) => d.id !== document.id), document]);
  }

  protected remove(id: string): void {
    this.documents.update((list) => list.filter((d) => d.id !== id));
  }
}
