import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map, startWith, switchMap } from 'rxjs';
import { FocusInvalid } from '../../core/forms/focus-invalid';
import { MexicanDateInput } from '../../core/forms/mexican-date-input';
import { mexicoCityDateTime, mexicoCityIso } from '../../core/i18n/mexico-city-time';
import { LocaleService } from '../../core/i18n/locale.service';
import { ErrorPanel } from '../../core/ui/error-panel';
import { confirmAction } from '../../core/ui/confirm-dialog';
import { ChallengesApi } from '../challenges.api';
import { launchForm, launchInput, problemForm, revalidateLinked, weightSum } from './launch-form';

/**
 * `/retos/nuevo`: an institution (the chair, the secretary, an administrator) launches an open challenge: its problems
 * (each with its institution, context and data), the seven phases with their dates and rules, the support limit,
 * winners per problem and the criteria's weights. After a confirmation it opens the challenge's page.
 */
@Component({
  selector: 'cc-challenge-launch-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatButton,
    TranslocoPipe,
    ErrorPanel,
    FocusInvalid,
    MexicanDateInput,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './challenge-launch.page.html',
  styleUrl: './challenge-launch.page.scss',
})
export class ChallengeLaunchPage {
  private readonly api = inject(ChallengesApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  protected readonly locale = inject(LocaleService).locale;

  protected readonly form = launchForm();
  protected readonly problems = this.form.controls.problems;
  protected readonly phases = this.form.controls.phases;
  protected readonly criteria = ['support', 'feasibility', 'jury'] as const;
  protected readonly saving = signal(false);
  protected readonly error = signal<unknown>(null);

  private readonly values = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    {
      requireSync: true,
    },
  );
  protected readonly weightTotal = computed(() => (this.values(), weightSum(this.form.controls.weights)));
  /** The institutions typed so far, offered again for the next problem. */
  protected readonly institutions = computed(() => [
    ...new Set(
      this.values()
        .problems.map((p) => p.institution.trim())
        .filter(Boolean),
    ),
  ]);

  constructor() {
    this.form.valueChanges.subscribe(() => revalidateLinked(this.form));
  }

  protected addProblem(): void {
    const last = this.problems.at(this.problems.length - 1);
    this.problems.push(problemForm(last?.controls.institution.value ?? ''));
    // Focus follows the action: to the new problem's first field once it is on screen.
    setTimeout(() => document.getElementById(`problem-${this.problems.length - 1}-institution`)?.focus());
  }

  protected removeProblem(index: number): void {
    this.problems.removeAt(index);
    setTimeout(() => document.getElementById(`problem-${Math.max(0, index - 1)}-title`)?.focus());
  }

  protected submit(): void {
    revalidateLinked(this.form);
    if (this.form.invalid || this.saving()) return;
    const input = launchInput(this.form);
    const ideas = this.form.controls.phases.at(0).controls.opensAt.value;
    confirmAction(this.dialog, {
      title: 'challenges.launch.confirmTitle',
      message: 'challenges.launch.confirmMessage',
      confirm: 'challenges.launch.confirm',
      params: {
        title: input.title,
        problems: String(input.problems.length),
        opens: mexicoCityDateTime(mexicoCityIso(ideas), this.locale()),
      },
    })
      .pipe(
        filter((answer) => !!answer),
        switchMap(() => {
          this.saving.set(true);
          this.error.set(null);
          return this.api.launch(input);
        }),
      )
      .subscribe({
        next: ({ id }) => void this.router.navigate(['/portal/challenges', id]),
        error: (error: unknown) => {
          this.saving.set(false);
          this.error.set(error);
        },
      });
  }
}
