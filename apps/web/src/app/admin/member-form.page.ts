import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { COMMISSION_ROLES, Commission, CommissionMember, CommissionRole, Person } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable, catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { CalendarDayPipe } from '../core/i18n/calendar-day';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { PageFocus } from '../core/ui/page-focus';
import { MembersApi } from '../directory/members.api';
import { AdminApi } from './admin.api';
import { commissionToday } from './commission-day';
import { SEARCH_DEBOUNCE_MS } from './paged-list';
import { problemMessage } from './problem-message';
import { FocusInvalid } from '../core/forms/focus-invalid';
import { MexicanDateInput } from '../core/forms/mexican-date-input';
import { CurrentCommission } from '../core/commission/current-commission';

/** How many people the person picker offers for one search. */
const CANDIDATES = 20;

/**
 * `/admin/integrantes/nuevo` and `/admin/integrantes/:memberId`: seat a person in the commission (role, vote, start
 * date), or change a seat's role and vote and end it. A membership ends by its end date (PATCH `until`), asked first.
 */
@Component({
  selector: 'cc-admin-member-form-page',
  imports: [
    MexicanDateInput,
    FocusInvalid,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatCheckbox,
    MatButton,
    MatAnchor,
    MatProgressBar,
    TranslocoPipe,
    CalendarDayPipe,
    ErrorPanel,
  ],
  templateUrl: './member-form.page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminMemberFormPage implements OnInit {
  private readonly api = inject(AdminApi);
  private readonly commissionChoice = inject(CurrentCommission);
  private readonly commissions = inject(MembersApi);
  private readonly router = inject(Router);
  protected readonly locale = inject(LocaleService).locale;
  private readonly pageFocus = inject(PageFocus);
  private readonly injector = inject(Injector);

  /** The route's `:memberId`; absent on the "new" route. */
  readonly memberId = input<string>();

  protected readonly roles = COMMISSION_ROLES;
  protected readonly commission = signal<Commission | null>(null);
  protected readonly member = signal<CommissionMember | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<unknown>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly saved = signal<'created' | 'saved' | 'ended' | null>(
    this.router.currentNavigation()?.extras.state?.['created'] === true ? 'created' : null,
  );
  /** The end of the membership waits for this second, explicit "yes". */
  protected readonly confirmingEnd = signal(false);
  protected readonly candidates = signal<Person[]>([]);
  private readonly savedNote = viewChild<ElementRef<HTMLElement>>('savedNote');
  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');
  private readonly endButton = viewChild<MatButton>('endButton');

  protected readonly personSearch = new FormControl('', { nonNullable: true });
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    personId: [''],
    role: ['commissioner' as CommissionRole, [Validators.required]],
    votes: [true],
    since: [''],
  });
  protected readonly endForm = this.fb.group({ until: [commissionToday(), [Validators.required]] });

  constructor() {
    this.personSearch.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((q) => q.trim()),
        distinctUntilChanged(),
        switchMap((q) => this.findPeople(q)),
        takeUntilDestroyed(),
      )
      .subscribe((people) => this.candidates.set(people));
    // An observer has a voice but no vote: choosing that role unticks the vote (it stays editable).
    this.form.controls.role.valueChanges.pipe(takeUntilDestroyed()).subscribe((role) => {
      if (!this.form.controls.votes.dirty) this.form.controls.votes.setValue(role !== 'observer');
    });
  }

  ngOnInit(): void {
    if (!this.memberId()) this.form.controls.personId.addValidators(Validators.required);
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.currentCommission()
      .pipe(
        switchMap((commission) => {
          const memberId = this.memberId();
          return memberId && commission ? this.api.member(commission.id, memberId) : of(null);
        }),
      )
      .subscribe({
        next: (member) => {
          if (member) this.fill(member);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loadError.set(error);
          this.loading.set(false);
        },
      });
  }

  protected submit(): void {
    const commission = this.commission();
    if (this.form.invalid || !commission) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const memberId = this.memberId();
    const request = memberId
      ? this.api.updateMember(commission.id, memberId, { role: value.role, votes: value.votes })
      : this.api.addMember(commission.id, { personId: value.personId, role: value.role, votes: value.votes, since: value.since || null });
    this.send(request, memberId ? 'saved' : 'created');
  }

  protected askToEnd(): void {
    this.confirmingEnd.set(true);
    this.focusAfterRender(() => this.confirmHeading()?.nativeElement.focus());
  }

  protected cancelEnd(): void {
    this.confirmingEnd.set(false);
    this.focusAfterRender(() => this.endButton()?.focus());
  }

  protected confirmEnd(): void {
    const commission = this.commission();
    const memberId = this.memberId();
    if (this.endForm.invalid || !commission || !memberId) {
      this.endForm.markAllAsTouched();
      return;
    }
    this.send(this.api.updateMember(commission.id, memberId, { until: this.endForm.getRawValue().until }), 'ended');
  }

  private send(request: Observable<CommissionMember>, outcome: 'created' | 'saved' | 'ended'): void {
    this.saving.set(true);
    this.saveError.set(null);
    this.saved.set(null);
    request.subscribe({
      next: (member) => {
        this.saving.set(false);
        if (outcome === 'created') {
          void this.router.navigate(['/admin/integrantes', member.id], { state: { created: true } });
          return;
        }
        this.fill(member);
        this.confirmingEnd.set(false);
        this.saved.set(outcome);
        this.focusAfterRender(() => this.savedNote()?.nativeElement.focus());
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(problemMessage(error, this.locale()) ?? '');
        this.pageFocus.focusPage(true);
      },
    });
  }

  private findPeople(q: string): Observable<Person[]> {
    if (!q) return of([]);
    return this.api.people({ q, page: 1, pageSize: CANDIDATES }, 'active').pipe(
      map((page) => page.items),
      catchError(() => of([])),
    );
  }

  private currentCommission(): Observable<Commission | null> {
    const known = this.commission();
    if (known) return of(known);
    return this.commissionChoice.chosen().pipe(
      map((commission) => {
        this.commission.set(commission);
        return commission;
      }),
    );
  }

  private fill(member: CommissionMember): void {
    this.member.set(member);
    this.form.patchValue({ personId: member.person.id, role: member.role, votes: member.votes, since: member.since ?? '' });
    this.form.markAsPristine();
  }

  /** Focus follows the action: onto what it revealed, once that is on screen. */
  private focusAfterRender(focus: () => void): void {
    afterNextRender({ write: focus }, { injector: this.injector });
  }
}
