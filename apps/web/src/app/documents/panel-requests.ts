import { afterNextRender, Injector, OutputEmitterRef, inject, signal } from '@angular/core';
import { Observable } from 'rxjs';
import { problemMessage } from '../core/http/server-errors';
import { LocaleService } from '../core/i18n/locale.service';

/**
 * What the observations, proposals and versions panels do with each request they send: busy while it runs, the
 * server's refusal kept to show in the panel, and `changed` once it is taken so the page reloads the document.
 * The button that sent it is disabled while busy, which drops the keyboard's focus: once answered, focus goes back to
 * it (unless the panel has put it somewhere else). Create it in a field initializer (it reads the interface language).
 */
export class PanelRequests {
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  private readonly locale = inject(LocaleService).locale;
  private readonly injector = inject(Injector);

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
    const sender =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        done?.();
        this.changed.emit();
        this.refocus(sender);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(this.describe(error));
        if (this.reloadOnRefusal) this.changed.emit();
        this.refocus(sender);
      },
    });
  }

  private refocus(sender: HTMLElement | null): void {
    if (!sender) return;
    afterNextRender(
      { read: () => (document.activeElement === document.body || !document.activeElement) && sender.isConnected && sender.focus() },
      { injector: this.injector },
    );
  }
}
