import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ApiRoutes, AppNotification, Page } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';

/** The signed-in person's unread notices (calls to sessions), each with its link and a "mark as read". */
@Component({
  selector: 'cc-notifications-panel',
  imports: [RouterLink, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" [attr.aria-label]="'sessions.notifications.title' | transloco">
      <h2>{{ 'sessions.notifications.title' | transloco }}</h2>
      @if (failed()) {
        <p role="alert">{{ 'sessions.notifications.error' | transloco }}</p>
      } @else if (items().length === 0) {
        <p>{{ 'sessions.notifications.empty' | transloco }}</p>
      } @else {
        <ul aria-live="polite">
          @for (n of items(); track n.id) {
            <li>
              @if (n.link) {
                <a [routerLink]="n.link">{{ n.title }}</a>
              } @else {
                {{ n.title }}
              }
              <span class="body">{{ n.body }}</span>
              <button mat-button type="button" (click)="markRead(n)">{{ 'sessions.notifications.markRead' | transloco }}</button>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .panel {
      margin: 16px 0;
      padding: 8px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    h2 {
      font: var(--mat-sys-title-medium);
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: baseline;
    }
    .body {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NotificationsPanel {
  private readonly http = inject(HttpClient);
  protected readonly items = signal<AppNotification[]>([]);
  protected readonly failed = signal(false);

  constructor() {
    this.http.get<Page<AppNotification>>(ApiRoutes.notifications, { params: { unread: 'true', pageSize: 10 } }).subscribe({
      next: (page) => this.items.set(page.items),
      error: () => this.failed.set(true),
    });
  }

  protected markRead(notification: AppNotification): void {
    this.http.post<AppNotification>(ApiRoutes.notificationRead(notification.id), {}).subscribe({
      next: () => this.items.update((list) => list.filter((n) => n.id !== notification.id)),
      error: () => this.failed.set(true),
    });
  }
}
