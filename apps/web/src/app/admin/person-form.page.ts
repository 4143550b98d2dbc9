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
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { CreatePerson, LOCALES, Locale, MAX_PAGE_SIZE, Organization, Person } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { forkJoin, of } from 'rxjs';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { PageFocus } from '../core/ui/page-focus';
import { AdminApi } from './admin.api';
import { problemMessage } from './problem-message';
import { FocusInvalid } from '../core/forms/focus-invalid';

/** The api's own bound on a first password (`CreatePersonSchema`). */
const MIN_PASSWORD = 10;

/** `/admin/personas/nueva` and `/admin/personas/:id`: create a person (optionally with a first password) or correct one. */
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
  protected readonly organizations = signal<Organization[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<unknown>(null);
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

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    const id = this.id();
    this.loading.set(true);
    this.loadError.set(null);
    forkJoin({
      organizations: this.api.organizations({ q: '', page: 1, pageSize: MAX_PAGE_SIZE }),
      person: id ? this.api.person(id) : of(null),
    }).subscribe({
      next: ({ organizations, person }) => {
        this.organizations.set(organizations.items);
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

  private fill(person: Person): void {
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
