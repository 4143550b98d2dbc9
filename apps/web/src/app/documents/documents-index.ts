import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { DocumentSummary, WorkingGroup } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, forkJoin, map, Observable, of, switchMap } from 'rxjs';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { GroupsApi } from '../groups/groups.api';
import { DocumentsApi } from './documents.api';
import { CurrentCommission } from '../core/commission/current-commission';

/** A working group and the documents this person may open in it. */
interface GroupDocuments {
  group: WorkingGroup;
  documents: DocumentSummary[];
}

/**
 * "Documentos" from the main menu: every active working group whose documents this person may open, each with its
 * documents and the way to its full list (where new ones are started). Groups the api refuses are left out.
 */
@Component({
  selector: 'cc-documents-index',
  imports: [RouterLink, TranslocoPipe, CommissionTimePipe, ErrorPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as e) {
      <cc-error-panel heading="documents.list.error" [error]="e" (retry)="load()" />
    } @else if (groups(); as list) {
      @if (list.length === 0) {
        <p class="empty">{{ 'documents.index.empty' | transloco }}</p>
      }
      @for (entry of list; track entry.group.id) {
        <section class="group" [attr.aria-labelledby]="'docs-' + entry.group.id">
          <h2 [id]="'docs-' + entry.group.id">{{ entry.group.name }}</h2>
          @if (entry.documents.length === 0) {
            <p class="empty">{{ 'documents.list.empty' | transloco }}</p>
          } @else {
            <ul class="list">
              @for (d of entry.documents; track d.id) {
                <li>
                  <a [routerLink]="['/documents', d.id]">{{ d.title }}</a>
                  <span class="meta">{{ d.updatedAt | commissionTime: locale() }}</span>
                </li>
              }
            </ul>
          }
          <a class="all" [routerLink]="['/documents']" [queryParams]="{ groupId: entry.group.id }">{{
            'documents.index.groupLink' | transloco: { name: entry.group.name }
          }}</a>
        </section>
      }
    } @else {
      <p>{{ 'documents.loading' | transloco }}</p>
    }
  `,
  styles: `
    .group {
      margin: 16px 0 24px;
    }
    .list {
      padding-left: 18px;
    }
    .list li {
      margin: 6px 0;
    }
    .meta,
    .empty {
      color: var(--mat-sys-on-surface-variant);
      margin-left: 8px;
      font-size: 0.9rem;
    }
  `,
})
export class DocumentsIndex {
  private readonly groupsApi = inject(GroupsApi);
  private readonly commissionChoice = inject(CurrentCommission);
  private readonly documentsApi = inject(DocumentsApi);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly groups = signal<GroupDocuments[] | null>(null);
  protected readonly error = signal<unknown>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.error.set(null);
    this.commissionChoice
      .chosen()
      .pipe(
        switchMap((commission) => (commission ? this.groupsApi.groups(commission.id, 'active') : of({ items: [] as WorkingGroup[] }))),
        switchMap((page) => (page.items.length ? forkJoin(page.items.map((group) => this.documentsOf(group))) : of([]))),
        map((entries) => entries.filter((entry): entry is GroupDocuments => entry !== null)),
        takeUntilDestroyed(),
      )
      .subscribe({ next: (entries) => this.groups.set(entries), error: (e: unknown) => this.error.set(e) });
  }

  private documentsOf(group: WorkingGroup): Observable<GroupDocuments | null> {
    return this.documentsApi.list({ groupId: group.id }).pipe(
      map((page) => ({ group, documents: page.items })),
      catchError(() => of(null)),
    );
  }
}
