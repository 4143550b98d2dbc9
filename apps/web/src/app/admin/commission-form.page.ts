import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { Commission, CreateCommission } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { CurrentCommission } from '../core/commission/current-commission';
import { FocusInvalid } from '../core/forms/focus-invalid';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { PageFocus } from '../core/ui/page-focus';
import { AdminApi } from './admin.api';
import { problemMessage } from './problem-message';

/** Capitals, digits and hyphens, as the api accepts for an acronym or an agreement prefix. */
const CODE = /^[A-ZÁÉÍÓÚÑ0-9-]{2,20}$/u;

/**
 * `/admin/comisiones/nueva` and `/admin/comisiones/:id`: a commission's name, acronym, agreement-number prefix,
 * quorum rule (the share of voting members that must be exceeded) and the legal basis its votes cite.
 */
@Component({
  selector: 'cc-admin-commission-form-page',
  imports: [
    FocusInvalid,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    MatAnchor,
    MatProgressBar,
    TranslocoPipe,
    ErrorPanel,
  ],
  templateUrl: './commission-form.page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminCommissionFormPage implements OnInit {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly locale = inject(LocaleService).locale;
  private readonly pageFocus = inject(PageFocus);
  private readonly injector = inject(Injector);
  private readonly commissionChoice = inject(CurrentCommission);

  /** The route's `:id`; absent on the "new" route. */
  readonly id = input<string>();

  protected readonly loading = signal(false);
  protected readonly loadError = signal<unknown>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  /** True right after a creation brought the person here (the navigation carries `created`). */
  protected readonly saved = signal(this.router.currentNavigation()?.extras.state?.['created'] === true);
  private readonly savedNote = viewChild<ElementRef<HTMLElement>>('savedNote');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    acronym: ['', [Validators.required, Validators.pattern(CODE)]],
    agreementPrefix: ['', [Validators.required, Validators.pattern(CODE)]],
    system: [
      'Sistema Nacional de Transparencia, Acceso a la Información Pública y Protección de Datos Personales',
      [Validators.required, Validators.minLength(3), Validators.maxLength(300)],
    ],
    chairTitle: ['Comisionada Coordinadora', [Validators.required, Validators.minLength(2), Validators.maxLength(100)]],
    secretaryTitle: ['Comisionado Secretario', [Validators.required, Validators.minLength(2), Validators.maxLength(100)]],
    quorumPercent: [50, [Validators.required, Validators.min(0), Validators.max(99)]],
    legalBasis: ['', [Validators.maxLength(500)]],
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    const id = this.id();
    if (!id) return;
    this.loading.set(true);
    this.loadError.set(null);
    this.api.commission(id).subscribe({
      next: (commission) => {
        this.fill(commission);
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
    const { quorumPercent, legalBasis, ...value } = this.form.getRawValue();
    const body: CreateCommission = {
      ...value,
      acronym: value.acronym.trim(),
      agreementPrefix: value.agreementPrefix.trim(),
      quorumFraction: Math.round(quorumPercent) / 100,
      legalBasis: legalBasis.trim() || null,
    };
    const id = this.id();
    this.saving.set(true);
    this.saveError.set(null);
    this.saved.set(false);
    const request = id ? this.api.updateCommission(id, body) : this.api.createCommission(body);
    request.subscribe({
      next: (commission) => {
        this.saving.set(false);
        this.commissionChoice.refresh();
        if (id) {
          this.fill(commission);
          this.saved.set(true);
          afterNextRender({ write: () => this.savedNote()?.nativeElement.focus() }, { injector: this.injector });
        } else {
          void this.router.navigate(['/admin/comisiones', commission.id], { state: { created: true } });
        }
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(problemMessage(error, this.locale()) ?? '');
        this.pageFocus.focusPage(true);
      },
    });
  }

  private fill(commission: Commission): void {
    this.form.setValue({
      name: commission.name,
      acronym: commission.acronym,
      agreementPrefix: commission.agreementPrefix,
      system: commission.system,
      chairTitle: commission.chairTitle,
      secretaryTitle: commission.secretaryTitle,
      quorumPercent: Math.round(commission.quorumFraction * 100),
      legalBasis: commission.legalBasis ?? '',
    });
    this.form.markAsPristine();
  }
}
