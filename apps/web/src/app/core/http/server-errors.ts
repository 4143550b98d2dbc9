import { AbstractControl } from '@angular/forms';
import { FieldError, Locale } from '@cocrea/contracts';
import { isApiError } from './api-error';

function messageIn(field: FieldError, locale: Locale): string {
  return (locale === 'en' ? field.messages?.en : field.messages?.es) || field.message;
}

/**
 * Puts each field error of an api problem on the form control its `path` names, as a `server` error
 * holding the message in the interface language, so the form shows it beside the field.
 * Returns true when every field error found its control: then the form says it all and no summary is needed.
 * The control's own validators clear the `server` error as soon as the person edits the value.
 */
export function applyServerErrors(form: AbstractControl, error: unknown, locale: Locale): boolean {
  const fields = isApiError(error) ? (error.problem?.errors ?? []) : [];
  if (fields.length === 0) return false;
  let placedAll = true;
  for (const field of fields) {
    const control = form.get(field.path);
    if (!control) {
      placedAll = false;
      continue;
    }
    control.setErrors({ ...control.errors, server: messageIn(field, locale) });
    control.markAsTouched();
  }
  return placedAll;
}

/** What to say about a failed call away from a form: the problem's detail followed by each field's message. */
export function problemMessage(error: unknown, locale: Locale): string | null {
  if (!isApiError(error)) return null;
  const fields = (error.problem?.errors ?? []).map((field) => messageIn(field, locale));
  return [error.detailIn(locale), ...fields].filter(Boolean).join(' ') || null;
}
