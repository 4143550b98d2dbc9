import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Moment, MOMENTS, momentPanelId, momentTabId } from './session-moments';

/**
 * The tabs of the room's moments, after the WAI-ARIA tabs pattern: one tab in the Tab order, the arrow keys (and
 * Home, End) move between tabs and show each at once, and the moment the session is in is marked "ahora".
 */
@Component({
  selector: 'cc-moment-tabs',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tabs" role="tablist" [attr.aria-label]="'sessions.moments.label' | transloco">
      @for (m of moments; track m) {
        <button
          type="button"
          role="tab"
          class="tab"
          [id]="tabId(m)"
          [attr.aria-controls]="panelId(m)"
          [attr.aria-selected]="m === selected()"
          [attr.aria-describedby]="tabId(m) + '-hint'"
          [tabIndex]="m === selected() ? 0 : -1"
          (click)="choose.emit(m)"
          (keydown)="onKey($event)"
        >
          <span class="tab__label">
            {{ 'sessions.moments.' + m + '.label' | transloco }}
            @if (m === now()) {
              <span class="tab__now">{{ 'sessions.moments.now' | transloco }}</span>
            }
          </span>
          <span class="tab__hint" aria-hidden="true" [id]="tabId(m) + '-hint'">{{ 'sessions.moments.' + m + '.hint' | transloco }}</span>
        </button>
      }
    </div>
  `,
  styles: `
    .tabs {
      display: flex;
      gap: 4px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .tab {
      flex: 1 1 0;
      min-width: 0;
      min-height: 48px;
      padding: 8px 12px;
      border: 0;
      border-bottom: 3px solid transparent;
      border-radius: 8px 8px 0 0;
      background: transparent;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-title-small);
      text-align: left;
      cursor: pointer;
    }
    .tab:hover {
      background: var(--mat-sys-surface-container);
    }
    .tab[aria-selected='true'] {
      border-bottom-color: var(--mat-sys-primary);
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-low);
    }
    .tab:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: -3px;
    }
    .tab__label {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .tab__now {
      font: var(--mat-sys-label-small);
      padding: 1px 6px;
      border-radius: 6px;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .tab__hint {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 600px) {
      .tab {
        padding: 8px 6px;
      }
      .tab__hint {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
  `,
})
export class MomentTabs {
  /** The moment shown. */
  readonly selected = input.required<Moment>();
  /** The moment the session is in. */
  readonly now = input.required<Moment>();
  readonly choose = output<Moment>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly moments = MOMENTS;
  protected readonly tabId = momentTabId;
  protected readonly panelId = momentPanelId;

  /** Arrows, Home and End move to a tab, focus it and show its moment (tabs that show at once, as the pattern allows). */
  protected onKey(event: KeyboardEvent): void {
    const at = MOMENTS.indexOf(this.selected());
    const last = MOMENTS.length - 1;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const moment = MOMENTS[(to + MOMENTS.length) % MOMENTS.length];
    this.choose.emit(moment);
    this.host.nativeElement.querySelector<HTMLElement>(`#${momentTabId(moment)}`)?.focus();
  }
}
