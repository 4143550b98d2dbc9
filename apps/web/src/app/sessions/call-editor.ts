import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, Injector, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router } from '@angular/router';
import { AttachmentSummary, MeetingState, UpdateMeeting } from '@cocrea/contracts';
import { COMMISSION_TIME_ZONE } from '@cocrea/domain';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityIso } from '../core/i18n/mexico-city-time';
import { AgendaFields, agendaFormOf, agendaInput } from './agenda-fields';
import { CallDocuments } from './call-documents';
import { LiveMeeting } from '../core/live/live-meeting';
import { SessionsApi } from './sessions.api';
import { FocusInvalid, focusInvalidAfterRender } from '../core/forms/focus-invalid';
import { MexicanDateInput } from '../core/forms/mexican-date-input';

/** The Mexico City wall time of an instant, as a `datetime-local` value. */
const wallTime = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: COMMISSION_TIME_ZONE }).replace(' ', 'T').slice(0, 16);

/**
 * The secretary's tools on a call: correct it, agenda and circulated documents included (a draft freely; an issued call
 * notifies every member), withdraw a draft, or cancel an issued call with a reason sent to the members. Each destructive
 * act asks first.
 */
@Component({
  selector: 'cc-call-editor',
  imports: [
    MexicanDateInput,
    FocusInvalid,
    ReactiveFormsModule,
    AgendaFields,
    CallDocuments,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = state();
    @if (s.meeting.status === 'cancelled') {
      <p class="cancelled" role="status">
        {{ 'secretary.call.cancelledNotice' | transloco: { reason: s.meeting.cancellationReason ?? '' } }}
      </p>
    }
    @if (manage() && (s.meeting.status === 'draft' || s.meeting.status === 'convened')) {
      <section class="call-tools" [attr.aria-label]="'secretary.call.title' | transloco">
        @if (error(); as message) {
          <p class="action-error" role="alert">{{ message }}</p>
        }
        @switch (mode()) {
          @case ('edit') {
            <form ccFocusInvalid [formGroup]="form" (ngSubmit)="save()" class="call-form">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'sessions.form.title' | transloco }}</mat-label>
                <input matInput formControlName="title" data-call-first />
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'sessions.form.scheduledAt' | transloco }}</mat-label>
                <input matInput ccMexicanDate withTime formControlName="scheduledAt" />
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'sessions.form.place' | transloco }}</mat-label>
                <input matInput formControlName="place" />
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'sessions.form.videoUrl' | transloco }}</mat-label>
                <input matInput type="url" formControlName="videoUrl" />
              </mat-form-field>
              <cc-agenda-fields class="whole" [agenda]="agenda" />
              <cc-call-documents class="whole" [(documents)]="documents" />
              @if (s.meeting.status === 'convened') {
                <p>{{ 'secretary.call.notifiesChange' | transloco: { count: s.attendance.length } }}</p>
              }
              <p class="buttons">
                <button mat-flat-button type="submit" [disabled]="busy()">{{ 'secretary.call.save' | transloco }}</button>
                <button mat-button type="button" (click)="close()">{{ 'sessions.actions.cancel' | transloco }}</button>
              </p>
            </form>
          }
          @case ('withdraw') {
            <p role="group" class="confirm" [attr.aria-label]="'secretary.call.withdraw' | transloco" (keydown.escape)="close()">
              {{ 'secretary.call.withdrawConfirm' | transloco }}
              <button mat-flat-button type="button" data-call-first (click)="withdraw()" [disabled]="busy()">
                {{ 'secretary.call.withdrawYes' | transloco }}
              </button>
              <button mat-button type="button" (click)="close()">{{ 'sessions.actions.cancel' | transloco }}</button>
            </p>
          }
          @case ('cancel') {
            <form class="call-form" (ngSubmit)="cancel()" (keydown.escape)="close()">
              <mat-form-field appearance="outline" class="grow" subscriptSizing="dynamic">
                <mat-label>{{ 'secretary.call.reason' | transloco }}</mat-label>
                <input matInput [formControl]="reason" required data-call-first />
              </mat-form-field>
              <p>{{ 'secretary.call.cancelConfirm' | transloco: { count: s.attendance.length } }}</p>
              <p class="buttons">
                <button mat-flat-button type="submit" [disabled]="busy() || reason.invalid">
                  {{ 'secretary.call.cancelYes' | transloco }}
                </button>
                <button mat-button type="button" (click)="close()">{{ 'sessions.actions.cancel' | transloco }}</button>
              </p>
            </form>
          }
          @default {
            <p class="buttons">
              <button mat-stroked-button type="button" data-call-tool="edit" (click)="start('edit')">
                {{ 'secretary.call.edit' | transloco }}
              </button>
              @if (s.meeting.status === 'draft') {
                <button mat-stroked-button type="button" data-call-tool="withdraw" (click)="start('withdraw')">
                  {{ 'secretary.call.withdraw' | transloco }}
                </button>
              } @else {
                <button mat-stroked-button type="button" data-call-tool="cancel" (click)="start('cancel')">
                  {{ 'secretary.call.cancel' | transloco }}
                </button>
              }
            </p>
          }
        }
      </section>
    }
  `,
  styles: `
    .call-form,
    .buttons,
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .grow,
    .call-form mat-form-field {
      flex: 1 1 16rem;
    }
    .whole {
      flex-basis: 100%;
    }
    .cancelled {
      font-weight: 600;
    }
  `,
})
export class CallEditor {
  readonly state = input.required<MeetingState>();
  readonly manage = input.required<boolean>();

  private readonly api = inject(SessionsApi);
  private readonly live = inject(LiveMeeting);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).locale;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly mode = signal<'edit' | 'withdraw' | 'cancel' | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    scheduledAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    place: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(300)] }),
    videoUrl: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });
  /** The agenda as on record when the correction started; replaced by each start. */
  protected agenda = agendaFormOf([]);
  /** The circulated documents as the correction leaves them; replaced by each start. */
  protected readonly documents = signal<AttachmentSummary[]>([]);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] });

  protected start(mode: 'edit' | 'withdraw' | 'cancel'): void {
    const m = this.state().meeting;
    if (mode === 'edit') {
      this.form.reset({ title: m.title, scheduledAt: wallTime(m.scheduledAt), place: m.place ?? '', videoUrl: m.videoUrl ?? '' });
      this.agenda = agendaFormOf(this.state().agenda);
      this.documents.set(this.state().documents);
    }
    this.reason.reset('');
    this.error.set(null);
    this.mode.set(mode);
    this.focus('[data-call-first]');
  }

  protected close(): void {
    const mode = this.mode();
    this.mode.set(null);
    if (mode) this.focus(`[data-call-tool="${mode}"]`);
  }

  protected save(): void {
    if (this.form.invalid || this.agenda.invalid) {
      this.form.markAllAsTouched();
      this.agenda.markAllAsTouched();
      focusInvalidAfterRender(this.injector, this.host.nativeElement);
      return;
    }
    const v = this.form.getRawValue();
    const m = this.state().meeting;
    const change: UpdateMeeting = {};
    if (v.title.trim() !== m.title) change.title = v.title.trim();
    if (v.scheduledAt !== wallTime(m.scheduledAt)) change.scheduledAt = mexicoCityIso(v.scheduledAt);
    if ((v.place.trim() || null) !== m.place) change.place = v.place.trim() || null;
    if ((v.videoUrl.trim() || null) !== m.videoUrl) change.videoUrl = v.videoUrl.trim() || null;
    const agenda = agendaInput(this.agenda);
    if (JSON.stringify(agenda) !== JSON.stringify(agendaInput(agendaFormOf(this.state().agenda)))) change.agenda = agenda;
    const documentIds = this.documents().map((d) => d.id);
    if (
      documentIds.join() !==
      this.state()
        .documents.map((d) => d.id)
        .join()
    )
      change.documentIds = documentIds;
    if (Object.keys(change).length === 0) {
      this.close();
      return;
    }
    this.run(this.api.updateCall(m.id, change), (state) => {
      this.live.accept(state);
      this.close();
    });
  }

  protected withdraw(): void {
    this.run(this.api.withdrawDraft(this.state().meeting.id), () => void this.router.navigate(['/sessions']));
  }

  protected cancel(): void {
    if (this.reason.invalid) return;
    this.run(this.api.cancelCall(this.state().meeting.id, { reason: this.reason.value.trim() }), (state) => {
      this.live.accept(state);
      this.mode.set(null);
      this.focus('#session-status');
    });
  }

  private focus(selector: string): void {
    afterNextRender(
      {
        read: () =>
          (this.host.nativeElement.querySelector<HTMLElement>(selector) ?? document.querySelector<HTMLElement>(selector))?.focus(),
      },
      { injector: this.injector },
    );
  }

  private run<T>(request: Observable<T>, done: (value: T) => void): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (value) => {
        this.busy.set(false);
        done(value);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const locale = this.locale();
        this.error.set(
          isApiError(error)
            ? (error.detailIn(locale) ?? error.titleIn(locale) ?? error.message)
            : this.transloco.translate('errors.generic'),
        );
      },
    });
  }
}
