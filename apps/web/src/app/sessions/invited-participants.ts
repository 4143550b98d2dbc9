import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { can } from '@cocrea/domain';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { InvitedParticipantsApi } from './invited-participants.api';
import { LiveMeeting } from '../core/live/live-meeting';

/**
 * The guests in a session's attendance (not members: GovLab, GESOC…), listed for everyone in the room; the chair or
 * secretary adds them with name, organization and an optional role, from the call until the minutes are approved.
 */
@Component({
  selector: 'cc-invited-participants',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state(); as s) {
      <section class="invited" aria-labelledby="invited-title">
        <h3 id="invited-title">{{ 'record.invited.title' | transloco }}</h3>
        @if (s.invitedParticipants.length === 0) {
          <p>{{ 'record.invited.empty' | transloco }}</p>
        } @else {
          <ul>
            @for (p of s.invitedParticipants; track p.id) {
              <li>
                {{ p.name }} ({{ p.organization }}
                @if (p.role) {
                  , {{ p.role }}
                }
                )
                @if (mayRecord()) {
                  <button mat-button type="button" (click)="remove(p.id)" [disabled]="busy()">
                    {{ 'record.invited.remove' | transloco: { name: p.name } }}
                  </button>
                }
              </li>
            }
          </ul>
        }
        @if (mayRecord()) {
          <form class="add" [formGroup]="form" (ngSubmit)="add()" [attr.aria-label]="'record.invited.add' | transloco">
            <mat-form-field>
              <mat-label>{{ 'record.invited.name' | transloco }}</mat-label>
              <input #name matInput formControlName="name" maxlength="200" required />
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'record.invited.organization' | transloco }}</mat-label>
              <input matInput formControlName="organization" maxlength="300" required />
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'record.invited.role' | transloco }}</mat-label>
              <input matInput formControlName="role" maxlength="200" />
            </mat-form-field>
            <button mat-stroked-button type="submit" [disabled]="busy()">{{ 'record.invited.add' | transloco }}</button>
          </form>
          <p role="status" class="sr-status">{{ done() }}</p>
          @if (error(); as message) {
            <p role="alert" class="error">{{ message }}</p>
          }
        }
      </section>
    }
  `,
  styles: `
    .add {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: baseline;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class InvitedParticipants {
  private readonly api = inject(InvitedParticipantsApi);
  private readonly live = inject(LiveMeeting);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).locale;
  private readonly nameField = viewChild<ElementRef<HTMLInputElement>>('name');
  protected readonly state = this.live.state;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal('');
  /** Chair and secretary record guests once the call is out and until the minutes are approved (the server checks). */
  protected readonly mayRecord = computed(() => {
    const me = this.auth.me();
    const s = this.state();
    return !!me && !!s && s.meeting.status !== 'draft' && can(me, 'meetings.manage', s.meeting.commissionId);
  });
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    organization: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    role: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
  });

  protected add(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, organization, role } = this.form.getRawValue();
    this.run(this.api.add(this.meetingId(), { name, organization, role: role.trim() || null }), () => {
      this.form.reset({ name: '', organization: '', role: '' });
      this.done.set(this.transloco.translate('record.invited.added', { name }));
      this.nameField()?.nativeElement.focus();
    });
  }

  protected remove(participantId: string): void {
    this.run(this.api.remove(this.meetingId(), participantId), () => this.nameField()?.nativeElement.focus());
  }

  private meetingId(): string {
    return this.state()?.meeting.id ?? '';
  }

  private run(call: ReturnType<InvitedParticipantsApi['add']>, after: () => void): void {
    this.busy.set(true);
    this.error.set(null);
    call.subscribe({
      next: (state) => {
        this.busy.set(false);
        this.live.accept(state);
        after();
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.error.set(isApiError(e) ? (e.detailIn(this.locale()) ?? e.message) : String(e));
      },
    });
  }
}
