import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Commission, GROUP_TEXT_LIMITS, Milestone } from '@cocrea/contracts';
import { can, commissionDay } from '@cocrea/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { map, of, switchMap, tap } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { MexicanDateInput } from '../core/forms/mexican-date-input';
import { applyServerErrors, problemMessage } from '../core/http/server-errors';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { GroupsApi } from './groups.api';
import { CalendarDayPipe } from '../core/i18n/calendar-day';
import { CurrentCommission } from '../core/commission/current-commission';

/**
 * The commission's roadmap: every group's and every commitment's milestones on one timeline; the chair adds a
 * commitment's milestone (one of the whole commission, with no group) here.
 */
@Component({
  selector: 'cc-roadmap-page',
  imports: [
    RouterLink,
    ReactiveFormsModule,
    CalendarDayPipe,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatProgressBar,
    MexicanDateInput,
    TranslocoPipe,
    ErrorPanel,
  ],
  templateUrl: './roadmap.page.html',
  styleUrl: './groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoadmapPage {
  private readonly api = inject(GroupsApi);
  private readonly commissionChoice = inject(CurrentCommission);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly milestones = signal<Milestone[] | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly overdueCount = computed(() => this.milestones()?.filter((m) => m.overdue).length ?? 0);
  protected readonly notice = signal<{ key: string; params: Record<string, string> } | null>(null);
  protected readonly actionError = signal<string | null>(null);
  private readonly me = inject(AuthService).me;
  private readonly commission = signal<Commission | null>(null);
  /** Whoever may complete a commitment's milestone may add one (the server checks the same grant). */
  protected readonly canAdd = computed(() => {
    const me = this.me();
    const commission = this.commission();
    return me !== null && commission !== null && can(me, 'groups.write', commission.id);
  });
  protected readonly limits = GROUP_TEXT_LIMITS;
  protected readonly form = new FormGroup({
    commitment: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(120)] }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(GROUP_TEXT_LIMITS.title)],
    }),
    dueOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  /** Resetting through the directive also clears its submitted state, so the emptied form shows no errors. */
  private readonly formDirective = viewChild('formDir', { read: FormGroupDirective });

  /**
   * A commitment's milestone (no group) is the chair's to complete, as the server checks with the same rule;
   * a group's milestone is completed on its group page by the coordination.
   */
  protected canComplete(milestone: Milestone): boolean {
    const me = this.me();
    return !milestone.completedOn && milestone.groupId === null && me !== null && can(me, 'groups.write', milestone.commissionId);
  }

  protected complete(milestone: Milestone): void {
    this.notice.set(null);
    this.actionError.set(null);
    this.api.updateMilestone(milestone.id, { completedOn: commissionDay() }).subscribe({
      next: (updated) => {
        this.milestones.update((list) => list?.map((m) => (m.id === updated.id ? updated : m)) ?? null);
        this.notice.set({ key: 'groups.notices.milestoneDone', params: { title: updated.title } });
      },
      error: (error: unknown) => this.actionError.set(problemMessage(error, this.locale()) ?? 'errors.generic'),
    });
  }

  protected add(): void {
    const commission = this.commission();
    if (!commission || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.notice.set(null);
    this.actionError.set(null);
    const { commitment, title, dueOn } = this.form.getRawValue();
    this.api.createCommissionMilestone(commission.id, { title, dueOn, commitment: commitment.trim() || undefined }).subscribe({
      next: (created) => {
        this.milestones.update((list) => [...(list ?? []), created].sort((a, b) => a.dueOn.localeCompare(b.dueOn)));
        this.notice.set({ key: 'groups.notices.milestoneCreated', params: {} });
        this.formDirective()?.resetForm();
      },
      error: (error: unknown) => {
        if (applyServerErrors(this.form, error, this.locale())) return;
        this.actionError.set(problemMessage(error, this.locale()) ?? 'errors.generic');
      },
    });
  }

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.commissionChoice
      .chosen()
      .pipe(
        tap((commission) => this.commission.set(commission)),
        switchMap((commission) => (commission ? this.api.roadmap(commission.id).pipe(map((page) => page.items)) : of([]))),
      )
      .subscribe({
        next: (milestones) => {
          this.milestones.set(milestones);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.error.set(error);
          this.loading.set(false);
        },
      });
  }
}
