import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ChallengeWeights, RankedIdea } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A problem's ranking with its arithmetic in every row, so anyone can check it: supports over the most supported
 * idea, the feasibility and jury averages, the points each weight gives, and the total out of 100.
 */
@Component({
  selector: 'cc-ranking-table',
  imports: [RouterLink, TranslocoPipe, DecimalPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../portal/portal.scss',
  template: `
    @if (ranking().length === 0) {
      <p class="empty">{{ 'challenges.ranking.empty' | transloco }}</p>
    } @else {
      <div class="table-wrap">
        <table class="table">
          <caption class="muted">
            {{
              'challenges.ranking.formula' | transloco: weights()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'challenges.ranking.position' | transloco }}</th>
              <th scope="col">{{ 'challenges.ranking.idea' | transloco }}</th>
              <th scope="col">{{ 'challenges.ranking.support' | transloco: { weight: weights().support } }}</th>
              <th scope="col">{{ 'challenges.ranking.feasibility' | transloco: { weight: weights().feasibility } }}</th>
              <th scope="col">{{ 'challenges.ranking.jury' | transloco: { weight: weights().jury } }}</th>
              <th scope="col">{{ 'challenges.ranking.total' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (r of ranking(); track r.ideaId) {
              <tr>
                <td>{{ r.position }}</td>
                <th scope="row">
                  <a [routerLink]="['/portal/challenges/ideas', r.ideaId]">{{ r.title }}</a>
                  @if (r.winner) {
                    <span class="chip">{{ 'challenges.ranking.winner' | transloco }}</span>
                  }
                  @if (r.tiedWith.length) {
                    <span class="chip">{{ 'challenges.ranking.tied' | transloco: { count: r.tiedWith.length } }}</span>
                  }
                </th>
                <td>
                  {{ r.arithmetic.supports }} / {{ r.arithmetic.maxSupports }} = {{ r.arithmetic.supportNormalized | number: '1.0-4' }} →
                  <strong>{{ r.arithmetic.contributions.support | number: '1.0-4' }}</strong>
                </td>
                <td>
                  {{ average(r.arithmetic.feasibilityAverage, r.arithmetic.feasibilityCount) }}
                  → <strong>{{ r.arithmetic.contributions.feasibility | number: '1.0-4' }}</strong>
                </td>
                <td>
                  {{ average(r.arithmetic.juryAverage, r.arithmetic.juryCount) }}
                  → <strong>{{ r.arithmetic.contributions.jury | number: '1.0-4' }}</strong>
                </td>
                <td>
                  <strong>{{ r.arithmetic.total | number: '1.0-4' }}</strong>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
})
export class RankingTable {
  readonly ranking = input.required<RankedIdea[]>();
  readonly weights = input.required<ChallengeWeights>();

  /** "7.5 (3)": the average and how many scores it comes from; a dash when there are none. */
  protected average(value: number | null, count: number): string {
    return value === null ? '—' : `${Math.round(value * 100) / 100} (${count})`;
  }
}
