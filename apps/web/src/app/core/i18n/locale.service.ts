import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { Locale } from '@cocrea/contracts';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY, isLocale } from './locale';

/**
 * The interface language. A choice made on this device (localStorage) wins over the
 * preference stored on the server, which only applies when there is no local choice.
 */
@Injectable({ providedIn: 'root' })
export class LocaleService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(DEFAULT_LOCALE);

  readonly locale = this.current.asReadonly();

  /** Applies the stored choice, or the default. */
  init(): Locale {
    const locale = this.storedChoice() ?? DEFAULT_LOCALE;
    this.apply(locale);
    return locale;
  }

  /** The person picked a language: apply it and remember it on this device. */
  choose(locale: Locale): void {
    this.apply(locale);
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage can be unavailable (private mode, quota); the choice still applies to this tab.
    }
  }

  /** The server's preference for the signed-in person; ignored when this device has a choice. */
  adopt(locale: Locale): void {
    if (this.storedChoice() === null) {
      this.apply(locale);
    }
  }

  storedChoice(): Locale | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LOCALE_STORAGE_KEY);
      return isLocale(stored) ? stored : null;
    } catch {
      return null;
    }
  }

  private apply(locale: Locale): void {
    this.current.set(locale);
    this.transloco.setActiveLang(locale);
    this.document.documentElement.lang = locale;
  }
}
