import { EnvironmentProviders, importProvidersFrom, makeEnvironmentProviders } from '@angular/core';
import { Locale } from '@cocrea/contracts';
import { provideTranslocoTranspiler, TranslocoTestingModule } from '@jsverse/transloco';
import { IcuTranspiler } from '../app/core/i18n/icu-transpiler';
import en from '../../public/i18n/en.json';
import esMx from '../../public/i18n/es-MX.json';

export const translations = { 'es-MX': esMx, en };

/** Transloco with the real translation files, loaded synchronously, and the app's plural-aware transpiler. */
export function provideTestTransloco(lang: Locale = 'es-MX'): EnvironmentProviders {
  return makeEnvironmentProviders([
    importProvidersFrom(
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
    ),
    provideTranslocoTranspiler(IcuTranspiler),
  ]);
}
