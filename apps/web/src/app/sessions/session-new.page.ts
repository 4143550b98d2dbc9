import { ChangeDetectionStrategy, ChangeDetectorRef, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { AttachmentSummary, CreateMeeting, MeetingKind } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { EMPTY, switchMap } from 'rxjs';
import { ErrorPanel } from '../core/ui/error-panel';
import { MembersApi } from '../directory/members.api';
import { mexicoCityIso } from '../core/i18n/mexico-city-time';
import { CallDocuments } from './call-documents';
import { AgendaFields, AgendaItemForm, agendaInput, agendaItemForm } from './agenda-fields';
import { SessionsApi } from './sessions.api';
import { FocusInvalid } from '../core/forms/focus-invalid';
import { MexicanDateInput } from '../core/forms/mexican-date-input';
import { CurrentCommission } from '../core/commission/current-commission';

/** A call is drafted for a future date (earlier sessions are recorded by the api's own paths). */
const notInThePast = (control: AbstractControl<string>): ValidationErrors | null =>
  control.value && Date.parse(mexicoCityIso(control.value)) < Date.now() ? { past: true } : null;

/** Drafting the call: date, place or link, and the numbered agenda. Convening is the next step, on the session page. */
@Component({
  selector: 'cc-session-new-page',
  imports: [
    MexicanDateInput,
    FocusInvalid,
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatButton,
    TranslocoPipe,
    ErrorPanel,
    CallDocuments,
    AgendaFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/sessions">← {{ 'sessions.back' | transloco }}</a>
    </p>
    <h1 tabindex="-1">{{ 'sessions.newTitle' | transloco }}</h1>
    <form ccFocusInvalid [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="row">
        <mat-form-field appearance="outline" class="grow">
          <mat-label>{{ 'sessions.form.title' | transloco }}</mat-label>
          <input matInput formControlName="title" required />
          <mat-error>{{ 'sessions.form.required' | transloco }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'sessions.form.kind' | transloco }}</mat-label>
          <select matNativeControl formControlName="kind">
            @for (k of meetingKinds; track k) {
              <option [value]="k">{{ 'sessions.kinds.' + k | transloco }}</option>
            }
          </select>
        </mat-form-field>
      </div>
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'sessions.form.scheduledAt' | transloco }}</mat-label>
          <input matInput ccMexicanDate withTime formControlName="scheduledAt" required />
          <mat-hint>{{ 'sessions.form.scheduledAtHint' | transloco }}</mat-hint>
          @if (form.controls.scheduledAt.hasError('past')) {
            <mat-error>{{ 'sessions.form.pastDate' | transloco }}</mat-error>
          } @else {
            <mat-error>{{ 'sessions.form.required' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="grow">
          <mat-label>{{ 'sessions.form.place' | transloco }}</mat-label>
          <input matInput formControlName="place" />
        </mat-form-field>
        <mat-form-field appearance="outline" class="grow">
          <mat-label>{{ 'sessions.form.videoUrl' | transloco }}</mat-label>
          <input matInput type="url" formControlName="videoUrl" />
        </mat-form-field>
      </div>

      <cc-agenda-fields [agenda]="agenda" />

      <cc-call-documents [(documents)]="documents" />

      @if (error(); as error) {
        <cc-error-panel [error]="error" heading="sessions.saveError" (retry)="submit()" />
      }
      <p class="actions">
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'sessions.form.save' | transloco }}</button>
      </p>
    </form>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
    }
    /* Fields side by side on a laptop, one per line on a phone, each as wide as its line. */
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 12px;
    }
    .row mat-form-field {
      flex: 1 1 220px;
      min-width: 0;
    }
    .row .grow {
      flex-grow: 3;
    }
  `,
})
export class SessionNewPage {
  private readonly api = inject(SessionsApi);
  private readonly commissionChoice = inject(CurrentCommission);
  private readonly members = inject(MembersApi);
  private readonly router = inject(Router);
  private readonly changes = inject(ChangeDetectorRef);

  protected readonly meetingKinds: MeetingKind[] = ['ordinary', 'extraordinary'];
  protected readonly saving = signal(false);
  protected readonly error = signal<unknown>(null);
  /** Documents circulated with the call, uploaded first and sent by id. */
  protected readonly documents = signal<AttachmentSummary[]>([]);

  /** The usual shape of an ordinary session's agenda (as in the 2021-02-15 record); the secretary edits it. */
  protected readonly agenda = new FormArray<AgendaItemForm>([
    agendaItemForm('Lista de asistencia, declaración de quórum legal y apertura de la sesión', 'procedural'),
    agendaItemForm('Aprobación del Orden del Día', 'vote'),
    agendaItemForm('Asuntos Generales', 'open'),
    agendaItemForm('Cierre de la sesión', 'procedural'),
  ]);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    kind: new FormControl<MeetingKind>('ordinary', { nonNullable: true }),
    scheduledAt: new FormControl('', { nonNullable: true, validators: [Validators.required, notInThePast] }),
    place: new FormControl('', { nonNullable: true }),
    videoUrl: new FormControl('', { nonNullable: true }),
    agenda: this.agenda,
  });

  constructor() {
    // The minutes still awaiting approval go to the new agenda as "lectura y aprobación del acta" (item 3).
    this.commissionChoice
      .chosen()
      .pipe(switchMap((c) => (c ? this.api.callSuggestion(c.id) : EMPTY)))
      .subscribe({
        next: (suggestion) => {
          const pending = suggestion.pendingMinutes;
          if (!pending) return;
          this.agenda.insert(
            2,
            agendaItemForm(`Lectura y, en su caso, aprobación del acta de la ${pending.title}`, 'vote', pending.meetingId),
          );
          this.changes.markForCheck();
        },
        // Without the suggestion the usual agenda still stands.
        error: () => undefined,
      });
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const call: CreateMeeting = {
      title: v.title.trim(),
      kind: v.kind,
      scheduledAt: mexicoCityIso(v.scheduledAt),
      place: v.place.trim() || null,
      videoUrl: v.videoUrl.trim() || null,
      documentIds: this.documents().map((d) => d.id),
      agenda: agendaInput(this.agenda),
    };
    this.saving.set(true);
    this.error.set(null);
    this.commissionChoice
      .chosen()
      .pipe(switchMap((c) => this.api.create(c?.id ?? '', call)))
      .subscribe({
        next: (state) => void this.router.navigate(['/sessions', state.meeting.id]),
        error: (error: unknown) => {
          this.error.set(error);
          this.saving.set(false);
        },
      });
  }
}
