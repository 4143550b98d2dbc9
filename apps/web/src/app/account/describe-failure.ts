import { Locale } from '@cocrea/contracts';
import { TranslocoService } from '@jsverse/transloco';
import { isApiError } from '../core/http/api-error';

/** A failed account action in words: the api's own title and detail in the interface language, or a generic line. */
export function describeFailure(error: unknown, locale: Locale, transloco: TranslocoService): string {
  if (isApiError(error)) {
    if (error.isNetworkError) return transloco.translate('errors.network');
    if (error.status === 429) return transloco.translate('login.errors.tooManyAttempts');
    const title = error.titleIn(locale);
    if (title) return [title, error.detailIn(locale)].filter(Boolean).join('. ');
  }
  return transloco.translate('errors.generic');
}
