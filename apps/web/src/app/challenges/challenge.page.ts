import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ChallengeRoutes, CHALLENGE_DATASETS } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { loadFrom } from '../core/ui/load-from';
import { PrintButton } from '../core/ui/print-button';
import { ChallengesApi } from './challenges.api';
import { challengeRoles } from './challenge-roles';
import { IdeaForm } from './idea-form';
import { MemberPicker } from './manage/member-picker';
import { ModerationLog } from './manage/moderation-log';
import { PhaseControls } from './manage/phase-controls';
import { RankingTable } from './ranking-table';
import { WinnersForm } from './winners-form';

/**
 * `/portal/challenges/:id`: a challenge's rules and phases, and per problem its ideas with filtering's answer and
 * the ranking with its arithmetic. While the ideas phase is open a signed-in citizen proposes an idea here; the
 * challenge's managers move its phases on, name managers and jurors, read its moderation log, and in the winners phase
 * record their decision per problem here.
 */
@Component({
  selector: 'cc-challenge-page',
  imports: [
    RouterLink,
    MatAnchor,
    MatProgressBar,
    TranslocoPipe,
    ErrorPanel,
    PrintButton,
    CommissionTimePipe,
    RankingTable,
    IdeaForm,
    WinnersForm,
    PhaseControls,
    MemberPicker,
    ModerationLog,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../portal/portal.scss',
  template: `
    @if (challenge.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (challenge.error(); as error) {
      <h1 tabindex="-1">{{ 'challenges.challenge.pageTitle' | transloco }}</h1>
      <cc-error-panel [error]="error" heading="challenges.challenge.loadError" (retry)="challenge.reload()" />
    } @else if (challenge.value(); as c) {
      <div class="heading">
        <h1 tabindex="-1">{{ c.title }}</h1>
        <cc-print-button />
      </div>
      <p class="lead">{{ c.summary }}</p>
      <p>
        {{ 'challenges.challenge.rules' | transloco: { limit: c.supportLimit, winners: c.winnersPerProblem } }}
      </p>

      <h2>{{ 'challenges.challenge.phases' | transloco }}</h2>
      <ul class="list">
        @for (p of c.phases; track p.phase) {
          <li>
            <span class="list__title">{{ 'challenges.phases.' + p.phase | transloco }}</span>
            @if (c.currentPhases.includes(p.phase)) {
              <span class="chip">{{ 'challenges.challenge.open' | transloco }}</span>
            }
            <span class="muted">{{ p.opensAt | commissionTime: locale() }} – {{ p.closesAt | commissionTime: locale() }}</span>
            <span>{{ p.rules }}</span>
          </li>
        }
      </ul>

      @if (manages()) {
        <section class="manage no-print" aria-labelledby="manage-heading">
          <h2 id="manage-heading">{{ 'challenges.manage.heading' | transloco }}</h2>
          <cc-phase-controls [challenge]="c" (changed)="challenge.quietReload(); log.reload()" />
          <cc-member-picker [challengeId]="c.id" />
          <cc-moderation-log #log [challengeId]="c.id" />
        </section>
      }

      @if (ideasOpen() && !signedIn()) {
        <p>
          <a mat-stroked-button routerLink="/registro">{{ 'challenges.challenge.signUp' | transloco }}</a>
          <a mat-button routerLink="/login" [queryParams]="{ returnUrl: '/portal/challenges/' + c.id }">{{
            'challenges.challenge.signIn' | transloco
          }}</a>
        </p>
      }

      @for (problem of c.problems; track problem.id) {
        <section [attr.aria-labelledby]="'problem-' + problem.id">
          <h2 [id]="'problem-' + problem.id">{{ problem.title }}</h2>
          <p class="muted">{{ problem.institution }}</p>
          <p>{{ problem.context }}</p>
          <h3>{{ 'challenges.challenge.ranking' | transloco }}</h3>
          @if (!c.juryPublished) {
            <p class="muted">{{ 'challenges.challenge.juryHidden' | transloco }}</p>
          }
          <cc-ranking-table [ranking]="problem.ranking" [weights]="c.weights" />
          @if (manages() && c.currentPhases.includes('winners') && problem.ranking.length) {
            <cc-winners-form
              [challengeId]="c.id"
              [problemId]="problem.id"
              [ranking]="problem.ranking"
              [winners]="c.winnersPerProblem"
              (decided)="challenge.quietReload()"
            />
          }
          @if (problem.winnersDecision; as decision) {
            <p>
              {{ 'challenges.challenge.decided' | transloco: { date: decision.decidedAt | commissionTime: locale() } }}
              {{ decision.reason }}
            </p>
          }
          <h3>{{ 'challenges.challenge.ideas' | transloco }}</h3>
          @if (problem.ideas.length === 0) {
            <p class="empty">{{ 'challenges.challenge.noIdeas' | transloco }}</p>
          } @else {
            <ul class="list">
              @for (i of problem.ideas; track i.id) {
                <li>
                  <a class="list__title" [routerLink]="['/portal/challenges/ideas', i.id]">{{ i.title }}</a>
                  <span class="muted">{{ i.author }}</span>
                  <span class="chip">{{ 'challenges.statuses.' + i.status | transloco }}</span>
                  @if (i.declineReason) {
                    <span>{{ 'challenges.reasons.' + i.declineReason | transloco }}</span>
                  }
                </li>
              }
            </ul>
          }
          @if (ideasOpen() && signedIn()) {
            <cc-idea-form [problemId]="problem.id" />
          }
        </section>
      }

      <h2>{{ 'challenges.challenge.data' | transloco }}</h2>
      <div class="downloads no-print" role="group" [attr.aria-label]="'portal.download.label' | transloco">
        @for (d of datasets; track d) {
          <a mat-stroked-button [href]="download(c.id, d, 'csv')" download>{{ 'challenges.datasets.' + d | transloco }} (CSV)</a>
          <a mat-button [href]="download(c.id, d, 'json')" download>JSON</a>
        }
      </div>
    }
  `,
  styles: `
    .manage {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 0 16px 8px;
      margin-top: 16px;
    }
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 16px 0 8px;
    }
  `,
})
export class ChallengePage {
  private readonly api = inject(ChallengesApi);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly signedIn = inject(AuthService).signedIn;
  protected readonly datasets = CHALLENGE_DATASETS;
  private readonly id = inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id') ?? ''));
  protected readonly challenge = loadFrom(this.id, (id) => this.api.challenge(id));
  private readonly roles = challengeRoles(this.id);
  protected readonly manages = computed(() => this.roles.value()?.roles.includes('manager') ?? false);
  protected readonly ideasOpen = computed(() => this.challenge.value()?.currentPhases.includes('ideas') ?? false);
  protected readonly download = ChallengeRoutes.publicDataset;
}
