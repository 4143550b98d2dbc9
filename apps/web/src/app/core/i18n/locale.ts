import { LOCALES, Locale } from '@cocrea/contracts';

/** localStorage key holding the language the person picked on this device. */
export const LOCALE_STORAGE_KEY = 'cocrea.locale';
export const DEFAULT_LOCALE: Locale = 'es-MX';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
