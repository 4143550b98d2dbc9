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
import { CreateOrganization, MEXICAN_STATES, MexicanState, ORGANIZATION_KINDS, Organization, OrganizationKind } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { PageFocus } from '../core/ui/page-focus';
import { AdminApi } from './admin.api';
import { problemMessage } from './problem-message';
import { FocusInvalid } from '../core/forms/focus-invalid';

/** `/admin/organizaciones/nueva` and `/admin/organizaciones/:id`: one form to create an organization or correct it. */
@Component({
  selector: 'cc-admin-organization-form-page',
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
  templateUrl: './organization-form.page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminOrganizationFormPage implements OnInit {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly locale = inject(LocaleService).locale;
  private readonly pageFocus = inject(PageFocus);
  private readonly injector = inject(Injector);

  /** The route's `:id`; absent on the "new" route. */
  readonly id = input<string>();

  protected readonly kinds = ORGANIZATION_KINDS;
  protected readonly states = MEXICAN_STATES;
  protected readonly loading = signal(false);
  protected readonly loadError = signal<unknown>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  /** True right after a creation brought the person here (the navigation carries `created`). */
  protected readonly saved = signal(this.router.currentNavigation()?.extras.state?.['created'] === true);
  private readonly savedNote = viewChild<ElementRef<HTMLElement>>('savedNote');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    shortName: ['', [Validators.maxLength(40)]],
    kind: ['' as OrganizationKind | '', [Validators.required]],
    state: ['' as MexicanState | ''],
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    const id = this.id();
    if (!id) return;
    this.loading.set(true);
    this.loadError.set(null);
    this.api.organization(id).subscribe({
      next: (organization) => {
        this.fill(organization);
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
    const body: CreateOrganization = {
      name: value.name.trim(),
      shortName: value.shortName.trim() || null,
      kind: value.kind as OrganizationKind,
      state: value.state || null,
    };
    const id = this.id();
    this.saving.set(true);
    this.saveError.set(null);
    this.saved.set(false);
    const request = id ? this.api.updateOrganization(id, body) : this.api.createOrganization(body);
    request.subscribe({
      next: (organization) => {
        this.saving.set(false);
        if (id) {
          this.fill(organization);
          this.saved.set(true);
          this.focusAfterRender(() => this.savedNote()?.nativeElement.focus());
        } else {
          void this.router.navigate(['/admin/organizaciones', organization.id], { state: { created: true } });
        }
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(problemMessage(error, this.locale()) ?? '');
        this.pageFocus.focusPage(true);
      },
    });
  }

  private fill(organization: Organization): void {
    this.form.setValue({
      name: organization.name,
      shortName: organization.shortName ?? '',
      kind: organization.kind,
      state: organization.state ?? '',
    });
    this.form.markAsPristine();
  }

  /** Focus follows the action: onto what it revealed, once that is on screen. */
  private focusAfterRender(focus: () => void): void {
    afterNextRender({ write: focus }, { injector: this.injector });
  }
}
