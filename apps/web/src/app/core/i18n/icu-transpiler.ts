import { Injectable } from '@angular/core';
import { DefaultTranspiler, TranspileParams } from '@jsverse/transloco';
import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE } from './locale';

/** A message written with an ICU plural or select form, e.g. `{count, plural, one {# sesión} other {# sesiones}}`. */
const ICU_FORM = /\{\s*[\w.]+\s*,\s*(?:plural|selectordinal|select)\s*,/;

/**
 * Plurals and selects as ICU messages, only for the messages written that way; every other message keeps Transloco's
 * `{{param}}` interpolation. FormatJS interprets the parsed message (no code generated at run time, so the app's
 * Content-Security-Policy without 'unsafe-eval' holds), and parameters are values, never parsed as ICU syntax.
 */
@Injectable()
export class IcuTranspiler extends DefaultTranspiler {
  private locale: string = DEFAULT_LOCALE;
  private readonly compiled = new Map<string, IntlMessageFormat>();

  override transpile(params: TranspileParams): unknown {
    const { value } = params;
    if (typeof value !== 'string' || !ICU_FORM.test(value)) return super.transpile(params);
    return this.format(value).format((params.params ?? {}) as Record<string, string | number>);
  }

  onLangChanged(lang: string): void {
    this.locale = lang;
  }

  private format(message: string): IntlMessageFormat {
    const key = `${this.locale}\u0000${message}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      compiled = new IntlMessageFormat(message, this.locale);
      this.compiled.set(key, compiled);
    }
    return compiled;
  }
}
