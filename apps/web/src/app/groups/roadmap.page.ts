import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Milestone } from '@cocrea/contracts';
import { can, commissionDay } from '@cocrea/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { map, of, switchMap } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { problemMessage } from '../core/http/server-errors';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { GroupsApi } from './groups.api';
import { CalendarDayPipe } from '../core/i18n/calendar-day';
import { CurrentCommission } from '../core/commission/current-commission';

/** The commission's roadmap: every group's and every commitment's milestones on one timeline. */
@Component({
  selector: 'cc-roadmap-page',
  imports: [RouterLink, CalendarDayPipe, MatButton, MatProgressBar, TranslocoPipe, ErrorPanel],
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

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.commissionChoice
      .chosen()
      .pipe(switchMap((commission) => (commission ? this.api.roadmap(commission.id).pipe(map((page) => page.items)) : of([]))))
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
