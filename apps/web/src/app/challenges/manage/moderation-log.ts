import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { ChallengeModerationEntry } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CommissionTimePipe } from '../../core/i18n/commission-time.pipe';
import { LocaleService } from '../../core/i18n/locale.service';
import { mexicoCityDateTime } from '../../core/i18n/mexico-city-time';
import { loadFrom } from '../../core/ui/load-from';
import { ChallengesApi } from '../challenges.api';

/** The challenge's moderation log for its managers: who named whom, moved which phase, answered which idea, and when. */
@Component({
  selector: 'cc-moderation-log',
  imports: [MatButton, TranslocoPipe, CommissionTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="phase__line">
      <h3 id="moderation-log">{{ 'challenges.manage.log' | transloco }}</h3>
      <button mat-button type="button" (click)="log.reload()">{{ 'challenges.manage.refresh' | transloco }}</button>
    </div>
    @if (log.error()) {
      <p role="alert" class="failure">{{ 'challenges.manage.logError' | transloco }}</p>
    } @else if (log.value(); as entries) {
      @if (entries.length === 0) {
        <p class="empty">{{ 'challenges.manage.logEmpty' | transloco }}</p>
      } @else {
        <ol class="list" aria-labelledby="moderation-log">
          @for (e of showAll() ? entries : entries.slice(0, shown); track e.id) {
            <li>
              <span class="muted">{{ e.at | commissionTime: locale() }} · {{ e.actor }}</span>
              <span>{{ 'challenges.log.' + e.action | transloco: words(e) }}</span>
            </li>
          }
        </ol>
        @if (entries.length > shown && !showAll()) {
          <button mat-button type="button" (click)="showAll.set(true)">
            {{ 'challenges.manage.logAll' | transloco: { count: entries.length } }}
          </button>
        }
      }
    }
  `,
  styleUrls: ['../../portal/portal.scss', './manage.scss'],
})
export class ModerationLog {
  readonly challengeId = input.required<string>();
  private readonly api = inject(ChallengesApi);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly log = loadFrom(toObservable(this.challengeId), (id) => this.api.moderationLog(id));

  private readonly transloco = inject(TranslocoService);
  /** The newest entries; the rest on request, so a long challenge's log does not bury the page. */
  protected readonly shown = 20;
  protected readonly showAll = signal(false);

  reload(): void {
    this.log.reload();
  }

  /** The entry's details in words: phases, roles and outcomes by their names, instants in Mexico City time. */
  protected words(entry: ChallengeModerationEntry): Record<string, string> {
    const named: Record<string, string> = { phase: 'phases', role: 'roles', outcome: 'statuses', reason: 'reasons' };
    return Object.fromEntries(
      Object.entries(entry.detail).map(([key, value]) => {
        if (named[key]) return [key, this.transloco.translate(`challenges.${named[key]}.${value}`)];
        if (['opensAt', 'closesAt', 'closedAt'].includes(key)) return [key, mexicoCityDateTime(value, this.locale())];
        return [key, value];
      }),
    );
  }
}
