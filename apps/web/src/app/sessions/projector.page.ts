import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PollState } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { switchMap } from 'rxjs';
import { ErrorPanel } from '../core/ui/error-panel';
import { namePageTitle } from '../core/i18n/page-title';
import { FloorTimer } from './floor-timer';
import { LiveMeeting } from '../core/live/live-meeting';
import { SessionsApi } from './sessions.api';
import { mergePoll, resultKey, resultParams } from '../voting/poll-merge';
import { VotingApi } from '../voting/voting.api';
import { byName } from '../core/i18n/collation';

/**
 * The room's screen, full screen without the app's navigation (route data `fullScreen`), readable from the back
 * of the room at 1920×1080: the current agenda item, the live quorum, who has the floor with the countdown, the poll
 * at hand and, once it closes, its result in large type. Opened for a session (`/sessions/:id/projector`: the open
 * poll, else the last one closed) or for one poll (`/voting/polls/:pollId/projector`). It follows the live room.
 */
@Component({
  selector: 'cc-projector-page',
  imports: [RouterLink, TranslocoPipe, ErrorPanel, FloorTimer],
  providers: [LiveMeeting],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as e) {
      <cc-error-panel [error]="e" heading="voting.projectorError" (retry)="load()" />
    } @else if (state(); as s) {
      <div class="projector">
        <header class="projector__top">
          <h1 tabindex="-1">{{ s.meeting.title }}</h1>
          <p class="projector__quorum" [class.projector__quorum--ok]="s.quorum.reached">
            {{
              (s.quorum.reached ? 'sessions.quorum.reached' : 'sessions.quorum.missing')
                | transloco: { present: s.quorum.present, total: s.quorum.votingMembers, required: s.quorum.required }
            }}
          </p>
        </header>

        <div class="projector__room">
          <section class="projector__item" [attr.aria-label]="'voting.screen.item' | transloco">
            <p class="projector__label">{{ 'voting.screen.item' | transloco }}</p>
            @if (currentItem(); as item) {
              <h2>{{ item.position }}. {{ item.title }}</h2>
            } @else {
              <h2>{{ 'sessions.statuses.' + s.meeting.status | transloco }}</h2>
            }
          </section>

          <section class="projector__floor" [attr.aria-label]="'sessions.floor.title' | transloco">
            <p class="projector__label">{{ 'sessions.floor.title' | transloco }}</p>
            @if (speaking(); as sp) {
              <p class="projector__speaker">{{ sp.name }}</p>
              <cc-floor-timer
                large
                [startedAt]="sp.startedAt ?? s.serverTime"
                [limitSeconds]="sp.limitSeconds"
                [clockOffset]="clockOffset()"
              />
            } @else {
              <p class="projector__quiet">{{ 'sessions.floor.nobody' | transloco }}</p>
            }
          </section>
        </div>

        @if (poll(); as p) {
          <section class="projector__poll" [attr.aria-label]="'voting.projector' | transloco">
            <p class="projector__label">{{ 'voting.statuses.' + p.status | transloco }} · {{ 'voting.methods.' + p.method | transloco }}</p>
            <h2 class="projector__question">{{ p.subject }}</h2>
            @if (p.result; as r) {
              <p class="projector__result" [class.projector__result--passed]="r.passed" role="status">
                {{ resultKey(p) | transloco: resultParams(p) }}
              </p>
              <p class="projector__counts">{{ 'voting.resultCounts' | transloco: { yes: r.yes, no: r.no, abstain: r.abstain } }}</p>
            } @else {
              <p class="projector__count" aria-live="polite">{{ 'voting.count' | transloco: { voted: p.voted, rights: p.rights } }}</p>
            }
            @if (p.tally; as tally) {
              <ul class="projector__tally" [attr.aria-label]="'voting.tally' | transloco">
                @for (o of p.options; track o.id) {
                  <li>
                    <span class="projector__option">{{ o.label }}</span>
                    <span class="projector__bar" aria-hidden="true"><span [style.width.%]="share(p, tally[o.id])"></span></span>
                    <strong>{{ tally[o.id] }}</strong>
                  </li>
                }
              </ul>
            } @else {
              <p class="projector__quiet">{{ 'voting.hidden' | transloco }}</p>
            }
            @if (p.namedVotes?.length) {
              <h3>{{ 'voting.namedList' | transloco }}</h3>
              <ul class="projector__named">
                @for (v of namedVotes(p); track v.memberPersonId) {
                  <li>{{ v.memberName }} — {{ label(p, v.optionId) }}</li>
                }
              </ul>
            }
          </section>
        }

        <p class="projector__back">
          <a [routerLink]="['/sessions', s.meeting.id]">← {{ 'voting.backToSession' | transloco }}</a>
        </p>
      </div>
    } @else {
      <p class="projector__loading">{{ 'voting.loading' | transloco }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      min-height: 100vh;
      box-sizing: border-box;
      padding: 32px 48px;
      background: #0f1b2d;
      color: #f4f6fa;
      font-size: 32px;
      line-height: 1.25;
    }
    a {
      color: #9cc7ff;
    }
    h1 {
      margin: 0;
      font-size: 32px;
      font-weight: 500;
      color: #c9d3e3;
    }
    h2 {
      margin: 0;
      font-size: 56px;
      line-height: 1.15;
    }
    h3 {
      font-size: 32px;
      margin: 24px 0 8px;
    }
    p {
      margin: 0;
    }
    .projector__top {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 16px 48px;
      padding-bottom: 16px;
      border-bottom: 2px solid #33445f;
    }
    .projector__quorum {
      font-size: 36px;
      font-weight: 700;
      color: #ffb4a8;
    }
    .projector__quorum--ok {
      color: #a6e3b4;
    }
    .projector__room {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 560px), 1fr));
      gap: 32px 64px;
      margin: 32px 0;
    }
    .projector__label {
      font-size: 28px;
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: #c9d3e3;
      margin-bottom: 8px;
    }
    .projector__speaker {
      font-size: 56px;
      font-weight: 700;
      margin-bottom: 16px;
    }
    .projector__quiet {
      font-size: 36px;
      color: #c9d3e3;
    }
    .projector__poll {
      padding: 32px;
      border-radius: 16px;
      background: #18283f;
    }
    .projector__question {
      font-size: 60px;
      margin-bottom: 24px;
    }
    .projector__count {
      font-size: 44px;
      font-weight: 600;
    }
    .projector__result {
      font-size: 72px;
      font-weight: 800;
      line-height: 1.1;
      color: #ffb4a8;
    }
    .projector__result--passed {
      color: #a6e3b4;
    }
    .projector__counts {
      font-size: 44px;
      margin-top: 8px;
    }
    .projector__tally {
      list-style: none;
      padding: 0;
      margin: 24px 0 0;
      display: grid;
      gap: 12px;
    }
    .projector__tally li {
      display: grid;
      grid-template-columns: minmax(0, 14em) 1fr auto;
      align-items: center;
      gap: 24px;
      font-size: 40px;
    }
    .projector__bar {
      height: 32px;
      border-radius: 8px;
      background: #2a3c58;
      overflow: hidden;
    }
    .projector__bar span {
      display: block;
      height: 100%;
      background: #6fa8ff;
    }
    .projector__named {
      columns: 2 480px;
      font-size: 28px;
      padding-left: 1.2em;
    }
    .projector__back {
      margin-top: 32px;
      font-size: 24px;
    }
    @media (max-width: 760px) {
      :host {
        padding: 16px;
      }
      h2,
      .projector__question,
      .projector__speaker {
        font-size: 36px;
      }
      .projector__result {
        font-size: 44px;
      }
      .projector__quorum,
      .projector__count,
      .projector__counts {
        font-size: 28px;
      }
      .projector__tally li {
        grid-template-columns: minmax(0, 1fr) auto;
        font-size: 32px;
      }
      .projector__bar {
        display: none;
      }
    }
  `,
})
export class ProjectorPage {
  /** The session (from `/sessions/:id/projector`). */
  readonly id = input<string>();
  /** One poll (from `/voting/polls/:pollId/projector`). */
  readonly pollId = input<string>();

  private readonly sessions = inject(SessionsApi);
  private readonly voting = inject(VotingApi);
  private readonly live = inject(LiveMeeting);
  private readonly transloco = inject(TranslocoService);
  protected readonly state = this.live.state;
  private readonly polls = signal<PollState[]>([]);
  protected readonly error = signal<unknown>(null);
  protected readonly resultKey = resultKey;
  protected readonly resultParams = resultParams;

  protected readonly currentItem = computed(() => {
    const s = this.state();
    return s?.agenda.find((i) => i.id === s.currentItemId) ?? null;
  });
  protected readonly speaking = computed(() => this.state()?.speakers.find((e) => e.status === 'speaking') ?? null);
  protected readonly clockOffset = computed(() => {
    const s = this.state();
    return s ? Date.parse(s.serverTime) - Date.now() : 0;
  });
  /** The poll asked for; else the open one; else the last one closed on the current item. */
  protected readonly poll = computed(() => {
    const list = this.polls();
    const asked = this.pollId();
    if (asked) return list.find((p) => p.id === asked) ?? null;
    const item = this.state()?.currentItemId;
    return list.find((p) => p.status === 'open') ?? list.filter((p) => p.status === 'closed' && p.agendaItemId === item).at(-1) ?? null;
  });

  constructor() {
    namePageTitle(() => {
      const title = this.state()?.meeting.title;
      return title ? this.transloco.translate('voting.projectorTitle', { title }) : null;
    });
    effect(() => {
      const meetingId = this.id();
      const pollId = this.pollId();
      untracked(() => this.load(meetingId, pollId));
    });
    effect(() => {
      // Back in the room after a drop: what was published meanwhile never arrived.
      if (this.live.joins() > 1) untracked(() => this.loadPolls(this.state()?.meeting.id));
    });
    effect(() => {
      const update = this.live.pollUpdate();
      if (update) untracked(() => this.polls.update((list) => mergePoll(list, update)));
    });
  }

  protected load(meetingId = this.id(), pollId = this.pollId()): void {
    this.error.set(null);
    if (meetingId) {
      this.open(meetingId);
      return;
    }
    if (pollId) this.voting.poll(pollId).subscribe({ next: (p) => this.open(p.meetingId), error: (e: unknown) => this.error.set(e) });
  }

  private open(meetingId: string): void {
    this.live.connect(meetingId);
    this.sessions
      .state(meetingId)
      .pipe(
        switchMap((state) => {
          this.live.accept(state);
          return this.voting.polls(meetingId);
        }),
      )
      .subscribe({ next: (polls) => this.polls.set(polls), error: (e: unknown) => this.error.set(e) });
  }

  private loadPolls(meetingId: string | undefined): void {
    if (meetingId) this.voting.polls(meetingId).subscribe({ next: (polls) => this.polls.set(polls), error: () => undefined });
  }

  /** An option's share of the ballots counted, for its bar. */
  protected share(p: PollState, count: number): number {
    const total = Object.values(p.tally ?? {}).reduce((sum, n) => sum + n, 0);
    return total === 0 ? 0 : (100 * count) / total;
  }

  /** Who voted what, in Spanish name order. */
  protected namedVotes(p: PollState) {
    return byName(p.namedVotes ?? [], (v) => v.memberName);
  }

  protected label(p: PollState, optionId: string): string {
    return p.options.find((o) => o.id === optionId)?.label ?? '';
  }
}
