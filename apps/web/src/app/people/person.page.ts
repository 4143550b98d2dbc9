import { Location } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ApiRoutes, PersonDetail } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { EMPTY, Subject, catchError, combineLatest, startWith, switchMap, tap } from 'rxjs';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { directoryQueryFromState } from '../directory/member-filters';
import { CalendarDayPipe } from '../core/i18n/calendar-day';

/** One person: contact, organization and the commissions they sit on. */
@Component({
  selector: 'cc-person-page',
  imports: [RouterLink, CalendarDayPipe, MatProgressBar, TranslocoPipe, ErrorPanel],
  templateUrl: './person.page.html',
  styleUrl: './person.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonPage {
  private readonly http = inject(HttpClient);
  private readonly retries = new Subject<void>();
  protected readonly locale = inject(LocaleService).locale;
  /** The directory's filters when the person was opened from it, so the way back keeps them. */
  protected readonly directoryQuery = directoryQueryFromState(inject(Location).getState());

  /** Bound from the `:id` route param. */
  readonly id = input.required<string>();

  protected readonly person = signal<PersonDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<unknown>(null);
  /** 404, or 400 for an id that is not even a UUID: either way there is no such person. */
  protected readonly notFound = computed(() => {
    const error = this.error();
    return isApiError(error) && (error.status === 404 || error.status === 400);
  });

  constructor() {
    combineLatest([toObservable(this.id), this.retries.pipe(startWith(undefined))])
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        switchMap(([id]) =>
          this.http.get<PersonDetail>(ApiRoutes.person(id)).pipe(
            catchError((error: unknown) => {
              this.person.set(null);
              this.error.set(error);
              this.loading.set(false);
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((person) => {
        this.person.set(person);
        this.loading.set(false);
      });
  }

  protected retry(): void {
    this.retries.next();
  }
}
