import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { HomeView } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { holdsVotes } from '../core/auth/access';
import { AuthService } from '../core/auth/auth.service';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';
import { AccountApi } from './account.api';
import { CalendarDayPipe } from '../core/i18n/calendar-day';

/** `/inicio`: the landing page after sign-in, what is next for this person; each empty list says what to do. */
@Component({
  selector: 'cc-home-page',
  imports: [RouterLink, CalendarDayPipe, MatAnchor, MatProgressBar, TranslocoPipe, ErrorPanel, CommissionTimePipe],
  templateUrl: './home.page.html',
  styleUrl: './account.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly api = inject(AccountApi);
  protected readonly me = inject(AuthService).me;
  /**
   * The open polls card is for people with a vote of their own, and for anyone a poll is open for now (a
   * representative, through a letter); a partner is not shown a card that can never fill.
   */
  protected readonly showsPolls = computed(() => holdsVotes(this.me()) || !!this.home()?.openPolls.length);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly home = signal<HomeView | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly owesNothing = computed(() => {
    const home = this.home();
    return (
      !!home && home.myDue.length + home.myAgreements.length + home.toDecide.inputsToReview.length + home.toDecide.joinRequests.length === 0
    );
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.home().subscribe({
      next: (home) => {
        this.home.set(home);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(error);
        this.loading.set(false);
      },
    });
  }

  protected isOverdue(dueOn: string, today: string): boolean {
    return dueOn < today;
  }
}
