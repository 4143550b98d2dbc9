import { effect, inject } from '@angular/core';
import { TranslatedTitleStrategy } from './translated-title.strategy';

/**
 * Call in a page's constructor: the browser tab names what the page shows once it is loaded
 * ("Sesión Ordinaria 1 · Cocrea"), and falls back to the route's title while `name` is null.
 */
export function namePageTitle(name: () => string | null | undefined): void {
  const titles = inject(TranslatedTitleStrategy);
  effect(() => titles.nameThePage(name() ?? null));
}
