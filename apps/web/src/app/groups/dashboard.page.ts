import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { GroupsDashboard } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { switchMap } from 'rxjs';
import { CurrentCommission } from '../core/commission/current-commission';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { GroupsApi } from './groups.api';
import { CalendarDayPipe } from '../core/i18n/calendar-day';

/** What needs the coordinator now in the chosen commission: overdue and upcoming dates, inputs to answer, people asking to join. */
@Component({
  selector: 'cc-groups-dashboard-page',
  imports: [RouterLink, CalendarDayPipe, NgTemplateOutlet, MatProgressBar, TranslocoPipe, ErrorPanel],
  templateUrl: './dashboard.page.html',
  styleUrl: './groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(GroupsApi);
  private readonly commissions = inject(CurrentCommission);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly dashboard = signal<GroupsDashboard | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.commissions
      .chosen()
      .pipe(switchMap((commission) => this.api.dashboard(commission?.id ?? null)))
      .subscribe({
        next: (dashboard) => {
          this.dashboard.set(dashboard);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.error.set(error);
          this.loading.set(false);
        },
      });
  }
}
