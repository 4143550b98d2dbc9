import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { ACTIVITY_KINDS, ACTIVITY_SUBJECTS, ActivityEvent, ActivityQuery, Page } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MexicanDateInput } from '../core/forms/mexican-date-input';
import { ApiClient } from '../core/http/api-client';
import { calendarDay } from '../core/i18n/calendar-day';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityDateTime } from '../core/i18n/mexico-city-time';
import { TranslatedPaginatorIntl } from '../core/i18n/translated-paginator-intl';
import { ErrorPanel } from '../core/ui/error-panel';
import { PAGE_SIZE_OPTIONS } from './paged-list';

/** The filters of the list; actor and subject are picked from a row ("only this person", "only this subject"). */
type ActivityFilters = Omit<ActivityQuery, 'page' | 'pageSize'> & { actorName?: string; subjectLabel?: string };

/** Field values that are codes, and the translation keys that name them. */
const VALUE_KEYS: Record<string, string> = {
  role: 'roles.',
  platformRole: 'admin.account.roles.',
  status: 'voting.agreementStatuses.',
  kind: 'organizationKinds.',
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `/admin/actividad`: who changed what in the commission, newest first, read from its audit trail. Each event reads as
 * a sentence ("Ana Pérez desactivó la cuenta de …") with the fields it changed before and after.
 */
@Component({
  selector: 'cc-admin-activity-page',
  imports: [
    ReactiveFormsModule,
    MexicanDateInput,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    MatPaginator,
    MatProgressBar,
    TranslocoPipe,
    ErrorPanel,
    CommissionTimePipe,
  ],
  templateUrl: './activity.page.html',
  styleUrls: ['./admin.scss', './activity.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
})
export class AdminActivityPage {
  private readonly api = inject(ApiClient);
  private readonly transloco = inject(TranslocoService);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly kinds = ACTIVITY_KINDS;
  protected readonly subjectTypes = ACTIVITY_SUBJECTS;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  protected readonly filters = signal<ActivityFilters>({});
  protected readonly paging = signal({ page: 1, pageSize: PAGE_SIZE_OPTIONS[1] });
  protected readonly page = signal<Page<ActivityEvent> | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  protected readonly filtered = computed(() => Object.values(this.filters()).some((value) => value !== undefined && value !== ''));
  protected readonly empty = computed(() => !this.loading() && !this.error() && this.page()?.total === 0);
  private readonly count = viewChild.required<ElementRef<HTMLElement>>('count');
  private requestNumber = 0;
  /** The days typed as dd/mm/aaaa whatever the browser's language; a filter once a whole day is typed (or cleared). */
  protected readonly from = new FormControl('', { nonNullable: true });
  protected readonly to = new FormControl('', { nonNullable: true });

  constructor() {
    this.load();
    for (const [field, control] of [
      ['from', this.from],
      ['to', this.to],
    ] as const) {
      control.valueChanges.pipe(takeUntilDestroyed()).subscribe((day) => {
        if (control.valid && day !== (this.filters()[field] ?? '')) this.filter({ [field]: day || undefined });
      });
    }
  }

  /** Loads the current filters and page; an answer to an older request never replaces a newer one. */
  protected load(): void {
    const request = ++this.requestNumber;
    const { kind, actorId, subjectType, subjectId, from, to } = this.filters();
    this.loading.set(true);
    this.error.set(null);
    this.api.call('listActivity', { query: { kind, actorId, subjectType, subjectId, from, to, ...this.paging() } }).subscribe({
      next: (page) => {
        if (request !== this.requestNumber) return;
        this.page.set(page);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        if (request !== this.requestNumber) return;
        this.page.set(null);
        this.error.set(error);
        this.loading.set(false);
      },
    });
  }

  /** A changed filter starts again at the first page. */
  protected filter(changes: Partial<ActivityFilters>): void {
    this.filters.update((current) => ({ ...current, ...changes }));
    this.paging.update((paging) => ({ ...paging, page: 1 }));
    this.load();
  }

  /** A filter picked from a row (its actor or subject): the row goes away with the reload, so focus moves to the count. */
  protected pick(changes: Partial<ActivityFilters>): void {
    this.filter(changes);
    this.count().nativeElement.focus();
  }

  protected clearFilters(): void {
    this.from.setValue('', { emitEvent: false });
    this.to.setValue('', { emitEvent: false });
    this.filters.set({});
    this.paging.update((paging) => ({ ...paging, page: 1 }));
    this.load();
  }

  protected onPage(event: PageEvent): void {
    const pageSizeChanged = event.pageSize !== this.paging().pageSize;
    this.paging.set({ page: pageSizeChanged ? 1 : event.pageIndex + 1, pageSize: event.pageSize });
    this.load();
  }

  /** The sentence an event reads as, in the interface language. */
  protected sentence(event: ActivityEvent): string {
    const actor = event.actor?.name || this.transloco.translate('admin.activity.system');
    return this.transloco.translate(`admin.activity.kinds.${event.kind}`, { actor, subject: event.subject.label });
  }

  protected changes(event: ActivityEvent): Array<{ field: string; before: string; after: string }> {
    return Object.entries(event.changes).map(([field, change]) => ({
      field,
      before: this.display(field, change.before),
      after: this.display(field, change.after),
    }));
  }

  private display(field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return this.transloco.translate(value ? 'admin.yes' : 'admin.no');
    if (typeof value === 'string' && VALUE_KEYS[field]) return this.transloco.translate(VALUE_KEYS[field] + value);
    if (typeof value === 'string' && ISO_INSTANT.test(value)) return mexicoCityDateTime(value, this.locale());
    if (typeof value === 'string' && ISO_DAY.test(value)) return calendarDay(value, this.locale());
    return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
