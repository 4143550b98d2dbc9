import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { CalendarDayPipe } from '../core/i18n/calendar-day';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { PortalApi } from './portal.api';
import { loadFrom } from '../core/ui/load-from';
import { PrintButton } from '../core/ui/print-button';

/** One working group: who takes part, its deliverables with their progress, and its milestones. */
@Component({
  selector: 'cc-portal-group-page',
  imports: [RouterLink, MatProgressBar, TranslocoPipe, ErrorPanel, PrintButton, CalendarDayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './portal.scss',
  template: `
    @if (group.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (group.error(); as error) {
      <h1 tabindex="-1">{{ 'portal.group.pageTitle' | transloco }}</h1>
      <cc-error-panel [error]="error" heading="portal.group.loadError" (retry)="group.reload()" />
    } @else if (group.value(); as g) {
      <div class="heading">
        <h1 tabindex="-1">{{ g.name }}</h1>
        <cc-print-button />
      </div>
      <p class="lead">{{ g.purpose }}</p>
      <p>{{ 'portal.progress' | transloco: { percent: g.progress } }}</p>

      <h2>{{ 'portal.group.deliverables' | transloco }}</h2>
      @if (g.deliverables.length === 0) {
        <p>{{ 'portal.group.noDeliverables' | transloco }}</p>
      } @else {
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{{ 'portal.group.deliverable' | transloco }}</th>
                <th scope="col">{{ 'portal.group.status' | transloco }}</th>
                <th scope="col">{{ 'portal.group.due' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (d of g.deliverables; track d.id) {
                <tr>
                  <th scope="row">
                    {{ d.title }} <span class="muted">({{ 'groups.kinds.' + d.kind | transloco }})</span>
                  </th>
                  <td>
                    {{ 'groups.statuses.' + d.status | transloco }} ·
                    {{
                      (d.progressBasis === 'set' ? 'groups.deliverable.progressSet' : 'groups.deliverable.progressByStatus')
                        | transloco: { progress: d.progress }
                    }}
                  </td>
                  <td>{{ d.dueOn ? (d.dueOn | calendarDay: locale()) : '—' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }

      <h2>{{ 'portal.group.milestones' | transloco }}</h2>
      @if (g.milestones.length === 0) {
        <p>{{ 'portal.group.noMilestones' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (m of g.milestones; track m.id) {
            <li>
              <span class="muted">{{ m.dueOn | calendarDay: locale() }}</span>
              <span>{{ m.title }}</span>
              @if (m.completedOn) {
                <span class="chip">{{ 'portal.group.done' | transloco: { date: m.completedOn | calendarDay: locale() } }}</span>
              }
            </li>
          }
        </ul>
      }

      <h2>{{ 'portal.group.documents' | transloco }}</h2>
      @if (g.documents.length === 0) {
        <p>{{ 'portal.group.noDocuments' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (d of g.documents; track d.id) {
            <li>
              <a class="list__title" [routerLink]="['/portal/documents', d.id]">{{ d.documentTitle }}</a>
              <span class="muted">{{ d.name ?? ('portal.documents.version' | transloco: { number: d.number }) }}</span>
            </li>
          }
        </ul>
      }
    }
  `,
})
export class PortalGroupPage {
  private readonly api = inject(PortalApi);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly group = loadFrom(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id') ?? '')), (id) => this.api.group(id));
}
