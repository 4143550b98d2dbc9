import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { AddSpeaker as AddSpeakerBody, MeetingState } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { LiveMeeting } from '../core/live/live-meeting';
import { SessionsApi } from './sessions.api';
import { byName } from '../core/i18n/collation';

/** The chair or secretary puts someone on the speakers' list: a member or representative who asked by chat or voice, or a guest. */
@Component({
  selector: 'cc-add-speaker',
  imports: [ReactiveFormsModule, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="add-speaker" [formGroup]="form" (ngSubmit)="add()" [attr.aria-label]="'secretary.speakers.title' | transloco">
      <label class="who">
        {{ 'secretary.speakers.who' | transloco }}
        <select formControlName="personId">
          <option value="">{{ 'secretary.speakers.guest' | transloco }}</option>
          @for (person of people(); track person.id) {
            <option [value]="person.id">{{ person.name }}</option>
          }
        </select>
      </label>
      @if (!form.controls.personId.value) {
        <label>
          {{ 'secretary.speakers.guestName' | transloco }}
          <input formControlName="guestName" />
        </label>
        <label>
          {{ 'secretary.speakers.organization' | transloco }}
          <input formControlName="guestOrganization" />
        </label>
      }
      <button mat-stroked-button type="submit" [disabled]="busy()">{{ 'secretary.speakers.add' | transloco }}</button>
      @if (error(); as message) {
        <span class="action-error" role="alert">{{ message }}</span>
      }
    </form>
  `,
  styles: `
    .add-speaker {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: end;
      margin: 0.5rem 0;
    }
    label {
      display: grid;
      gap: 0.25rem;
      flex: 1 1 12rem;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .who {
      flex: 2 1 16rem;
    }
    select,
    input {
      min-height: 2.5rem;
      padding: 0 0.5rem;
      font: inherit;
      font-size: 1rem;
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface);
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      min-width: 0;
    }
    .action-error {
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
      padding: 0.5rem 0.75rem;
      border-radius: 0.5rem;
    }
  `,
})
export class AddSpeaker {
  readonly state = input.required<MeetingState>();

  private readonly api = inject(SessionsApi);
  private readonly live = inject(LiveMeeting);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).locale;

  /** Members and the representatives named in letters, in Spanish name order. */
  protected readonly people = computed(() =>
    byName(
      [
        ...this.state().attendance.map((row) => ({ id: row.personId, name: row.name })),
        ...this.state().representations.flatMap((r) =>
          r.representativePersonId ? [{ id: r.representativePersonId, name: r.representativeName }] : [],
        ),
      ],
      (person) => person.name,
    ),
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    personId: new FormControl('', { nonNullable: true }),
    guestName: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    guestOrganization: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
  });

  protected add(): void {
    const v = this.form.getRawValue();
    const body: AddSpeakerBody = v.personId
      ? { personId: v.personId }
      : { guestName: v.guestName.trim(), guestOrganization: v.guestOrganization.trim() || null };
    if (!v.personId && !v.guestName.trim()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.askForFloor(this.state().meeting.id, body).subscribe({
      next: (state) => {
        this.busy.set(false);
        this.form.reset();
        this.live.accept(state);
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
