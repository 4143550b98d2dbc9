import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { COMMISSION_PARAM, CurrentCommission } from './current-commission';

/** Below this width the toolbar has no room for a commission's full name: the select shows its acronym. */
const PHONE = '(max-width: 599px)';

/** A path segment that names one record (a UUID): what follows it belongs to that record's commission. */
const RECORD_SEGMENT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The header's commission switcher: a native select (keyboard and screen readers for free, fits a phone), shown only
 * to people who can work in more than one commission. Switching rebuilds the page in the chosen commission and names
 * it in the URL (`?comision=CAGD`), so a shared link opens the same commission; on a record's page it returns to the
 * list the record came from, since the record belongs to the other commission. On a phone each option shows its
 * acronym, with the full name as its title and accessible name.
 */
@Component({
  selector: 'cc-commission-switch',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (options().length > 1) {
      <div class="commission-switch">
        <label class="commission-switch__label" for="commission-switch">{{ 'commissionSwitch.label' | transloco }}</label>
        <select
          id="commission-switch"
          class="commission-switch__select"
          data-testid="commission-switch"
          [value]="currentId()"
          [title]="current()?.name ?? ''"
          (change)="choose($any($event.target).value)"
        >
          @for (c of options(); track c.id) {
            <option [value]="c.id" [selected]="c.id === currentId()" [title]="c.name" [attr.aria-label]="phone() ? c.name : null">
              {{ phone() ? c.acronym : c.acronym + ' · ' + c.name }}
            </option>
          }
        </select>
      </div>
    }
  `,
  styles: `
    .commission-switch {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      max-width: 100%;
      font-size: 0.875rem;
    }
    .commission-switch__select {
      max-width: min(22rem, 60vw);
      min-height: 2.5rem;
      padding: 0.25rem 0.5rem;
      font: inherit;
      text-overflow: ellipsis;
    }
    @media (max-width: 599px) {
      .commission-switch__label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
    }
  `,
})
export class CommissionSwitch implements OnInit {
  private readonly commissions = inject(CurrentCommission);
  private readonly router = inject(Router);
  protected readonly options = this.commissions.options;
  protected readonly current = this.commissions.current;
  protected readonly currentId = computed(() => this.current()?.id ?? '');
  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  ngOnInit(): void {
    this.commissions.load();
  }

  protected choose(id: string): void {
    this.commissions.select(id);
    const acronym = this.current()?.acronym;
    const queryParams = { [COMMISSION_PARAM]: acronym };
    const path = this.router.url.split(/[?#]/)[0].split('/');
    const record = path.findIndex((segment) => RECORD_SEGMENT.test(segment));
    if (record > 0) void this.router.navigate([path.slice(0, record).join('/') || '/'], { queryParams });
    else void this.router.navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
