import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { AttendanceRow, AttendanceStatus, MeetingChange, MeetingState, Person } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { concat, Observable } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityTime } from '../core/i18n/mexico-city-time';
import { LiveMeeting } from '../core/live/live-meeting';
import { RollCallMany } from './roll-call-many';
import { nameMatches } from './roll-call-names';
import { SessionsApi } from './sessions.api';

/** The statuses of a row, each one click or one key; "represented" then asks for the representative's name. */
const QUICK: ReadonlyArray<{ status: AttendanceStatus; key: string }> = [
  { status: 'present', key: 'p' },
  { status: 'represented', key: 'r' },
  { status: 'late', key: 't' },
  { status: 'absent', key: 'a' },
];

/** What the list shows: everyone, the members of one status, or those the roll call has not recorded yet. */
type Filter = 'all' | AttendanceStatus | 'unmarked';
const FILTERS: readonly Filter[] = ['all', 'unmarked', 'present', 'represented', 'late', 'absent'];

/**
 * The roll call as a list the secretary runs fast: the counts on top (each one a filter), a search by name, "todos
 * presentes" for everyone not yet marked, then each exception is one click or one key on its row (P present,
 * R represented, T late, A absent; ↑ ↓ to the next row), or many at once by their names. A representative is typed
 * once (a letter on file fills the row by itself). Rows take the next key while an answer is on its way, so the
 * buttons are never disabled under the secretary's fingers. The chair may open the members' own check-in.
 */
