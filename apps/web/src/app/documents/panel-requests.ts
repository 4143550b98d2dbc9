import { OutputEmitterRef, inject, signal } from '@angular/core';
import { Observable } from 'rxjs';
import { problemMessage } from '../core/http/server-errors';
import { LocaleService } from '../core/i18n/locale.service';

/**
 * What the observations, proposals and versions panels do with each request they send: busy while it runs, the
 * server's refusal kept to show in the panel, and `changed` once it is taken so the page reloads the document.
 * Create it in a field initializer (it reads the interface language).
 */
export class PanelRequests {
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  private readonly locale = inject(LocaleService).locale;

  /** `reloadOnRefusal`: a refused request also reloads (a decision refused because another was taken first). */
  constructor(
    private readonly changed: OutputEmitterRef<void>,
    private readonly reloadOnRefusal = false,
  ) {}

  /** The panel's text for a failure: the server's words, else what went wrong. */
  describe(error: unknown): string {
    return problemMessage(error, this.locale()) ?? String(error);
  }

  /** Sends `request`; `done` runs once it is taken, before the panel says it changed. */
  run(request: Observable<unknown>, done?: () => void): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        done?.();
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(this.describe(error));
        if (this.reloadOnRefusal) this.changed.emit();
      },
    });
  }
}
