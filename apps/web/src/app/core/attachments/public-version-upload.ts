import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { AttachmentSummary } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApiClient } from '../http/api-client';
import { isApiError } from '../http/api-error';
import { LocaleService } from '../i18n/locale.service';
import { AttachmentUpload } from './attachment-upload';

type Outcome = { kind: 'none' } | { kind: 'set'; name: string } | { kind: 'failed'; reason: string };

/**
 * Gives a call document or an evidence file its versión pública: a redacted stand-in that the portal serves instead
 * of the original, which stays private. The stand-in is uploaded like any file, then named as the original's public
 * version. The server decides who may (the uploader before the file is linked, the chair or secretary afterwards);
 * its refusal is shown here in its own words.
 */
@Component({
  selector: 'cc-public-version-upload',
  imports: [AttachmentUpload, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="public-version"
      role="group"
      [attr.aria-label]="'attachments.publicVersion.group' | transloco: { name: original().filename }"
    >
      <cc-attachment-upload [label]="'attachments.publicVersion.choose' | transloco" (uploaded)="useAsPublic($event)" />
      <div aria-live="polite">
        @switch (outcome().kind) {
          @case ('set') {
            <p>{{ 'attachments.publicVersion.set' | transloco: { name: setName(), original: original().filename } }}</p>
          }
          @case ('failed') {
            <p class="error" role="alert">
              {{ 'attachments.publicVersion.failed' | transloco: { name: original().filename } }} {{ failureReason() }}
            </p>
          }
        }
      </div>
    </div>
  `,
  styles: `
    .public-version {
      margin: 4px 0 8px;
    }
    .public-version p {
      margin: 4px 0;
      overflow-wrap: anywhere;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class PublicVersionUpload {
  private readonly client = inject(ApiClient);
  private readonly locale = inject(LocaleService).locale;
  private readonly transloco = inject(TranslocoService);

  /** The file the public must not get as it is. */
  readonly original = input.required<AttachmentSummary>();

  protected readonly outcome = signal<Outcome>({ kind: 'none' });

  protected setName(): string {
    const outcome = this.outcome();
    return outcome.kind === 'set' ? outcome.name : '';
  }

  protected failureReason(): string {
    const outcome = this.outcome();
    return outcome.kind === 'failed' ? outcome.reason : '';
  }

  protected useAsPublic(stand: AttachmentSummary): void {
    this.outcome.set({ kind: 'none' });
    this.client.call('setPublicFile', { params: { attachmentId: this.original().id }, body: { publicVersionId: stand.id } }).subscribe({
      next: () => this.outcome.set({ kind: 'set', name: stand.filename }),
      error: (error: unknown) => this.outcome.set({ kind: 'failed', reason: this.reasonOf(error) }),
    });
  }

  /** The api's own title and detail in the interface language; a generic line when it gave none. */
  private reasonOf(error: unknown): string {
    if (isApiError(error) && error.isNetworkError) return this.transloco.translate('errors.network');
    const words = isApiError(error) ? [error.titleIn(this.locale()), error.detailIn(this.locale())].filter(Boolean).join('. ') : '';
    return words || this.transloco.translate('errors.generic');
  }
}
