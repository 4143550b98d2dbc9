import { booleanAttribute, Directive, ElementRef, forwardRef, inject, input } from '@angular/core';
import { AbstractControl, ControlValueAccessor, NG_VALIDATORS, NG_VALUE_ACCESSOR, ValidationErrors, Validator } from '@angular/forms';

/**
 * Dates typed and read in Mexican order, whatever the browser's language: "15/02/2021" and "15/02/2021 18:05" on a
 * 24-hour clock (a native date input follows the browser, so an English one asked for mm/dd/yyyy and a.m./p.m.).
 * The form keeps the values a native input would give — `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` with `withTime` — so
 * what is sent does not change; text that is no real date is kept as typed and the field is invalid (`date`).
 */
const DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAY_TIME = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})[ ,T]+(\d{1,2}):(\d{2})$/;
const VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

const two = (n: number) => String(n).padStart(2, '0');

/** "15/02/2021" (or "15/02/2021 18:05") for the value `2021-02-15` (or `2021-02-15T18:05`); other values as they are. */
export function mexicanDateText(value: string): string {
  const m = VALUE.exec(value);
  if (!m) return value;
  const [, year, month, day, hour, minute] = m;
  return `${day}/${month}/${year}${hour ? ` ${hour}:${minute}` : ''}`;
}

/** The value for typed text ("15/2/2021", "15-02-2021 9:05"), or null when it is no real date (31/02) or time. */
export function parseMexicanDate(text: string, withTime: boolean): string | null {
  const m = (withTime ? DAY_TIME : DAY).exec(text.trim());
  if (!m) return null;
  const [day, month, year, hour = 0, minute = 0] = m.slice(1).map(Number);
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59) return null;
  const date = `${year}-${two(month)}-${two(day)}`;
  return withTime ? `${date}T${two(hour)}:${two(minute)}` : date;
}

@Directive({
  selector: 'input[ccMexicanDate]',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => MexicanDateInput), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => MexicanDateInput), multi: true },
  ],
  host: {
    inputmode: 'numeric',
    autocomplete: 'off',
    '[attr.placeholder]': "withTime() ? 'dd/mm/aaaa hh:mm' : 'dd/mm/aaaa'",
    '(input)': 'typed($any($event.target).value)',
    '(blur)': 'touched()',
  },
})
export class MexicanDateInput implements ControlValueAccessor, Validator {
  readonly withTime = input(false, { transform: booleanAttribute });

  private readonly element = inject<ElementRef<HTMLInputElement>>(ElementRef).nativeElement;
  private changed: (value: string) => void = () => undefined;
  protected touched: () => void = () => undefined;

  writeValue(value: string | null): void {
    this.element.value = value ? mexicanDateText(value) : '';
  }

  registerOnChange(fn: (value: string) => void): void {
    this.changed = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.touched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.element.disabled = disabled;
  }

  protected typed(text: string): void {
    this.changed(text.trim() ? (parseMexicanDate(text, this.withTime()) ?? text) : '');
  }

  validate(control: AbstractControl<string | null>): ValidationErrors | null {
    const value = control.value;
    if (!value) return null;
    // The dates allowed (a plan's span) are the server's to judge: it names the limit in its answer.
    return VALUE.exec(value) ? null : { date: true };
  }
}