@Component({
  selector: 'cc-roll-call-grid',
  imports: [MatButton, RollCallMany, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section [attr.aria-label]="'sessions.rollCall.title' | transloco">
      <h2>{{ 'sessions.rollCall.title' | transloco }}</h2>
      @if (error(); as message) {
        <p class="action-error" role="alert">{{ message }}</p>
      }
      @if (warnings().length > 0) {
        <p class="warning" role="note">{{ 'sessions.rollCall.proxyWarning' | transloco: { names: warningNames() } }}</p>
      }
      <div class="counts" role="group" [attr.aria-label]="'secretary.rollCall.filter' | transloco">
        @for (f of filters; track f) {
          <button
            type="button"
            class="count count--{{ f }}"
            [attr.aria-pressed]="filter() === f"
            [attr.data-filter]="f"
            (click)="filter.set(f)"
          >
            <span class="count__n">{{ counts()[f] }}</span>
            {{ 'secretary.rollCall.counts.' + f | transloco: { count: counts()[f] } }}
          </button>
        }
      </div>
      @if (taking()) {
        <p class="bar">
          <button mat-flat-button type="button" data-all-present (click)="allPresent()" [disabled]="busy() || unmarked() === 0">
            {{ 'secretary.rollCall.allPresent' | transloco: { count: unmarked() } }}
          </button>
          <button
            mat-stroked-button
            type="button"
            (click)="toggleSelfCheckIn()"
            [disabled]="busy()"
            [attr.aria-pressed]="state().meeting.selfCheckInOpen"
          >
            {{
              (state().meeting.selfCheckInOpen ? 'secretary.rollCall.closeSelfCheckIn' : 'secretary.rollCall.openSelfCheckIn') | transloco
            }}
          </button>
          <cc-roll-call-many [state]="state()" />
        </p>
        <p class="hint" id="roll-call-keys">{{ 'secretary.rollCall.keys' | transloco }}</p>
      }
      @if (mayCheckIn()) {
        <p class="bar">
          <button mat-flat-button type="button" (click)="checkIn()" [disabled]="busy()">
            {{ 'secretary.rollCall.checkIn' | transloco }}
          </button>
        </p>
      } @else if (state().meeting.selfCheckInOpen && !taking()) {
        <p>{{ 'secretary.rollCall.selfCheckInOpen' | transloco }}</p>
      }
      <p class="search">
        <label for="roll-call-search">{{ 'secretary.rollCall.search' | transloco }}</label>
        <input
          #search
          id="roll-call-search"
          type="search"
          autocomplete="off"
          [value]="query()"
          [attr.aria-describedby]="taking() ? 'roll-call-keys' : null"
          (input)="query.set(search.value)"
          (keydown.enter)="$event.preventDefault(); focusRow(0, 0)"
        />
      </p>
      <p class="visually-hidden" role="status">{{ 'secretary.rollCall.shown' | transloco: { count: rows().length } }}</p>
      <table class="roll-grid">
        <caption class="visually-hidden">
          {{
            'sessions.rollCall.title' | transloco
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'sessions.rollCall.member' | transloco }}</th>
            <th scope="col">{{ 'sessions.rollCall.status' | transloco }}</th>
            <th scope="col">{{ 'sessions.rollCall.representative' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.personId; let index = $index) {
            <tr [attr.data-status]="row.marked ? row.status : 'unmarked'" [attr.data-row]="index" (keydown)="onKey($event, row, index)">
              <th scope="row">
                {{ row.name }}
                @if (!row.votes) {
                  <small>({{ 'sessions.rollCall.noVote' | transloco }})</small>
                }
              </th>
              <td>
                @if (taking()) {
                  <span class="statuses" role="group" [attr.aria-label]="'sessions.rollCall.statusOf' | transloco: { name: row.name }">
                    @for (q of quick; track q.status; let column = $index) {
                      <button
                        type="button"
                        class="status-button status-button--{{ q.status }}"
                        [attr.aria-pressed]="row.marked && row.status === q.status"
                        [attr.aria-label]="
                          'secretary.rollCall.mark' | transloco: { status: ('sessions.attendance.' + q.status | transloco), name: row.name }
                        "
                        [attr.aria-keyshortcuts]="q.key.toUpperCase()"
                        [attr.data-column]="column"
                        (click)="choose(row, q.status, index)"
                      >
                        <span class="label">{{ 'secretary.rollCall.short.' + q.status | transloco }}</span>
                        <span class="label label--tiny">{{ 'secretary.rollCall.tiny.' + q.status | transloco }}</span>
                        <span class="key" aria-hidden="true">{{ q.key.toUpperCase() }}</span>
                      </button>
                    }
                  </span>
                } @else {
                  {{ (row.marked ? 'sessions.attendance.' + row.status : 'secretary.rollCall.unmarked') | transloco }}
                }
                @if (row.arrivedAt) {
                  <small class="arrived">{{ 'secretary.rollCall.arrivedAt' | transloco: { time: clockTime(row.arrivedAt) } }}</small>
                }
              </td>
              <td>
                @if (taking() && editing() === row.personId) {
                  <form class="rep-form" (submit)="$event.preventDefault(); represent(row, repName.value, index)">
                    <input
                      #repName
                      [attr.data-representative]="row.personId"
                      [attr.aria-label]="'sessions.rollCall.representativeOf' | transloco: { name: row.name }"
                      [value]="representativeFor(row)"
                      list="roll-call-people"
                      autocomplete="off"
                      (input)="searchPeople(repName.value)"
                      (keydown.escape)="stopEditing(index)"
                    />
                    <button mat-stroked-button type="submit" [disabled]="busy()">
                      {{ 'sessions.rollCall.saveRepresentative' | transloco }}
                    </button>
                  </form>
                } @else if (row.representativeName) {
                  {{ row.representativeName }}
                }
                @if (row.proxyWarning) {
                  <span class="warn-tag">{{ 'sessions.rollCall.noLetter' | transloco }}</span>
                }
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="3">{{ 'secretary.rollCall.noneShown' | transloco }}</td>
            </tr>
          }
        </tbody>
      </table>
      <datalist id="roll-call-people">
        @for (p of people(); track p.id) {
          <option [value]="p.name"></option>
        }
      </datalist>
      <p class="visually-hidden">{{ 'sessions.rollCall.peopleHint' | transloco }}</p>
    </section>
  `,
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .hint {
      font-size: 0.875rem;
    }
    .warning,
    .warn-tag {
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
      padding: 2px 6px;
      border-radius: 6px;
    }
    .warning {
      padding: 8px 12px;
    }
    .action-error {
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
      padding: 8px 12px;
      border-radius: 8px;
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      margin: 0.5rem 0 0.75rem;
    }
    .count {
      display: inline-flex;
      align-items: baseline;
      gap: 0.375rem;
      min-height: 2.5rem;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 1.25rem;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: inherit;
      cursor: pointer;
    }
    .count__n {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .count[aria-pressed='true'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      border-color: var(--mat-sys-secondary);
    }
    .count:focus-visible,
    .status-button:focus-visible,
    .search input:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .search {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .search input {
      flex: 1 1 12rem;
      max-width: 24rem;
      min-height: 2.5rem;
      padding: 0 0.5rem;
      font: inherit;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
    }
    .roll-grid {
      width: 100%;
      border-collapse: collapse;
    }
    .roll-grid th,
    .roll-grid td {
      padding: 0.25rem 0.5rem;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: middle;
    }
    .roll-grid tbody th {
      font-weight: 500;
    }
    .statuses {
      display: flex;
      gap: 0.25rem;
    }
    .status-button {
      display: inline-flex;
      justify-content: center;
      align-items: center;
      gap: 0.375rem;
      min-height: 2.75rem;
      padding: 0 0.375rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: inherit;
      font-size: 0.875rem;
      white-space: nowrap;
      cursor: pointer;
    }
    .status-button[aria-pressed='true'] {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      border-color: var(--mat-sys-primary);
    }
    .status-button--absent[aria-pressed='true'] {
      background: var(--mat-sys-error);
      border-color: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
    .key {
      font-size: 0.75rem;
      opacity: 0.75;
      border: 1px solid currentColor;
      border-radius: 3px;
      padding: 0 0.2rem;
      line-height: 1.2;
    }
    .label--tiny {
      display: none;
    }
    .arrived {
      display: block;
    }
    .rep-form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    .rep-form input {
      min-height: 2.5rem;
      flex: 1 1 10rem;
      max-width: 16rem;
      font: inherit;
    }
    @media (max-width: 600px) {
      .roll-grid thead {
        display: none;
      }
      .roll-grid tr,
      .roll-grid th,
      .roll-grid td {
        display: block;
        border: 0;
        padding-inline: 0;
      }
      .roll-grid tr {
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        padding: 0.5rem 0;
      }
      .statuses {
        display: grid;
        grid-template-columns: repeat(4, minmax(0, 1fr));
      }
      .status-button {
        padding: 0 2px;
      }
      .key,
      .label {
        display: none;
      }
      .label--tiny {
        display: inline;
      }
    }
  `,
})
export class RollCallGrid {
  readonly state = input.required<MeetingState>();
  /** Chair or secretary. */
  readonly manage = input.required<boolean>();

  private readonly api = inject(SessionsApi);
  private readonly live = inject(LiveMeeting);
  private readonly me = inject(AuthService).me;
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).locale;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly quick = QUICK;
  protected readonly filters = FILTERS;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly people = signal<Person[]>([]);
  protected readonly filter = signal<Filter>('all');
  protected readonly query = signal('');
  /** The member whose representative is being typed. */
  protected readonly editing = signal<string | null>(null);

  /** The roll call is taken while the session is convened or open. */
  protected readonly taking = computed(() => {
    const status = this.state().meeting.status;
    return this.manage() && (status === 'convened' || status === 'open');
  });
  protected readonly counts = computed(() => {
    const counts: Record<Filter, number> = { all: 0, unmarked: 0, present: 0, represented: 0, late: 0, absent: 0 };
    for (const row of this.state().attendance) {
      counts.all += 1;
      counts[row.marked ? row.status : 'unmarked'] += 1;
    }
    return counts;
  });
  /** Members without a recorded status yet (the state shows them as absent). */
  protected readonly unmarked = computed(() => this.counts().unmarked);
  /** The rows shown: those of the chosen count whose name has every word typed in the search. */
  protected readonly rows = computed(() => {
    const filter = this.filter();
    const query = this.query();
    return this.state().attendance.filter(
      (row) => (filter === 'all' || (row.marked ? row.status : 'unmarked') === filter) && nameMatches(query, row.name),
    );
  });
  protected readonly mayCheckIn = computed(() => {
    const s = this.state();
    const row = s.attendance.find((a) => a.personId === this.me()?.id);
    return s.meeting.selfCheckInOpen && !!row && row.status !== 'present' && row.status !== 'late' && row.status !== 'represented';
  });
  protected readonly warnings = computed(() => this.state().attendance.filter((a) => a.proxyWarning));
  protected readonly warningNames = computed(() =>
    this.warnings()
      .map((w) => w.name)
      .join(', '),
  );

  protected allPresent(): void {
    this.run(this.api.allPresent(this.id()), () => this.focus('[data-all-present]'));
  }

  protected toggleSelfCheckIn(): void {
    this.run(this.api.selfCheckIn(this.id(), !this.state().meeting.selfCheckInOpen));
  }

  protected checkIn(): void {
    this.run(this.api.checkIn(this.id()));
  }

  /** A status button or key: "represented" opens the representative's field, the others are recorded at once. */
  protected choose(row: AttendanceRow, status: AttendanceStatus, index: number): void {
    if (status === 'represented') {
      this.editing.set(row.personId);
      this.focus(`[data-representative="${row.personId}"]`);
      return;
    }
    if (row.marked && row.status === status) return;
    this.editing.set(null);
    // Someone represented is first marked absent: nobody is present and represented at once.
    const steps = [
      ...(row.status === 'represented' && status !== 'absent' ? [this.api.attendance(this.id(), row.personId, { status: 'absent' })] : []),
      this.api.attendance(this.id(), row.personId, { status }),
    ];
    this.run(concat(...steps), () =>
      this.keepFocus(
        index,
        QUICK.findIndex((q) => q.status === status),
      ),
    );
  }

  /** One key per status on a row (P, R, T, A) and ↑ ↓ to the row above or below (not while typing a name). */
  protected onKey(event: KeyboardEvent, row: AttendanceRow, index: number): void {
    if (!this.taking() || event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey || event.altKey) return;
    const column = Number((event.target as HTMLElement).closest('[data-column]')?.getAttribute('data-column') ?? 0);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.focusRow(index + (event.key === 'ArrowDown' ? 1 : -1), column);
      return;
    }
    const quick = QUICK.find((q) => q.key === event.key.toLowerCase());
    if (!quick) return;
    event.preventDefault();
    this.choose(row, quick.status, index);
  }

  /** Typing the representative and pressing Enter records the member as represented; once is enough. */
  protected represent(row: AttendanceRow, name: string, index: number): void {
    const representativeName = name.trim();
    if (!representativeName) return;
    const representativePersonId = this.people().find((p) => p.name === representativeName)?.id;
    const steps = [
      ...(row.status === 'present' || row.status === 'late' ? [this.api.attendance(this.id(), row.personId, { status: 'absent' })] : []),
      this.api.attendance(this.id(), row.personId, {
        status: 'represented',
        representativeName,
        ...(representativePersonId ? { representativePersonId } : {}),
      }),
    ];
    this.run(concat(...steps), () => {
      this.editing.set(null);
      this.keepFocus(index, 1);
    });
  }

  protected stopEditing(index: number): void {
    this.editing.set(null);
    this.keepFocus(index, 1);
  }

  /** The name already known for a member's representative: the row's, or that of a letter on file. */
  protected representativeFor(row: AttendanceRow): string {
    return row.representativeName ?? this.state().representations.find((r) => r.memberPersonId === row.personId)?.representativeName ?? '';
  }

  /** Focuses a status button of the row at `index` of those shown (the nearest row when the list got shorter). */
  protected focusRow(index: number, column: number): void {
    const rows = this.host.nativeElement.querySelectorAll<HTMLElement>('tbody tr[data-row]');
    if (rows.length === 0) return;
    const row = rows[Math.min(Math.max(index, 0), rows.length - 1)];
    row.querySelectorAll<HTMLElement>('.status-button')[column]?.focus();
  }

  protected searchPeople(q: string): void {
    if (q.trim().length < 2) return;
    this.api.searchPeople(q.trim()).subscribe({ next: (people) => this.people.set(people), error: () => this.people.set([]) });
  }

  protected clockTime(iso: string): string {
    return mexicoCityTime(iso);
  }

  private id(): string {
    return this.state().meeting.id;
  }

  private focus(selector: string): void {
    afterNextRender({ read: () => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus() }, { injector: this.injector });
  }

  /** After a row's change, focus stays on its row, or moves to the row now in its place when a filter hid it. */
  private keepFocus(index: number, column: number): void {
    afterNextRender(
      {
        read: () => {
          const active = document.activeElement;
          const lost = !active || active === document.body || !this.host.nativeElement.contains(active) || active.closest('form.rep-form');
          if (lost) this.focusRow(index, column);
        },
      },
      { injector: this.injector },
    );
  }

  /** Sends the steps of one action; each answer (a state or a check-in's change) is applied in order. */
  private run(request: Observable<MeetingState | MeetingChange>, done?: () => void): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (update) => this.live.accept(update),
      complete: () => {
        this.busy.set(false);
        done?.();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const locale = this.locale();
        this.error.set(
          isApiError(error)
            ? (error.detailIn(locale) ?? error.titleIn(locale) ?? error.message)
            : this.transloco.translate('errors.generic'),
        );
      },
    });
  }
}
