import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Milestone } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { map, of, switchMap } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { GroupsApi } from './groups.api';

/** The commission's roadmap: every group's and every commitment's milestones on one timeline. */
@Component({
  selector: 'cc-roadmap-page',
  imports: [RouterLink, DatePipe, MatProgressBar, TranslocoPipe, ErrorPanel],
  templateUrl: './roadmap.page.html',
  styleUrl: './groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoadmapPage {
  private readonly api = inject(GroupsApi);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly milestones = signal<Milestone[] | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly overdueCount = computed(() => this.milestones()?.filter((m) => m.overdue).length ?? 0);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .firstCommission()
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
