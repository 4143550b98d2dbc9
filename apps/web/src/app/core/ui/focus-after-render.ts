import { afterNextRender, Injector } from '@angular/core';

/**
 * Focus follows the action: once the screen shows an action's result (a confirmation, a receipt, a notice, a new
 * item), keyboard and screen-reader focus moves there instead of staying on a button that may have disappeared.
 * `selector` is looked up inside `root` after the next render; targets that are not controls need `tabindex="-1"`.
 */
export function focusAfterRender(injector: Injector, root: HTMLElement, selector: string): void {
  afterNextRender({ read: () => root.querySelector<HTMLElement>(selector)?.focus() }, { injector });
}
