import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AttachmentMediaType, AttachmentSummary } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocaleService } from '../i18n/locale.service';
import { AttachmentsApi } from './attachments.api';

/** A download link that says what the file is and how big, in the interface language. */
@Component({
  selector: 'cc-attachment-link',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a
      class="link"
      [href]="href()"
      download
      [attr.aria-label]="'attachments.download' | transloco: { name: attachment().filename, size: size() }"
    >
      <span class="kind" aria-hidden="true">{{ kind() }}</span>
      <span>{{ attachment().filename }}</span>
      <span class="size">({{ size() }})</span>
    </a>
  `,
  styles: `
    .link {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .kind {
      font-size: 0.75rem;
      font-weight: 600;
      padding: 0 4px;
      border-radius: 4px;
      border: 1px solid currentColor;
    }
    .size {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AttachmentLink {
  private readonly api = inject(AttachmentsApi);
  private readonly locales = inject(LocaleService);

  readonly attachment = input.required<AttachmentSummary>();

  protected readonly href = computed(() => this.api.downloadUrl(this.attachment().id));
  protected readonly kind = computed(() => KIND_LABELS[this.attachment().mediaType]);
  protected readonly size = computed(() => formatSize(this.attachment().size, this.locales.locale()));
}

const KIND_LABELS: Record<AttachmentMediaType, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WEBP',
};

export function formatSize(bytes: number, locale: string): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / (1024 * 1024), 'MB');
}
