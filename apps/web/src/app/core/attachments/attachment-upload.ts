import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ATTACHMENT_MAX_BYTES, AttachmentSummary } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { isApiError } from '../http/api-error';
import { LocaleService } from '../i18n/locale.service';
import { AttachmentsApi } from './attachments.api';

const LIMIT_MB = ATTACHMENT_MAX_BYTES / (1024 * 1024);

type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; percent: number }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; name: string; reason: string | null; tooLarge: boolean };

/**
 * Picks one file, uploads it with visible progress and emits what the api stored. The server checks
 * the type by content and the size again; the size is checked here first so nobody waits for a refusal.
 */
@Component({
  selector: 'cc-attachment-upload',
  imports: [MatButton, MatProgressBar, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <input
      #picker
      class="picker"
      type="file"
      [attr.aria-label]="label() ?? ('attachments.choose' | transloco)"
      accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp"
      (change)="onPicked(picker)"
    />
    <button mat-stroked-button type="button" [disabled]="state().kind === 'uploading'" (click)="picker.click()">
      {{ label() ?? ('attachments.choose' | transloco) }}
    </button>
    <p class="hint">{{ 'attachments.hint' | transloco: { limit } }}</p>
    <div aria-live="polite">
      @switch (state().kind) {
        @case ('uploading') {
          @if (uploading(); as s) {
            <p>{{ 'attachments.uploading' | transloco: { name: s.name, percent: s.percent } }}</p>
            <mat-progress-bar mode="determinate" [value]="s.percent" />
          }
        }
        @case ('done') {
          <p>{{ 'attachments.uploaded' | transloco: { name: doneName() } }}</p>
        }
        @case ('failed') {
          @if (failure(); as f) {
            <p class="error" role="alert">
              @if (f.tooLarge) {
                {{ 'attachments.tooLarge' | transloco: { name: f.name, limit } }}
              } @else {
                {{ 'attachments.failed' | transloco: { name: f.name } }} {{ f.reason }}
              }
            </p>
          }
        }
      }
    </div>
  `,
  styles: `
    .picker {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
      overflow: hidden;
    }
    .hint {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class AttachmentUpload {
  private readonly api = inject(AttachmentsApi);
  private readonly locales = inject(LocaleService);
  private readonly destroyRef = inject(DestroyRef);

  /** Button text, e.g. "Adjuntar oficio"; defaults to "Adjuntar archivo". */
  readonly label = input<string | null>(null);
  readonly uploaded = output<AttachmentSummary>();

  protected readonly limit = LIMIT_MB;
  protected readonly state = signal<UploadState>({ kind: 'idle' });

  protected uploading() {
    const state = this.state();
    return state.kind === 'uploading' ? state : null;
  }

  protected doneName(): string {
    const state = this.state();
    return state.kind === 'done' ? state.name : '';
  }

  protected failure() {
    const state = this.state();
    return state.kind === 'failed' ? state : null;
  }

  /** Forgets the last upload's message, e.g. once the form that used the file was sent. */
  reset(): void {
    this.state.set({ kind: 'idle' });
  }

  protected onPicked(picker: HTMLInputElement): void {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    if (file.size > ATTACHMENT_MAX_BYTES) {
      this.state.set({ kind: 'failed', name: file.name, reason: null, tooLarge: true });
      return;
    }
    this.state.set({ kind: 'uploading', name: file.name, percent: 0 });
    this.api
      .upload(file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (progress) => {
          if (progress.done) {
            this.state.set({ kind: 'done', name: file.name });
            this.uploaded.emit(progress.attachment);
          } else {
            this.state.set({ kind: 'uploading', name: file.name, percent: progress.percent });
          }
        },
        error: (error: unknown) => {
          const reason = isApiError(error) ? error.detailIn(this.locales.locale()) : null;
          this.state.set({ kind: 'failed', name: file.name, reason, tooLarge: isApiError(error) && error.status === 413 });
        },
      });
  }
}
