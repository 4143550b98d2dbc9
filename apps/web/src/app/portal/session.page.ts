import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityDateTime, mexicoCityTime } from '../core/i18n/mexico-city-time';
import { pollResultKey } from '../core/i18n/poll-result-key';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { PublicDecision } from '@cocrea/contracts';
import { PublicPoll, PublicSessionDetail } from './portal.types';
import { loadFrom } from '../core/ui/load-from';
import { PrintButton } from '../core/ui/print-button';
import { PublicLiveSession } from './public-live';

/** What one agenda item decided: its recorded decisions and its polls. */
interface ItemOutcome {
  decisions: PublicDecision[];
  polls: PublicPoll[];
}

/**
 * A session as the public sees it: the call, the agenda, who attended (and who represented whom), what was decided
 * and how each named vote went, and the minutes once approved. While the session is open it follows the live room.
 */
@Component({
  selector: 'cc-portal-session-page',
  imports: [RouterLink, MatProgressBar, TranslocoPipe, ErrorPanel, PrintButton],
  providers: [PublicLiveSession],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  styles: `
    .current {
      font-weight: 600;
    }
    .current-badge {
      margin-left: 8px;
    }
    .outcome {
      margin: 4px 0 12px;
    }
    .minutes {
      white-space: pre-wrap;
      font: inherit;
    }
    .agenda li {
      margin: 4px 0;
    }
  `,
  template: `
    <p class="visually-hidden" aria-live="polite">
      @for (a of announcements(); track $index) {
        {{ a.key | transloco: a.params }}
      }
    </p>
    @if (session.loading() && !session.value()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (session.error(); as error) {
      <h1 tabindex="-1">{{ 'portal.session.pageTitle' | transloco }}</h1>
      <cc-error-panel [error]="error" heading="portal.session.loadError" (retry)="session.reload()" />
    } @else if (session.value(); as s) {
      <div class="heading">
        <h1 tabindex="-1">{{ s.title }}</h1>
        <cc-print-button />
      </div>
      <p class="lead">
        <span class="chip">{{ 'sessions.statuses.' + s.status | transloco }}</span>
        {{ 'sessions.kinds.' + s.kind | transloco }} · {{ dateTime(s.scheduledAt) }}
        @if (s.openedAt) {
          · {{ 'sessions.openedAt' | transloco: { time: time(s.openedAt) } }}
        }
        @if (s.closedAt) {
          · {{ 'sessions.closedAt' | transloco: { time: time(s.closedAt) } }}
        }
      </p>
      @if (isLive()) {
        <p class="no-print" role="status">{{ 'portal.session.live.' + live.status() | transloco }}</p>
      }
      @if (session.stale()) {
        <p class="no-print" role="status">{{ 'portal.session.stale' | transloco }}</p>
      }

      <section aria-labelledby="call">
        <h2 id="call">{{ 'portal.session.call' | transloco }}</h2>
        <p>{{ 'portal.session.callText' | transloco: { date: dateTime(s.scheduledAt), place: s.place ?? '—' } }}</p>
        @if (s.documents.length > 0) {
          <ul>
            @for (d of s.documents; track d.id) {
              <li>
                <a [href]="d.url">{{ d.filename }}</a>
              </li>
            }
          </ul>
        }
      </section>

      <section aria-labelledby="agenda">
        <h2 id="agenda">{{ 'portal.session.agenda' | transloco }}</h2>
        <ol class="agenda">
          @for (item of s.agenda; track item.id) {
            <li [class.current]="item.id === s.currentItemId" [attr.aria-current]="item.id === s.currentItemId ? 'step' : null">
              {{ item.title }}
              @if (item.presenter) {
                <span class="muted">({{ item.presenter }})</span>
              }
              @if (item.id === s.currentItemId && s.status === 'open') {
                <span class="chip current-badge">{{ 'portal.session.current' | transloco }}</span>
              }
              @if (outcomes().get(item.id); as o) {
                @for (d of o.decisions; track d.id) {
                  <p class="outcome">
                    <strong>{{ d.subject }}</strong
                    >:
                    @if (d.pollId && pollsById().get(d.pollId); as p) {
                      {{ resultKey(p) | transloco: { cast: p.yes + p.no + p.abstain, rights: p.rights } }}
                    } @else {
                      {{ 'sessions.outcomes.' + d.outcome | transloco }}
                    }
                    @if (d.yes !== null) {
                      ({{ 'portal.session.counts' | transloco: { yes: d.yes, no: d.no ?? 0, abstain: d.abstain ?? 0 } }})
                    }
                    <span class="muted">({{ 'record.methods.' + d.method | transloco }})</span>
                    @if (d.approvedMinutesOf; as approved) {
                      · {{ 'record.approvesMinutesOf' | transloco: { title: approved.title } }}
                    }
                    @if (d.agreementNumber) {
                      · <a [routerLink]="['/portal/agreements', d.agreementNumber]">{{ d.agreementNumber }}</a>
                    }
                  </p>
                }
                <!-- A closed poll is its item's outcome above; only a poll with no outcome on record is listed apart. -->
                @for (p of o.polls; track p.id) {
                  @if (!decidedPolls().has(p.id)) {
                    <p class="outcome">
                      <strong>{{ p.subject }}</strong
                      >:
                      {{ resultKey(p) | transloco: { cast: p.yes + p.no + p.abstain, rights: p.rights } }}
                      @for (option of p.options; track option.label) {
                        · {{ option.label }}: {{ option.count }}
                      }
                      <span class="muted">({{ 'portal.session.methods.' + p.method | transloco }})</span>
                    </p>
                  }
                }
              }
            </li>
          }
        </ol>
      </section>

      <section aria-labelledby="attendance">
        <h2 id="attendance">{{ 'portal.session.attendance' | transloco }}</h2>
        <p>{{ 'portal.session.attendanceSummary' | transloco: counts() }}</p>
        @if (s.quorum; as q) {
          <p>{{ (q.moment === 'now' ? 'portal.session.quorumNow' : 'portal.session.quorum') | transloco: q }}</p>
        }
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">
              {{
                'portal.session.attendance' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'portal.session.name' | transloco }}</th>
                <th scope="col">{{ 'portal.session.organization' | transloco }}</th>
                <th scope="col">{{ 'portal.session.status' | transloco }}</th>
                <th scope="col">{{ 'portal.session.representedBy' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (a of s.attendance; track a.personId) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/portal/commissioners', a.personId]">{{ a.name }}</a>
                  </th>
                  <td>{{ a.organization ?? '' }}</td>
                  <td>{{ 'sessions.attendance.' + a.status | transloco }}</td>
                  <td>{{ a.representedBy ?? '' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>

      @if (s.invitedParticipants.length) {
        <section aria-labelledby="invited">
          <h2 id="invited">{{ 'record.invited.title' | transloco }}</h2>
          <ul class="list">
            @for (i of s.invitedParticipants; track $index) {
              <li>
                {{ i.name }}
                <span class="muted"
                  >({{ i.organization }}
                  @if (i.role) {
                    , {{ i.role }}
                  }
                  )</span
                >
              </li>
            }
          </ul>
        </section>
      }

      @for (p of namedPolls(); track p.id) {
        <section [attr.aria-labelledby]="'poll-' + p.id">
          <h2 [id]="'poll-' + p.id">{{ 'portal.session.namedVote' | transloco: { subject: p.subject } }}</h2>
          <div class="table-wrap">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{{ 'portal.session.name' | transloco }}</th>
                  <th scope="col">{{ 'portal.session.choice' | transloco }}</th>
                  <th scope="col">{{ 'portal.session.castBy' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (b of p.votes; track b.personId) {
                  <tr>
                    <th scope="row">{{ b.name }}</th>
                    <td>{{ b.choice }}</td>
                    <td>{{ b.castBy ?? '' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      }

      <section aria-labelledby="agreements">
        <h2 id="agreements">{{ 'portal.session.agreements' | transloco }}</h2>
        @if (s.agreements.length === 0) {
          <p>{{ 'portal.session.noAgreements' | transloco }}</p>
        } @else {
          <ul class="list">
            @for (a of s.agreements; track a.id) {
              <li>
                <a class="list__title" [routerLink]="['/portal/agreements', a.number]">{{ a.number }}</a>
                <span>{{ a.text }}</span>
                <span class="chip">{{ 'voting.agreementStatuses.' + a.status | transloco }}</span>
              </li>
            }
          </ul>
        }
      </section>

      <section aria-labelledby="minutes">
        <h2 id="minutes">{{ 'portal.session.minutes' | transloco }}</h2>
        @if (s.minutes; as minutes) {
          @if (minutes.approvedInTitle) {
            <p>{{ 'record.minutesApprovedIn' | transloco: { title: minutes.approvedInTitle } }}</p>
          }
          @if (minutes.sha256) {
            <p class="muted">
              SHA-256: <code>{{ minutes.sha256 }}</code>
            </p>
          }
          <div class="minutes">{{ minutes.markdown }}</div>
        } @else {
          <p>{{ 'portal.session.minutesPending' | transloco }}</p>
        }
      </section>
    }
  `,
})
export class PortalSessionPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly live = inject(PublicLiveSession);
  private readonly id$ = inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id') ?? ''));
  private readonly id = toSignal(this.id$, { initialValue: '' });
  protected readonly session = loadFrom(this.id$, (id) => this.api.session(id));

  protected readonly outcomes = computed(() => outcomesByItem(this.session.value()));
  protected readonly namedPolls = computed(() => (this.session.value()?.polls ?? []).filter((p) => p.votes !== null && p.votes.length > 0));
  protected readonly counts = computed(() => attendanceCounts(this.session.value()));
  protected readonly pollsById = computed(() => new Map((this.session.value()?.polls ?? []).map((p) => [p.id, p])));
  protected readonly resultKey = pollResultKey;
  protected readonly decidedPolls = computed(
    () => new Set((this.session.value()?.decisions ?? []).flatMap((d) => (d.pollId ? [d.pollId] : []))),
  );
  /** A convened session is followed too: people wait on its page for it to open. A closed one is read once. */
  protected readonly isLive = computed(() => {
    const status = this.session.value()?.status;
    return status === 'convened' || status === 'open';
  });
  /** What changed since the last state, said politely to screen readers (WCAG 4.1.3). */
  protected readonly announcements = signal<Announcement[]>([]);

  constructor() {
    effect(() => {
      const id = this.id();
      if (this.isLive()) untracked(() => this.live.connect(id));
      else untracked(() => this.live.disconnect());
    });
    let previous: PublicSessionDetail | null = null;
    effect(() => {
      const next = this.session.value();
      if (previous && next && previous.id === next.id) this.announcements.set(liveAnnouncements(previous, next));
      previous = next;
    });
    effect(() => {
      if (this.live.changes() > 0) untracked(() => this.session.quietReload());
    });
  }

  protected dateTime(iso: string): string {
    return mexicoCityDateTime(iso, this.locale());
  }

  protected time(iso: string): string {
    return mexicoCityTime(iso);
  }
}

