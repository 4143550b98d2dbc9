import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { isApiError } from '../http/api-error';
import { LocaleService } from '../i18n/locale.service';
import { PageFocus } from './page-focus';

/** Failures a second try can fix: no answer, a timeout, too many requests, the server's own trouble. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.isNetworkError || error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * Explains a failed load in the interface language and offers to try again when that can help; a refusal (403)
 * or a missing record (404) offers the way home instead. Retrying usually removes the panel,
 * and the focused button with it: focus then goes to the page's heading instead of `<body>`.
 */
@Component({
  selector: 'cc-error-panel',
  imports: [MatButton, MatAnchor, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="error-panel" role="alert">
      <p class="error-panel__heading">{{ heading() | transloco }}</p>
      @if (reason(); as reason) {
        <p>{{ reason.text ?? (reason.key | transloco) }}</p>
      }
      @if (retryable()) {
        <button mat-stroked-button type="button" (click)="onRetry()">
          {{ 'errors.retry' | transloco }}
        </button>
      } @else {
        <a mat-stroked-button routerLink="/inicio">{{ 'errors.backHome' | transloco }}</a>
      }
    </div>
  `,
  styles: `
    .error-panel {
      padding: 16px;
      border-radius: 8px;
      border: 1px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .error-panel__heading {
      font-weight: 600;
      margin-top: 0;
    }
  `,
})
export class ErrorPanel {
  private readonly locales = inject(LocaleService);
  private readonly pageFocus = inject(PageFocus);

  /** Translation key of the sentence that says what failed. */
  readonly heading = input.required<string>();
  readonly error = input<unknown>(null);
  readonly retry = output<void>();

  protected onRetry(): void {
    this.retry.emit();
    this.pageFocus.focusPage(true);
  }

  protected readonly retryable = computed(() => isRetryable(this.error()));

  protected readonly reason = computed<{ text?: string; key?: string }>(() => {
    const error = this.error();
    if (isApiError(error)) {
      if (error.isNetworkError) {
        return { key: 'errors.network' };
      }
      const title = error.titleIn(this.locales.locale());
      if (title) {
        const detail = isRetryable(error) ? null : error.detailIn(this.locales.locale());
        return { text: detail ? `${title}. ${detail}` : title };
      }
    }
    return { key: 'errors.generic' };
  });
}
