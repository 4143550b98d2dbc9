import { registerLocaleData } from '@angular/common';
import localeEsMx from '@angular/common/locales/es-MX';

/** Date and number pipes need the es-MX data; `en` ships with Angular. */
export function registerAppLocales(): void {
  registerLocaleData(localeEsMx, 'es-MX');
}
