import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { DocumentSummary, Page } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { problemMessage } from '../core/http/server-errors';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { DocumentsApi } from './documents.api';
import { DocumentsIndex } from './documents-index';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';

/**
 * The documents of one working group or deliverable (`?groupId=` or `?deliverableId=`), and a form to start one;
 * without either, every group's documents (DocumentsIndex).
 */
@Component({
  selector: 'cc-documents-list-page',
  imports: [
    RouterLink,
    CommissionTimePipe,
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatPaginator,
    MatProgressBar,
    TranslocoPipe,
    ErrorPanel,
    DocumentsIndex,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'documents.loading' | transloco" />
      }
    </div>
    @if (deliverableId()) {
      <a class="back" [routerLink]="['/groups/deliverables', deliverableId()]">← {{ 'documents.backToDeliverable' | transloco }}</a>
    } @else if (groupId()) {
      <a class="back" [routerLink]="['/groups', groupId()]">← {{ 'documents.backToGroup' | transloco }}</a>
    }
    <h1 tabindex="-1">{{ 'documents.list.title' | transloco }}</h1>
    @if (!hasOwner()) {
      <cc-documents-index />
    } @else if (error(); as error) {
      <cc-error-panel heading="documents.list.error" [error]="error" (retry)="load(1)" />
    } @else if (page(); as p) {
      @if (p.items.length === 0) {
        <p class="empty">{{ 'documents.list.empty' | transloco }}</p>
      }
      <ul class="list">
        @for (d of p.items; track d.id) {
          <li>
            <a [routerLink]="['/documents', d.id]">{{ d.title }}</a>
            <span class="meta">
              {{ 'documents.list.meta' | transloco: { proposals: d.openProposals, observations: d.openObservations } }} ·
              {{ d.updatedAt | commissionTime: locale() }}
            </span>
          </li>
        }
      </ul>
      @if (p.total > p.pageSize) {
        <mat-paginator [length]="p.total" [pageSize]="p.pageSize" [pageIndex]="p.page - 1" [hidePageSize]="true" (page)="onPage($event)" />
      }
    }
    @if (hasOwner()) {
      <form class="create" (submit)="$event.preventDefault(); create()">
        <h2>{{ 'documents.list.newTitle' | transloco }}</h2>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'documents.list.titleField' | transloco }}</mat-label>
          <input matInput [formControl]="title" />
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="title.invalid">{{ 'documents.list.create' | transloco }}</button>
        <p class="error" role="alert">{{ createError() }}</p>
      </form>
    }
  `,
  styles: `
    .list {
      padding-left: 18px;
      li {
        margin: 6px 0;
      }
    }
    .meta,
    .empty {
      color: var(--mat-sys-on-surface-variant);
      margin-left: 8px;
      font-size: 0.9rem;
    }
    .create {
      margin-top: 24px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .back {
      display: inline-block;
      margin-bottom: 8px;
    }
  `,
})
export class DocumentsListPage {
  private readonly api = inject(DocumentsApi);
  private readonly router = inject(Router);
  protected readonly locale = inject(LocaleService).locale;

  /** Bound from the query string. */
  readonly groupId = input<string | undefined>();
  readonly deliverableId = input<string | undefined>();

  protected readonly page = signal<Page<DocumentSummary> | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly createError = signal<string | null>(null);
  protected readonly title = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] });
  private readonly owner = computed(() => ({ groupId: this.groupId(), deliverableId: this.deliverableId() }));
  /** Without a group or deliverable (the main menu's "Documentos") the page lists the groups' documents instead. */
  protected readonly hasOwner = computed(() => !!this.groupId() || !!this.deliverableId());

  constructor() {
    effect(() => {
      if (this.hasOwner()) untracked(() => this.load(1));
    });
  }

  load(pageNumber: number): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.list(this.owner(), pageNumber).subscribe({
      next: (page) => {
        this.page.set(page);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(error);
        this.loading.set(false);
      },
    });
  }

  protected onPage(event: PageEvent): void {
    this.load(event.pageIndex + 1);
  }

  protected create(): void {
    const owner = this.owner();
    this.createError.set(null);
    this.api
      .create({
        title: this.title.value.trim(),
        ...(owner.deliverableId ? { deliverableId: owner.deliverableId } : { groupId: owner.groupId }),
      })
      .subscribe({
        next: (document) => void this.router.navigate(['/documents', document.id]),
        error: (error: unknown) => this.createError.set(problemMessage(error, this.locale())),
      });
  }
}
