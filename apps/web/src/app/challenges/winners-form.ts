import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RankedIdea } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { describeFailure } from '../account/describe-failure';
import { LocaleService } from '../core/i18n/locale.service';
import { ChallengesApi } from './challenges.api';

/**
 * The institution's winners decision for one problem (winners phase). The ranking's first ideas come checked;
 * departing from them, or settling a tie, needs a reason, which the api requires and the portal publishes.
 */
@Component({
  selector: 'cc-winners-form',
  imports: [FormsModule, MatCheckbox, MatFormField, MatLabel, MatInput, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="winners-form" (ngSubmit)="submit()">
      <h3>{{ 'challenges.winners.heading' | transloco }}</h3>
      @for (r of ranking(); track r.ideaId) {
        <mat-checkbox [checked]="chosen().includes(r.ideaId)" (change)="toggle(r.ideaId, $event.checked)">
          {{ r.position }}. {{ r.title }}
        </mat-checkbox>
      }
      <mat-form-field>
        <mat-label>{{ 'challenges.winners.reason' | transloco }}</mat-label>
        <textarea matInput name="reason" rows="2" [(ngModel)]="reason"></textarea>
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="busy() || chosen().length === 0">
        {{ 'challenges.winners.submit' | transloco }}
      </button>
      @if (failure(); as failure) {
        <p role="alert" class="failure">{{ failure }}</p>
      }
    </form>
  `,
  styles: `
    .winners-form {
      display: grid;
      gap: 4px;
      max-width: 640px;
      margin-top: 16px;
    }
    .failure {
      color: var(--mat-sys-error);
    }
  `,
})
export class WinnersForm {
  readonly challengeId = input.required<string>();
  readonly problemId = input.required<string>();
  readonly ranking = input.required<RankedIdea[]>();
  readonly winners = input.required<number>();
  readonly decided = output<void>();
  private readonly api = inject(ChallengesApi);
  private readonly locales = inject(LocaleService);
  private readonly transloco = inject(TranslocoService);
  private readonly picked = signal<string[] | null>(null);
  protected readonly chosen = computed(
    () =>
      this.picked() ??
      this.ranking()
        .slice(0, this.winners())
        .map((r) => r.ideaId),
  );
  protected reason = '';
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected toggle(ideaId: string, checked: boolean): void {
    const rest = this.chosen().filter((id) => id !== ideaId);
    this.picked.set(checked ? [...rest, ideaId] : rest);
  }

  protected submit(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.api
      .decideWinners(this.challengeId(), { problemId: this.problemId(), ideaIds: this.chosen(), reason: this.reason.trim() })
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.decided.emit();
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.failure.set(describeFailure(error, this.locales.locale(), this.transloco));
        },
      });
  }
}
