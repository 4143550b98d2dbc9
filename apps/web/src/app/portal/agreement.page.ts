import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { calendarDay } from '../core/i18n/calendar-day';
import { mexicoCityDate } from '../core/i18n/mexico-city-time';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { PrintButton } from '../core/ui/print-button';
import { AdoptedBy } from '../core/i18n/adopted-by';

/**
 * One agreement by its stable number (or id): its text (with the text as adopted and each correction, when it was
 * corrected), how it was adopted, and its follow-up with evidence.
 */
@Component({
  selector: 'cc-portal-agreement-page',
  imports: [AdoptedBy, RouterLink, MatProgressBar, TranslocoPipe, ErrorPanel, PrintButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    @if (agreement.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (agreement.error(); as error) {
      <h1 tabindex="-1">{{ 'portal.agreement.pageTitle' | transloco }}</h1>
      <cc-error-panel [error]="error" heading="portal.agreement.loadError" (retry)="agreement.reload()" />
    } @else if (agreement.value(); as a) {
      <div class="heading">
        <h1 tabindex="-1">{{ 'portal.agreement.title' | transloco: { number: a.number } }}</h1>
        <cc-print-button />
      </div>
      <p class="agreement-text">{{ a.text }}</p>
      @if (a.adoptedText !== a.text) {
        <section [attr.aria-label]="'record.agreement.history' | transloco">
          <p>
            <strong>{{ 'record.agreement.adopted' | transloco }}</strong> {{ a.adoptedText }}
          </p>
          <ul class="list">
            @for (r of a.revisions; track r.at) {
              @if (r.kind === 'correction') {
                <li>
                  <span class="muted">{{ day(r.at) }}</span>
                  {{ 'record.agreement.correctedBecause' | transloco: { reason: r.reason } }}
                  <span>{{ r.textAfter }}</span>
                </li>
              }
            }
          </ul>
        </section>
      }
      <dl>
        <dt>{{ 'portal.agreement.session' | transloco }}</dt>
        <dd>
          <a [routerLink]="['/portal/sessions', a.meetingId]">{{ a.meetingTitle }}</a> · {{ day(a.meetingDate) }}
        </dd>
        <dt>{{ 'portal.agreement.adoptedBy' | transloco }}</dt>
        <dd><cc-adopted-by [agreement]="a" /></dd>
        <dt>{{ 'portal.agreement.status' | transloco }}</dt>
        <dd>{{ 'voting.agreementStatuses.' + a.status | transloco }}</dd>
        @if (a.responsible) {
          <dt>{{ 'portal.agreement.responsible' | transloco }}</dt>
          <dd>{{ a.responsible }}</dd>
        }
        @if (a.dueOn) {
          <dt>{{ 'portal.agreement.dueOn' | transloco }}</dt>
          <dd>{{ a.dueOn }}</dd>
        }
      </dl>
      <h2>{{ 'portal.agreement.followUp' | transloco }}</h2>
      @if (a.followUp.length === 0) {
        <p>{{ 'portal.agreement.noNotes' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (n of a.followUp; track n.id) {
            <li>
              <span class="muted">{{ dayOf(n.createdAt) }}</span>
              @if (n.statusTo) {
                <span class="chip">{{ 'voting.agreementStatuses.' + n.statusTo | transloco }}</span>
              }
              @for (e of n.evidence; track e.id) {
                <a [href]="e.url">{{ e.filename }}</a>
              }
            </li>
          }
        </ul>
      }
    }
  `,
})
export class PortalAgreementPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly agreement = loadFrom(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id') ?? '')), (id) =>
    this.api.agreement(id),
  );

  protected day(day: string): string {
    return calendarDay(day, this.locale());
  }

  protected dayOf(instant: string): string {
    return mexicoCityDate(instant, this.locale());
  }
}
