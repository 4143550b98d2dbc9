import { DOCUMENT, Injectable, Injector, afterNextRender, inject } from '@angular/core';

/** The id of the shell's `<main>`, the fallback target when a page has no heading (yet). */
export const MAIN_ID = 'main';

/**
 * Puts keyboard and screen-reader focus on the page rather than leaving it on `<body>`: the page's `<h1>`
 * (which has `tabindex="-1"`), or `<main>` while the page shows none, e.g. while it loads.
 */
@Injectable({ providedIn: 'root' })
export class PageFocus {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** After the next render. With `onlyIfLost`, only when focus fell back to `<body>` (its element was removed). */
  focusPage(onlyIfLost = false): void {
    afterNextRender(
      {
        write: () => {
          if (onlyIfLost && !this.focusLost()) {
            return;
          }
          const main = this.document.getElementById(MAIN_ID);
          const heading = (main ?? this.document).querySelector<HTMLElement>('h1[tabindex="-1"]');
          (heading ?? main)?.focus();
        },
      },
      { injector: this.injector },
    );
  }

  private focusLost(): boolean {
    const active = this.document.activeElement;
    return !active || active === this.document.body || !active.isConnected;
  }
}
