import { EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { Locale } from '@cocrea/contracts';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../public/i18n/en.json';
import esMx from '../../public/i18n/es-MX.json';

export const translations = { 'es-MX': esMx, en };

/** Transloco with the real translation files, loaded synchronously. */
export function provideTestTransloco(lang: Locale = 'es-MX'): EnvironmentProviders {
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: translations,
      translocoConfig: {
        availableLangs: ['es-MX', 'en'],
        defaultLang: lang,
        fallbackLang: 'es-MX',
        reRenderOnLangChange: true,
        missingHandler: { logMissingKey: false },
      },
      preloadLangs: true,
    }),
  );
}
