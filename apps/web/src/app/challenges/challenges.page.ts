import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { of } from 'rxjs';
import { launchesChallenges } from '../core/auth/access';
import { AuthService } from '../core/auth/auth.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { loadFrom } from '../core/ui/load-from';
import { ChallengesApi } from './challenges.api';

/** `/portal/challenges`: every open challenge, the institutions taking part and the phase it is in; who may, launches one here. */
@Component({
  selector: 'cc-challenges-page',
  imports: [RouterLink, MatAnchor, MatProgressBar, TranslocoPipe, ErrorPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../portal/portal.scss',
  template: `
    <h1 tabindex="-1">{{ 'challenges.list.heading' | transloco }}</h1>
    <p class="lead">{{ 'challenges.list.lead' | transloco }}</p>
    @if (launches()) {
      <p>
        <a mat-flat-button routerLink="/retos/nuevo">{{ 'challenges.launch.heading' | transloco }}</a>
      </p>
    }
    @if (challenges.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (challenges.error(); as error) {
      <cc-error-panel [error]="error" heading="challenges.list.loadError" (retry)="challenges.reload()" />
    } @else if (challenges.value(); as list) {
      @if (list.length === 0) {
        <p class="empty">{{ 'challenges.list.empty' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (c of list; track c.id) {
            <li>
              <a class="list__title" [routerLink]="['/portal/challenges', c.id]">{{ c.title }}</a>
              @for (phase of c.currentPhases; track phase) {
                <span class="chip">{{ 'challenges.phases.' + phase | transloco }}</span>
              }
              <span class="muted">{{ 'challenges.list.counts' | transloco: { problems: c.problemCount, ideas: c.ideaCount } }}</span>
              <span class="muted">{{ c.institutions.join(' · ') }}</span>
            </li>
          }
        </ul>
      }
    }
  `,
})
export class ChallengesPage {
  private readonly api = inject(ChallengesApi);
  protected readonly challenges = loadFrom(of(null), () => this.api.list());
  private readonly me = inject(AuthService).me;
  protected readonly launches = computed(() => launchesChallenges(this.me()));
}
