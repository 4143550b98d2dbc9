import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { PILOT_STATUSES, PilotStatus, PublicPilot } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { describeFailure } from '../../account/describe-failure';
import { FocusInvalid } from '../../core/forms/focus-invalid';
import { MexicanDateInput } from '../../core/forms/mexican-date-input';
import { CalendarDayPipe } from '../../core/i18n/calendar-day';
import { LocaleService } from '../../core/i18n/locale.service';
import { ChallengesApi } from '../challenges.api';
import { mexicoCityLocal } from '../launch/phase-calendar';

/**
 * A pilot followed by its team (the challenge's managers) until done: its status, its milestones with their due
 * days, and each milestone marked done with its evidence (a link or a description), which the portal then shows.
 */
@Component({
  selector: 'cc-pilot-follow',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    TranslocoPipe,
    FocusInvalid,
    MexicanDateInput,
    CalendarDayPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="follow" aria-labelledby="pilot-follow">
      <h3 id="pilot-follow">{{ 'challenges.pilot.heading' | transloco }}</h3>
      <form class="picker picker--narrow" [formGroup]="statusForm" (ngSubmit)="saveStatus()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'challenges.pilot.status' | transloco }}</mat-label>
          <select matNativeControl formControlName="status">
            @for (s of statuses; track s) {
              <option [value]="s">{{ 'challenges.pilotStatuses.' + s | transloco }}</option>
            }
          </select>
        </mat-form-field>
        <div>
          <button mat-stroked-button type="submit" [disabled]="busy()">{{ 'challenges.pilot.saveStatus' | transloco }}</button>
        </div>
      </form>

      <h4>{{ 'challenges.pilot.pending' | transloco }}</h4>
      <ul class="phases">
        @for (m of pending(); track m.id) {
          <li class="phase">
            <div class="phase__line">
              <span class="muted">{{ m.dueOn | calendarDay: locale() }}</span>
              <strong>{{ m.title }}</strong>
              <button mat-stroked-button type="button" [attr.aria-expanded]="marking() === m.id" (click)="mark(m.id)">
                {{ 'challenges.pilot.markDone' | transloco: { title: m.title } }}
              </button>
            </div>
            @if (marking() === m.id) {
              <form ccFocusInvalid class="dates" [formGroup]="doneForm" (ngSubmit)="saveDone(m.id)" novalidate>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'challenges.pilot.doneOn' | transloco }}</mat-label>
                  <input matInput ccMexicanDate formControlName="doneOn" required [id]="'done-' + m.id" />
                  <mat-error>{{ 'challenges.launch.dateRequired' | transloco }}</mat-error>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
                  <mat-label>{{ 'challenges.pilot.evidence' | transloco }}</mat-label>
                  <textarea matInput formControlName="evidence" rows="2" required></textarea>
                  <mat-hint>{{ 'challenges.pilot.evidenceHint' | transloco }}</mat-hint>
                  <mat-error>{{ 'challenges.form.required' | transloco }}</mat-error>
                </mat-form-field>
                <div class="phase__actions">
                  <button mat-flat-button type="submit" [disabled]="busy()">{{ 'challenges.pilot.saveDone' | transloco }}</button>
                  <button mat-button type="button" (click)="marking.set(null)">{{ 'groups.dialog.cancel' | transloco }}</button>
                </div>
              </form>
            }
          </li>
        } @empty {
          <li class="empty">{{ 'challenges.pilot.nonePending' | transloco }}</li>
        }
      </ul>

      <form ccFocusInvalid class="dates" [formGroup]="milestoneForm" (ngSubmit)="addMilestone()" novalidate>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
          <mat-label>{{ 'challenges.pilot.milestone' | transloco }}</mat-label>
          <input matInput formControlName="title" required />
          <mat-error>{{ 'challenges.form.required' | transloco }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'challenges.pilot.dueOn' | transloco }}</mat-label>
          <input matInput ccMexicanDate formControlName="dueOn" required />
          <mat-error>{{ 'challenges.launch.dateRequired' | transloco }}</mat-error>
        </mat-form-field>
        <div>
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'challenges.pilot.addMilestone' | transloco }}</button>
        </div>
      </form>
      <p role="status" class="note">{{ done() }}</p>
      @if (failure(); as failure) {
        <p role="alert" class="failure">{{ failure }}</p>
      }
    </section>
  `,
  styleUrls: ['../../portal/portal.scss', './manage.scss'],
})
export class PilotFollow implements OnInit {
  readonly pilot = input.required<PublicPilot>();
  readonly changed = output<void>();
  private readonly api = inject(ChallengesApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly statuses = PILOT_STATUSES;
  /** The milestones still to reach: those done are on the portal's list just above. */
  protected readonly pending = computed(() => this.pilot().milestones.filter((m) => !m.doneOn));
  protected readonly busy = signal(false);
  protected readonly marking = signal<string | null>(null);
  protected readonly done = signal('');
  protected readonly failure = signal<string | null>(null);
  protected readonly statusForm = new FormGroup({ status: new FormControl<PilotStatus>('planned', { nonNullable: true }) });
  protected readonly doneForm = new FormGroup({
    doneOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    evidence: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
  });
  protected readonly milestoneForm = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    dueOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  ngOnInit(): void {
    this.statusForm.setValue({ status: this.pilot().status });
  }

  protected saveStatus(): void {
    const { status } = this.statusForm.getRawValue();
    this.run(this.api.setPilotStatus(this.pilot().id, status), 'challenges.pilot.statusSaved');
  }

  protected mark(milestoneId: string): void {
    this.doneForm.reset({ doneOn: mexicoCityLocal(new Date()).slice(0, 10), evidence: '' });
    this.marking.set(milestoneId);
    setTimeout(() => document.getElementById(`done-${milestoneId}`)?.focus());
  }

  protected saveDone(milestoneId: string): void {
    if (this.doneForm.invalid) return;
    const { doneOn, evidence } = this.doneForm.getRawValue();
    this.run(this.api.markMilestoneDone(milestoneId, { doneOn, evidence: evidence.trim() }), 'challenges.pilot.doneSaved', () =>
      this.marking.set(null),
    );
  }

  protected addMilestone(): void {
    if (this.milestoneForm.invalid) return;
    const { title, dueOn } = this.milestoneForm.getRawValue();
    this.run(this.api.addMilestone(this.pilot().id, { title: title.trim(), dueOn }), 'challenges.pilot.milestoneAdded', () =>
      this.milestoneForm.reset(),
    );
  }

  private run(call: Observable<unknown>, message: string, after: () => void = () => undefined): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.done.set('');
    call.subscribe({
      next: () => {
        this.busy.set(false);
        after();
        this.done.set(this.transloco.translate(message));
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeFailure(error, this.locale(), this.transloco));
      },
    });
  }
}
