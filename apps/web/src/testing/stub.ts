import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Stands in for a routed page a test navigates to but does not look at (its heading takes focus like a real page's). */
@Component({
  selector: 'cc-stub-page',
  template: '<h1 tabindex="-1">Stub</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StubPage {}
