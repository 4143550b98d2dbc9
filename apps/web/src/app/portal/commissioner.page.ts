import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AttendanceStatus } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { combineLatest, map } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { calendarDay } from '../core/i18n/calendar-day';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { PublicVotingRecord } from './portal.types';
import { loadFrom } from '../core/ui/load-from';
import { PrintButton } from '../core/ui/print-button';

export interface YearAttendance {
  year: number;
  sessions: number;
  /** Present, late or represented: the member's voting right was in the room. */
  attended: number;
  counts: Record<AttendanceStatus, number>;
}

/** Attendance over time: one row per year, newest first. */
export function attendanceByYear(record: PublicVotingRecord | null): YearAttendance[] {
  const years = new Map<number, YearAttendance>();
  for (const a of record?.attendance ?? []) {
    const year = Number(a.date.slice(0, 4));
    const row = years.get(year) ?? { year, sessions: 0, attended: 0, counts: { present: 0, represented: 0, late: 0, absent: 0 } };
    row.sessions++;
    row.counts[a.status]++;
    if (a.status !== 'absent') row.attended++;
    years.set(year, row);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** A commissioner's voting record: attendance and named votes per session and over time, with agreement numbers. */
@Component({
  selector: 'cc-portal-commissioner-page',
  imports: [RouterLink, MatProgressBar, TranslocoPipe, ErrorPanel, PrintButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    @if (record.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (record.error(); as error) {
      <h1 tabindex="-1">{{ 'portal.commissioner.pageTitle' | transloco }}</h1>
      <cc-error-panel [error]="error" heading="portal.commissioner.loadError" (retry)="record.reload()" />
    } @else if (record.value(); as r) {
      <div class="heading">
        <h1 tabindex="-1">{{ r.name }}</h1>
        <cc-print-button />
      </div>
      <p class="lead">
        {{ r.organization ?? '' }}
        @if (r.state) {
          · {{ r.state }}
        }
      </p>

      <h2>{{ 'portal.commissioner.overTime' | transloco }}</h2>
      @if (years().length === 0) {
        <p>{{ 'portal.commissioner.noSessions' | transloco }}</p>
      } @else {
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{{ 'portal.commissioner.year' | transloco }}</th>
                <th scope="col">{{ 'portal.commissioner.sessions' | transloco }}</th>
                <th scope="col">{{ 'sessions.attendance.present' | transloco }}</th>
                <th scope="col">{{ 'sessions.attendance.represented' | transloco }}</th>
                <th scope="col">{{ 'sessions.attendance.late' | transloco }}</th>
                <th scope="col">{{ 'sessions.attendance.absent' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (y of years(); track y.year) {
                <tr>
                  <th scope="row">{{ y.year }}</th>
                  <td>{{ y.sessions }}</td>
                  <td>{{ y.counts.present }}</td>
                  <td>{{ y.counts.represented }}</td>
                  <td>{{ y.counts.late }}</td>
                  <td>{{ y.counts.absent }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }

      <h2>{{ 'portal.commissioner.attendance' | transloco }}</h2>
      @if (r.attendance.length > 0) {
        <ul class="list">
          @for (a of r.attendance; track a.meetingId) {
            <li>
              <a class="list__title" [routerLink]="['/portal/sessions', a.meetingId]">{{ a.meetingTitle }}</a>
              <span class="muted">{{ day(a.date) }}</span>
              <span class="chip">{{ 'sessions.attendance.' + a.status | transloco }}</span>
              @if (a.representedBy) {
                <span>{{ 'portal.commissioner.representedBy' | transloco: { name: a.representedBy } }}</span>
              }
            </li>
          }
        </ul>
      }

      <h2>{{ 'portal.commissioner.votes' | transloco }}</h2>
      @if (r.votes.length === 0) {
        <p>{{ 'portal.commissioner.noVotes' | transloco }}</p>
      } @else {
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{{ 'portal.commissioner.session' | transloco }}</th>
                <th scope="col">{{ 'portal.commissioner.subject' | transloco }}</th>
                <th scope="col">{{ 'portal.session.choice' | transloco }}</th>
                <th scope="col">{{ 'portal.commissioner.agreement' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (v of r.votes; track v.pollId) {
                <tr>
                  <td>
                    <a [routerLink]="['/portal/sessions', v.meetingId]">{{ v.meetingTitle }}</a>
                  </td>
                  <th scope="row">{{ v.subject }}</th>
                  <td>
                    {{ v.choice }}
                    @if (v.castBy) {
                      <span class="muted">({{ 'portal.commissioner.castBy' | transloco: { name: v.castBy } }})</span>
                    }
                  </td>
                  <td>
                    @if (v.agreementNumber) {
                      <a [routerLink]="['/portal/agreements', v.agreementNumber]">{{ v.agreementNumber }}</a>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
})
export class PortalCommissionerPage {
  private readonly api = inject(PortalApi);
  private readonly locale = inject(LocaleService).locale;
  private readonly route = inject(ActivatedRoute);
  /** The member's record, over one commission's sessions when the link came from that commission (`?commissionId=`). */
  protected readonly record = loadFrom(
    combineLatest([this.route.paramMap, this.route.queryParamMap]).pipe(
      map(([params, query]) => ({ id: params.get('id') ?? '', commissionId: query.get('commissionId') })),
    ),
    ({ id, commissionId }) => this.api.votingRecord(id, commissionId),
  );
  protected readonly years = computed(() => attendanceByYear(this.record.value()));

  protected day(day: string): string {
    return calendarDay(day, this.locale());
  }
}
