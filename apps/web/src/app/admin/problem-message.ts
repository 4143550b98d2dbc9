import { Locale } from '@cocrea/contracts';
import { isApiError } from '../core/http/api-error';

/**
 * What a refused save says to the person, in their language: each field the api named, else the problem's detail
 * or title. `null` when the failure carries no words of its own (the page then shows its generic sentence).
 */
export function problemMessage(error: unknown, locale: Locale): string | null {
  if (!isApiError(error) || error.isNetworkError) return null;
  const fields = error.problem?.errors ?? [];
  if (fields.length > 0) {
    return fields.map((field) => (locale === 'en' ? field.messages.en : field.messages.es)).join(' ');
  }
  return error.detailIn(locale) ?? error.titleIn(locale);
}