export interface Announcement {
  key: string;
  params: Record<string, string>;
}

/** The current item when it changes during the session, and each poll result that was not there before. */
export function liveAnnouncements(previous: PublicSessionDetail, next: PublicSessionDetail): Announcement[] {
  const said: Announcement[] = [];
  if (next.status !== previous.status) said.push({ key: 'portal.session.announce.status.' + next.status, params: {} });
  const item = next.agenda.find((i) => i.id === next.currentItemId);
  if (next.status === 'open' && item && next.currentItemId !== previous.currentItemId) {
    said.push({ key: 'portal.session.announce.item', params: { title: item.title } });
  }
  const known = new Set(previous.polls.map((p) => p.id));
  for (const poll of next.polls.filter((p) => !known.has(p.id))) {
    said.push({
      key: poll.passed ? 'portal.session.announce.passed' : 'portal.session.announce.failed',
      params: { subject: poll.subject },
    });
  }
  return said;
}

export function outcomesByItem(session: PublicSessionDetail | null): Map<string, ItemOutcome> {
  const byItem = new Map<string, ItemOutcome>();
  const of = (id: string) => {
    const found = byItem.get(id);
    if (found) return found;
    const created: ItemOutcome = { decisions: [], polls: [] };
    byItem.set(id, created);
    return created;
  };
  for (const d of session?.decisions ?? []) of(d.agendaItemId).decisions.push(d);
  for (const p of session?.polls ?? []) of(p.agendaItemId).polls.push(p);
  return byItem;
}

export function attendanceCounts(session: PublicSessionDetail | null): Record<'present' | 'represented' | 'late' | 'absent', number> {
  const counts = { present: 0, represented: 0, late: 0, absent: 0 };
  for (const a of session?.attendance ?? []) counts[a.status]++;
  return counts;
}
