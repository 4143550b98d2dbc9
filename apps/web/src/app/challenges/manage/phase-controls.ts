import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ChallengePhase, PublicChallenge, PublicChallengePhase } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter, switchMap } from 'rxjs';
import { describeFailure } from '../../account/describe-failure';
import { FocusInvalid } from '../../core/forms/focus-invalid';
import { MexicanDateInput } from '../../core/forms/mexican-date-input';
import { CommissionTimePipe } from '../../core/i18n/commission-time.pipe';
import { LocaleService } from '../../core/i18n/locale.service';
import { mexicoCityIso } from '../../core/i18n/mexico-city-time';
import { confirmAction } from '../../core/ui/confirm-dialog';
import { ChallengesApi } from '../challenges.api';
import { mexicoCityLocal } from '../launch/phase-calendar';

/**
 * Moving a challenge on, for its managers: close the open phase now (the next one opens at once) or change a phase's
 * dates and rules. The server keeps the calendar in order and logs each change; its refusal is shown in words.
 */
@Component({
  selector: 'cc-phase-controls',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    TranslocoPipe,
    CommissionTimePipe,
    FocusInvalid,
    MexicanDateInput,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 id="manage-phases">{{ 'challenges.manage.phases' | transloco }}</h3>
    <ul class="phases" aria-labelledby="manage-phases">
      @for (p of challenge().phases; track p.phase) {
        <li class="phase">
          <div class="phase__line">
            <strong>{{ 'challenges.phases.' + p.phase | transloco }}</strong>
            @if (challenge().currentPhases.includes(p.phase)) {
              <span class="chip">{{ 'challenges.challenge.open' | transloco }}</span>
            }
            <span class="muted">{{ p.opensAt | commissionTime: locale() }} – {{ p.closesAt | commissionTime: locale() }}</span>
          </div>
          <div class="phase__actions">
            @if (challenge().currentPhases.includes(p.phase)) {
              <button mat-flat-button type="button" [disabled]="busy()" (click)="close(p.phase)">
                {{ 'challenges.manage.closeNow' | transloco: { phase: ('challenges.phases.' + p.phase | transloco) } }}
              </button>
            }
            <button mat-stroked-button type="button" [attr.aria-expanded]="editing() === p.phase" (click)="edit(p)">
              {{ 'challenges.manage.editDates' | transloco: { phase: ('challenges.phases.' + p.phase | transloco) } }}
            </button>
          </div>
          @if (editing() === p.phase) {
            <form ccFocusInvalid class="dates" [formGroup]="form" (ngSubmit)="save(p.phase)" novalidate>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'challenges.launch.opensAt' | transloco }}</mat-label>
                <input matInput ccMexicanDate withTime formControlName="opensAt" required [id]="'edit-' + p.phase + '-opens'" />
                <mat-error>{{ 'challenges.launch.dateRequired' | transloco }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'challenges.launch.closesAt' | transloco }}</mat-label>
                <input matInput ccMexicanDate withTime formControlName="closesAt" required />
                <mat-error>{{ 'challenges.launch.dateRequired' | transloco }}</mat-error>
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
                <mat-label>{{ 'challenges.launch.rules' | transloco }}</mat-label>
                <textarea matInput formControlName="rules" rows="2"></textarea>
              </mat-form-field>
              <div class="phase__actions">
                <button mat-flat-button type="submit" [disabled]="busy()">{{ 'challenges.manage.saveDates' | transloco }}</button>
                <button mat-button type="button" (click)="editing.set(null)">{{ 'groups.dialog.cancel' | transloco }}</button>
              </div>
            </form>
          }
        </li>
      }
    </ul>
    <p role="status" class="note">{{ done() }}</p>
    @if (failure(); as failure) {
      <p role="alert" class="failure" tabindex="-1" id="phase-failure">{{ failure }}</p>
    }
  `,
  styleUrls: ['../../portal/portal.scss', './manage.scss'],
})
export class PhaseControls {
  readonly challenge = input.required<PublicChallenge>();
  readonly changed = output<void>();
  private readonly api = inject(ChallengesApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly busy = signal(false);
  protected readonly editing = signal<ChallengePhase | null>(null);
  protected readonly done = signal('');
  protected readonly failure = signal<string | null>(null);
  protected readonly form = new FormGroup({
    opensAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    closesAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    rules: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
  });

  protected edit(p: PublicChallengePhase): void {
    this.form.reset({ opensAt: mexicoCityLocal(p.opensAt), closesAt: mexicoCityLocal(p.closesAt), rules: p.rules });
    this.editing.set(p.phase);
    setTimeout(() => document.getElementById(`edit-${p.phase}-opens`)?.focus());
  }

  protected close(phase: ChallengePhase): void {
    const name = this.transloco.translate(`challenges.phases.${phase}`);
    confirmAction(this.dialog, {
      title: 'challenges.manage.closeTitle',
      message: 'challenges.manage.closeMessage',
      confirm: 'challenges.manage.closeConfirm',
      params: { phase: name },
    })
      .pipe(
        filter((answer) => !!answer),
        switchMap(() => this.start(this.api.closePhase(this.challenge().id, phase))),
      )
      .subscribe(this.finish(this.transloco.translate('challenges.manage.closed', { phase: name })));
  }

  protected save(phase: ChallengePhase): void {
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.start(
      this.api.changePhaseDates(this.challenge().id, {
        phase,
        opensAt: mexicoCityIso(v.opensAt),
        closesAt: mexicoCityIso(v.closesAt),
        rules: v.rules.trim(),
      }),
    ).subscribe(
      this.finish(this.transloco.translate('challenges.manage.saved', { phase: this.transloco.translate(`challenges.phases.${phase}`) })),
    );
  }

  private start<T>(call: T): T {
    this.busy.set(true);
    this.failure.set(null);
    this.done.set('');
    return call;
  }

  private finish(message: string) {
    return {
      next: () => {
        this.busy.set(false);
        this.editing.set(null);
        this.done.set(message);
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeFailure(error, this.locale(), this.transloco));
        setTimeout(() => document.getElementById('phase-failure')?.focus());
      },
    };
  }
}
