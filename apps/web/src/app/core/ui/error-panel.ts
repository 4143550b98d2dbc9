import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { isApiError } from '../http/api-error';
import { LocaleService } from '../i18n/locale.service';
import { PageFocus } from './page-focus';

/**
 * Explains a failed load in the interface language and offers to try again. Retrying usually removes the panel,
 * and the focused button with it: focus then goes to the page's heading instead of `<body>`.
 */
@Component({
  selector: 'cc-error-panel',
  imports: [MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="error-panel" role="alert">
      <p class="error-panel__heading">{{ heading() | transloco }}</p>
      @if (reason(); as reason) {
        <p>{{ reason.text ?? (reason.key | transloco) }}</p>
      }
      <button mat-stroked-button type="button" (click)="onRetry()">
        {{ 'errors.retry' | transloco }}
      </button>
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

  protected readonly reason = computed<{ text?: string; key?: string }>(() => {
    const error = this.error();
    if (isApiError(error)) {
      if (error.isNetworkError) {
        return { key: 'errors.network' };
      }
      const title = error.titleIn(this.locales.locale());
      if (title) {
        return { text: title };
      }
    }
    return { key: 'errors.generic' };
  });
}
