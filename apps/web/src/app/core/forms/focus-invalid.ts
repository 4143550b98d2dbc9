import { afterNextRender, Directive, ElementRef, inject, Injector } from '@angular/core';
import { ControlContainer } from '@angular/forms';

/**
 * Focus follows the action (issue 18): a form sent with a wrong or missing field puts keyboard focus on the first
 * such field, in the order the person reads them, instead of leaving it on the button with a red field somewhere.
 */

/** Fields Angular marks invalid, and the controls people type or choose in (not the form or a group around them). */
const INVALID_FIELD = [
  'input.ng-invalid',
  'textarea.ng-invalid',
  'select.ng-invalid',
  'mat-select.ng-invalid',
  '[role="radiogroup"].ng-invalid',
  '[aria-invalid="true"]',
].join(', ');

/** Once the screen shows the marked fields (their classes follow the values only after a render), the first is focused. */
export function focusInvalidAfterRender(injector: Injector, root: ParentNode): void {
  afterNextRender({ read: () => focusFirstInvalid(root) }, { injector });
}

/** The first invalid field inside `root`, focused; false when there is none. */
export function focusFirstInvalid(root: ParentNode): boolean {
  const field = root.querySelector<HTMLElement>(INVALID_FIELD);
  if (!field) return false;
  field.focus();
  field.scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * On a reactive or template form: a submit marks the fields touched (so their messages show) and, when one is
 * invalid, moves focus to the first. The component's own submit handler still runs and refuses to send.
 */
@Directive({
  selector: 'form[ccFocusInvalid]',
  host: { '(submit)': 'onSubmit()' },
})
export class FocusInvalid {
  private readonly form = inject(ControlContainer, { self: true, optional: true });
  private readonly host = inject<ElementRef<HTMLFormElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected onSubmit(): void {
    const control = this.form?.control;
    if (!control?.invalid) return;
    control.markAllAsTouched();
    focusInvalidAfterRender(this.injector, this.host.nativeElement);
  }
}
