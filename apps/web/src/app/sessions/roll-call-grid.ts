import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { AttendanceRow, AttendanceStatus, MeetingChange, MeetingState, Person } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { concat, Observable } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityTime } from '../core/i18n/mexico-city-time';
import { LiveMeeting } from './live-meeting';
import { RollCallMany } from './roll-call-many';
import { SessionsApi } from './sessions.api';

/** The statuses the grid records with one click (or one key); "represented" is recorded by typing the representative. */
const QUICK: ReadonlyArray<{ status: AttendanceStatus; key: string }> = [
  { status: 'present', key: 'p' },
  { status: 'late', key: 't' },
  { status: 'absent', key: 'a' },
];

/**
 * The roll call as a compact grid: "todos presentes" marks everyone not yet marked, then each exception is one
 * click or one key (P, T, A) on its row, or many at once by their names, and a representative is typed once (a letter on file fills the row by
 * itself). The chair may open the members' own check-in; a member then marks themself present here.
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
        <p class="hint">{{ 'secretary.rollCall.keys' | transloco }}</p>
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
          @for (row of state().attendance; track row.personId) {
            <tr [attr.data-status]="marked(row) ? row.status : 'unmarked'" (keydown)="onKey($event, row)">
              <th scope="row">
                {{ row.name }}
                @if (!row.votes) {
                  <small>({{ 'sessions.rollCall.noVote' | transloco }})</small>
                }
              </th>
              <td>
                @if (taking()) {
                  <span class="statuses" role="group" [attr.aria-label]="'sessions.rollCall.statusOf' | transloco: { name: row.name }">
                    @for (q of quick; track q.status) {
                      <button
                        type="button"
                        class="status-button status-button--{{ q.status }}"
                        [attr.aria-pressed]="marked(row) && row.status === q.status"
                        [attr.aria-label]="
                          'secretary.rollCall.mark' | transloco: { status: ('sessions.attendance.' + q.status | transloco), name: row.name }
                        "
                        [disabled]="busy()"
                        (click)="mark(row, q.status)"
                      >
                        {{ 'secretary.rollCall.short.' + q.status | transloco }}
                      </button>
                    }
                  </span>
                } @else {
                  {{ (marked(row) ? 'sessions.attendance.' + row.status : 'secretary.rollCall.unmarked') | transloco }}
                }
                @if (row.arrivedAt) {
                  ({{ clockTime(row.arrivedAt) }})
                }
              </td>
              <td>
                @if (taking()) {
                  <form class="inline-form" (submit)="$event.preventDefault(); represent(row, repName.value)">
                    <input
                      #repName
                      [attr.aria-label]="'sessions.rollCall.representativeOf' | transloco: { name: row.name }"
                      [value]="row.representativeName ?? ''"
                      list="roll-call-people"
                      autocomplete="off"
                      (input)="searchPeople(repName.value)"
                    />
                  </form>
                } @else if (row.representativeName) {
                  {{ row.representativeName }}
                }
                @if (row.proxyWarning) {
                  <span class="warn-tag">{{ 'sessions.rollCall.noLetter' | transloco }}</span>
                }
              </td>
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
    .roll-grid {
      width: 100%;
      border-collapse: collapse;
    }
    .roll-grid th,
    .roll-grid td {
      padding: 0.25rem 0.5rem;
      text-align: left;
      border-bottom: 1px solid #ddd;
    }
    .statuses {
      display: inline-flex;
      gap: 0.25rem;
    }
    .status-button {
      min-width: 2.75rem;
      min-height: 2.75rem;
      border: 1px solid #666;
      border-radius: 4px;
      background: #fff;
      color: #1a1a1a;
      cursor: pointer;
    }
    .status-button[aria-pressed='true'] {
      background: #1d4f91;
      color: #fff;
    }
    .status-button:focus-visible {
      outline: 3px solid #1d4f91;
      outline-offset: 2px;
    }
    .inline-form input {
      min-height: 2.5rem;
      width: 100%;
      max-width: 16rem;
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
      }
      .roll-grid tr {
        border-bottom: 1px solid #ddd;
        padding: 0.5rem 0;
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

  protected readonly quick = QUICK;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly people = signal<Person[]>([]);

  /** The roll call is taken while the session is convened or open. */
  protected readonly taking = computed(() => {
    const status = this.state().meeting.status;
    return this.manage() && (status === 'convened' || status === 'open');
  });
  /** Members without a recorded status yet (the state shows them as absent). */
  protected readonly unmarked = computed(() => this.state().attendance.filter((a) => !a.marked).length);
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

  protected marked(row: AttendanceRow): boolean {
    return row.marked;
  }

  protected allPresent(): void {
    this.run(this.api.allPresent(this.id()), '[data-all-present]');
  }

  protected toggleSelfCheckIn(): void {
    this.run(this.api.selfCheckIn(this.id(), !this.state().meeting.selfCheckInOpen));
  }

  protected checkIn(): void {
    this.run(this.api.checkIn(this.id()));
  }

  protected mark(row: AttendanceRow, status: AttendanceStatus): void {
    if (this.marked(row) && row.status === status) return;
    // Someone represented is first marked absent: nobody is present and represented at once.
    const steps = [
      ...(row.status === 'represented' && status !== 'absent' ? [this.api.attendance(this.id(), row.personId, { status: 'absent' })] : []),
      this.api.attendance(this.id(), row.personId, { status }),
    ];
    this.run(concat(...steps));
  }

  /** One key per status on a row: P present, T late, A absent (not while typing a name). */
  protected onKey(event: KeyboardEvent, row: AttendanceRow): void {
    if (!this.taking() || event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey || event.altKey) return;
    const quick = QUICK.find((q) => q.key === event.key.toLowerCase());
    if (!quick) return;
    event.preventDefault();
    this.mark(row, quick.status);
  }

  /** Typing the representative and pressing Enter records the member as represented; once is enough. */
  protected represent(row: AttendanceRow, name: string): void {
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
    this.run(concat(...steps));
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

  /** Sends the steps of one action; each answer (a state or a check-in's change) is applied in order. */
  private run(request: Observable<MeetingState | MeetingChange>, focus?: string): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (update) => this.live.accept(update),
      complete: () => {
        this.busy.set(false);
        if (focus) document.querySelector<HTMLElement>(focus)?.focus();
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
