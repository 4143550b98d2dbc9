import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { AttachmentSummary, IDEA_ATTACHMENT_LIMIT, PublicIdeaAttachment, apiPath } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { describeFailure } from '../account/describe-failure';
import { formatSize } from '../core/attachments/attachment-link';
import { AttachmentUpload } from '../core/attachments/attachment-upload';
import { ApiClient } from '../core/http/api-client';
import { LocaleService } from '../core/i18n/locale.service';

/**
 * The files attached to an idea: anyone downloads them from the portal. While the ideas phase is open its author and
 * co-authors upload one (the attachments domain checks size and type) and link it, or take one off.
 */
@Component({
  selector: 'cc-idea-files',
  imports: [MatButton, TranslocoPipe, AttachmentUpload],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'challenges.files.heading' | transloco }}</h2>
    @if (files().length === 0) {
      <p class="empty">{{ 'challenges.files.empty' | transloco }}</p>
    } @else {
      <ul class="files">
        @for (f of files(); track f.id) {
          <li>
            <a [href]="href(f)" download [attr.aria-label]="'attachments.download' | transloco: { name: f.filename, size: size(f) }">
              {{ f.filename }}
            </a>
            <span class="muted">({{ size(f) }})</span>
            @if (editable()) {
              <button
                mat-button
                type="button"
                [disabled]="busy()"
                [attr.aria-label]="'challenges.files.removeNamed' | transloco: { name: f.filename }"
                (click)="remove(f)"
              >
                {{ 'challenges.files.remove' | transloco }}
              </button>
            }
          </li>
        }
      </ul>
    }
    @if (editable()) {
      @if (files().length < limit) {
        <cc-attachment-upload [label]="'challenges.files.add' | transloco" (uploaded)="link($event)" />
      } @else {
        <p class="muted">{{ 'challenges.files.full' | transloco: { limit } }}</p>
      }
    }
    <p role="alert" class="failure">{{ failure() }}</p>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-large);
      margin: 24px 0 8px;
    }
    .files {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .files li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      padding: 4px 0;
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .failure {
      color: var(--mat-sys-error);
    }
    .failure:empty {
      display: none;
    }
  `,
})
export class IdeaFiles {
  private readonly api = inject(ApiClient);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).locale;

  readonly ideaId = input.required<string>();
  readonly files = input.required<PublicIdeaAttachment[]>();
  /** The viewer edits the idea and its ideas phase is open. */
  readonly editable = input(false);
  /** A file was linked or taken off: the idea should be read again. */
  readonly changed = output<void>();

  protected readonly limit = IDEA_ATTACHMENT_LIMIT;
  protected readonly busy = signal(false);
  protected readonly failure = signal('');

  protected href(file: PublicIdeaAttachment): string {
    return apiPath('downloadPublicIdeaFile', { ideaId: this.ideaId(), attachmentId: file.id });
  }

  protected size(file: PublicIdeaAttachment): string {
    return formatSize(file.size, this.locale());
  }

  protected link(file: AttachmentSummary): void {
    this.run(this.api.call('addIdeaAttachment', { params: { ideaId: this.ideaId() }, body: { attachmentId: file.id } }));
  }

  protected remove(file: PublicIdeaAttachment): void {
    this.run(this.api.call('removeIdeaAttachment', { params: { ideaId: this.ideaId(), attachmentId: file.id } }));
  }

  private run(call: Observable<unknown>): void {
    this.busy.set(true);
    this.failure.set('');
    call.subscribe({
      next: () => undefined,
      complete: () => {
        this.busy.set(false);
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeFailure(error, this.locale(), this.transloco));
      },
    });
  }
}
