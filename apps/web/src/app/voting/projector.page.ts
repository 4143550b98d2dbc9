import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PollState } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective, provideCharts, withDefaultRegisterables } from 'ng2-charts';
import { ErrorPanel } from '../core/ui/error-panel';
import { LiveMeeting } from '../sessions/live-meeting';
import { mergePoll, resultKey, resultParams } from './poll-merge';
import { VotingApi } from './voting.api';

/**
 * The poll on the room's screen: big type, a chart of the options, the named list for named polls and the
 * outcome (unanimity shown as such). It follows the session's live room, so the close reaches it at once.
 */
@Component({
  selector: 'cc-projector-page',
  imports: [RouterLink, TranslocoPipe, BaseChartDirective, ErrorPanel],
  providers: [LiveMeeting, provideCharts(withDefaultRegisterables())],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as e) {
      <cc-error-panel [error]="e" heading="voting.projectorError" (retry)="load()" />
    } @else if (poll(); as p) {
      <section class="projector" [attr.aria-label]="'voting.projector' | transloco">
        <p>
          <a [routerLink]="['/sessions', p.meetingId]">← {{ 'voting.backToSession' | transloco }}</a>
        </p>
        <h1 tabindex="-1">{{ p.subject }}</h1>
        <p class="projector__status">{{ 'voting.statuses.' + p.status | transloco }} · {{ 'voting.methods.' + p.method | transloco }}</p>
        <p class="projector__count" aria-live="polite">{{ 'voting.count' | transloco: { voted: p.voted, rights: p.rights } }}</p>
        @if (p.result) {
          <p class="projector__result" [class.projector__result--passed]="p.result.passed" role="status">
            {{ resultKey(p) | transloco: resultParams(p) }}
          </p>
          <p class="projector__basis">{{ 'voting.basis' | transloco: { basis: p.result.legalBasis } }}</p>
          @if (p.agreementNumber) {
            <p class="projector__basis">{{ 'voting.agreement' | transloco: { number: p.agreementNumber } }}</p>
          }
        }
        @if (chart(); as data) {
          <div class="projector__chart">
            <canvas
              baseChart
              type="bar"
              [data]="data"
              [options]="chartOptions"
              [attr.aria-label]="'voting.tally' | transloco"
              role="img"
            ></canvas>
          </div>
          <ul class="projector__tally">
            @for (o of p.options; track o.id) {
              <li>
                {{ o.label }}: <strong>{{ p.tally?.[o.id] ?? 0 }}</strong>
              </li>
            }
          </ul>
        } @else {
          <p class="projector__hidden">{{ 'voting.hidden' | transloco }}</p>
        }
        @if (p.namedVotes?.length) {
          <h2>{{ 'voting.namedList' | transloco }}</h2>
          <ul class="projector__named">
            @for (v of p.namedVotes; track v.memberPersonId) {
              <li>{{ v.memberName }} — {{ label(p, v.optionId) }}</li>
            }
          </ul>
        }
      </section>
    } @else {
      <p>{{ 'voting.loading' | transloco }}</p>
    }
  `,
  styles: `
    .projector {
      font-size: 1.5rem;
    }
    h1 {
      font-size: 2.8rem;
      line-height: 1.15;
    }
    .projector__count {
      font-size: 2rem;
      font-weight: 600;
    }
    .projector__result {
      font-size: 3.2rem;
      font-weight: 700;
      margin: 8px 0;
    }
    .projector__result--passed {
      color: var(--mat-sys-primary);
    }
    .projector__basis,
    .projector__status {
      color: var(--mat-sys-on-surface-variant);
    }
    .projector__chart {
      max-width: 900px;
      height: 360px;
    }
    .projector__tally {
      display: flex;
      gap: 32px;
      list-style: none;
      padding: 0;
    }
    .projector__named {
      columns: 2;
      font-size: 1.2rem;
    }
  `,
})
export class ProjectorPage {
  readonly pollId = input.required<string>();
  private readonly api = inject(VotingApi);
  private readonly live = inject(LiveMeeting);
  protected readonly poll = signal<PollState | null>(null);
  protected readonly error = signal<unknown>(null);
  protected readonly resultKey = resultKey;
  protected readonly resultParams = resultParams;
  protected readonly chartOptions: ChartConfiguration<'bar'>['options'] = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { display: false } },
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  };
  protected readonly chart = computed<ChartConfiguration<'bar'>['data'] | null>(() => {
    const p = this.poll();
    if (!p?.tally) return null;
    const tally = p.tally;
    return {
      labels: p.options.map((o) => o.label),
      datasets: [{ data: p.options.map((o) => tally[o.id] ?? 0), backgroundColor: '#1d5d9b' }],
    };
  });

  constructor() {
    effect(() => {
      const id = this.pollId();
      untracked(() => this.load(id));
    });
    effect(() => {
      // Back in the room after a drop: what was published meanwhile never arrived.
      if (this.live.joins() > 1) untracked(() => this.load());
    });
    effect(() => {
      const update = this.live.pollUpdate();
      if (update && update.id === untracked(this.pollId))
        untracked(() => this.poll.update((p) => (p ? mergePoll([p], update)[0] : update)));
    });
  }

  protected load(id = this.pollId()): void {
    this.error.set(null);
    this.api.poll(id).subscribe({
      next: (p) => {
        this.poll.set(p);
        this.live.connect(p.meetingId);
      },
      error: (e: unknown) => this.error.set(e),
    });
  }

  protected label(p: PollState, optionId: string): string {
    return p.options.find((o) => o.id === optionId)?.label ?? '';
  }
}
