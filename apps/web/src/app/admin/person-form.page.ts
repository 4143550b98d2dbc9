import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { CreatePerson, LOCALES, Locale, Organization, Person } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable, catchError, debounceTime, distinctUntilChanged, forkJoin, map, of, switchMap } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { PageFocus } from '../core/ui/page-focus';
import { AdminApi } from './admin.api';
import { SEARCH_DEBOUNCE_MS } from './paged-list';
import { AdminPersonAccount } from './person-account';
import { problemMessage } from './problem-message';
import { FocusInvalid } from '../core/forms/focus-invalid';

/** The api's own bound on a first password (`CreatePersonSchema`). */
const MIN_PASSWORD = 10;
/** How many organizations the picker offers for one search; the search runs on the server over all of them. */
export const ORGANIZATION_CANDIDATES = 20;

/**
 * `/admin/personas/nueva` and `/admin/personas/:id`: create a person (optionally with a first password) or correct one,
 * and act on their account (AdminPersonAccount).
 */
@Component({
  selector: 'cc-admin-person-form-page',
  imports: [
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
    MatButton,
    MatAnchor,
    MatProgressBar,
    TranslocoPipe,
    ErrorPanel,
    AdminPersonAccount,
  ],
  templateUrl: './person-form.page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPersonFormPage implements OnInit {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly locale = inject(LocaleService).locale;
  private readonly pageFocus = inject(PageFocus);
  private readonly injector = inject(Injector);

  /** The route's `:id`; absent on the "new" route. */
  readonly id = input<string>();

  protected readonly locales = LOCALES;
  protected readonly minPassword = MIN_PASSWORD;
  /** What the last organization search found. */
  protected readonly candidates = signal<Organization[]>([]);
  /** The organization chosen (or saved), kept among the options whatever a later search finds. */
  protected readonly chosen = signal<Organization | null>(null);
  protected readonly organizations = computed(() => {
    const chosen = this.chosen();
    const found = this.candidates();
    return chosen && !found.some((o) => o.id === chosen.id) ? [chosen, ...found] : found;
  });
  protected readonly organizationSearch = new FormControl('', { nonNullable: true });
  protected readonly loading = signal(true);
  protected readonly loadError = signal<unknown>(null);
  /** The name as saved (the account panel's questions name the person, not what is being typed). */
  protected readonly savedName = signal('');
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  /** True right after a creation brought the person here (the navigation carries `created`), or after a save. */
  protected readonly saved = signal(this.router.currentNavigation()?.extras.state?.['created'] === true);
  private readonly savedNote = viewChild<ElementRef<HTMLElement>>('savedNote');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    title: ['', [Validators.maxLength(200)]],
    organizationId: [''],
    locale: ['es-MX' as Locale],
    password: ['', [Validators.minLength(MIN_PASSWORD), Validators.maxLength(200)]],
  });

  constructor() {
    // The first page comes with the form (load); typing searches every organization on the server.
    this.organizationSearch.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((q) => q.trim()),
        distinctUntilChanged(),
        switchMap((q) => this.findOrganizations(q).pipe(catchError(() => of([])))),
        takeUntilDestroyed(),
      )
      .subscribe((found) => this.candidates.set(found));
    this.form.controls.organizationId.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => {
      this.chosen.set(this.organizations().find((o) => o.id === id) ?? null);
    });
  }

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    const id = this.id();
    this.loading.set(true);
    this.loadError.set(null);
    forkJoin({
      organizations: this.findOrganizations(''),
      person: id ? this.api.person(id) : of(null),
    }).subscribe({
      next: ({ organizations, person }) => {
        this.candidates.set(organizations);
        if (person) this.fill(person);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loadError.set(error);
        this.loading.set(false);
      },
    });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const body: CreatePerson = {
      name: value.name.trim(),
      email: value.email.trim(),
      title: value.title.trim() || null,
      organizationId: value.organizationId || null,
      locale: value.locale,
    };
    const id = this.id();
    if (!id && value.password) body.password = value.password;
    this.saving.set(true);
    this.saveError.set(null);
    this.saved.set(false);
    const request = id ? this.api.updatePerson(id, body) : this.api.createPerson(body);
    request.subscribe({
      next: (person) => {
        this.saving.set(false);
        if (id) {
          this.fill(person);
          this.saved.set(true);
          this.focusAfterRender(() => this.savedNote()?.nativeElement.focus());
        } else {
          void this.router.navigate(['/admin/personas', person.id], { state: { created: true } });
        }
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(problemMessage(error, this.locale()) ?? '');
        this.pageFocus.focusPage(true);
      },
    });
  }

  private findOrganizations(q: string): Observable<Organization[]> {
    return this.api.organizations({ q, page: 1, pageSize: ORGANIZATION_CANDIDATES }).pipe(map((page) => page.items));
  }

  private fill(person: Person): void {
    this.savedName.set(person.name);
    this.chosen.set(person.organization);
    this.form.setValue({
      name: person.name,
      email: person.email,
      title: person.title ?? '',
      organizationId: person.organization?.id ?? '',
      locale: person.locale,
      password: '',
    });
    this.form.markAsPristine();
  }

  /** Focus follows the action: onto what it revealed, once that is on screen. */
  private focusAfterRender(focus: () => void): void {
    afterNextRender({ write: focus }, { injector: this.injector });
  }
}
