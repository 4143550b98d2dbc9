import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, LOCALE_ID, inject, isDevMode, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { LOCALES } from '@cocrea/contracts';
import { TranslocoService, provideTransloco, provideTranslocoTranspiler } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { appRoutes } from './app.routes';
import { AuthService } from './core/auth/auth.service';
import { apiInterceptors, apiXsrfConfiguration } from './core/http/api.interceptors';
import { IcuTranspiler } from './core/i18n/icu-transpiler';
import { DEFAULT_LOCALE } from './core/i18n/locale';
import { registerAppLocales } from './core/i18n/locale-data';
import { LocaleService } from './core/i18n/locale.service';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';
import { TranslocoHttpLoader } from './core/i18n/transloco-loader';

registerAppLocales();

/** Before the first render: pick the language, load its texts and find out who is signed in. */
async function startUp(): Promise<void> {
  const locales = inject(LocaleService);
  const transloco = inject(TranslocoService);
  const auth = inject(AuthService);
  const locale = locales.init();
  await Promise.all([firstValueFrom(transloco.load(locale)).catch(() => undefined), auth.restore()]);
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(withFetch(), withInterceptors(apiInterceptors), apiXsrfConfiguration()),
    provideTransloco({
      config: {
        availableLangs: [...LOCALES],
        defaultLang: DEFAULT_LOCALE,
        fallbackLang: DEFAULT_LOCALE,
        missingHandler: { useFallbackTranslation: true },
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: TranslocoHttpLoader,
    }),
    provideTranslocoTranspiler(IcuTranspiler),
    // Pipes get the locale explicitly where it matters; this is the default for the rest.
    { provide: LOCALE_ID, useValue: DEFAULT_LOCALE },
    { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    provideAppInitializer(startUp),
  ],
};
