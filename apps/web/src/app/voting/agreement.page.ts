import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { AgreementDetail, AgreementStatus, AttachmentSummary } from '@cocrea/contracts';
import { AGREEMENT_TRANSITIONS, can } from '@cocrea/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { AttachmentLink } from '../core/attachments/attachment-link';
import { AttachmentUpload } from '../core/attachments/attachment-upload';
import { PublicVersionUpload } from '../core/attachments/public-version-upload';
import { AuthService } from '../core/auth/auth.service';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { calendarDay } from '../core/i18n/calendar-day';
import { mexicoCityDateTime } from '../core/i18n/mexico-city-time';
import { ErrorPanel } from '../core/ui/error-panel';
import { AgreementHistory } from './agreement-history';
import { VotingApi } from './voting.api';
import { MexicanDateInput } from '../core/forms/mexican-date-input';
import { PersonSearch } from '../core/forms/person-search';
import { AdoptedBy } from '../core/i18n/adopted-by';

/** One agreement: how it was adopted, its follow-up notes with evidence, and (chair, secretary) its status moves. */
@Component({
  selector: 'cc-agreement-page',
  imports: [
    AdoptedBy,
    MexicanDateInput,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    TranslocoPipe,
    ErrorPanel,
    AttachmentLink,
    AttachmentUpload,
    PublicVersionUpload,
    AgreementHistory,
    PersonSearch,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/voting/agreements">← {{ 'voting.board.title' | transloco }}</a>
    </p>
    @if (error(); as e) {
      <cc-error-panel [error]="e" heading="voting.detail.error" (retry)="load()" />
    } @else if (agreement(); as a) {
      <h1 tabindex="-1">{{ 'voting.detail.title' | transloco: { number: a.number } }}</h1>
      <p class="text">{{ a.text }}</p>
      <cc-agreement-history [agreement]="a" [mayCorrect]="mayEdit()" (corrected)="show($event)" />
      <dl class="facts">
        <dt>{{ 'voting.board.status' | transloco }}</dt>
        <dd>
          <span class="status status--{{ a.status }}">{{ 'voting.agreementStatuses.' + a.status | transloco }}</span>
        </dd>
        <dt>{{ 'voting.board.adopted' | transloco }}</dt>
        <dd><cc-adopted-by [agreement]="a" /></dd>
        <dt>{{ 'voting.detail.session' | transloco }}</dt>
        <dd>
          <a [routerLink]="['/sessions', a.meetingId]">{{ a.meetingTitle }}</a> · {{ day(a.meetingDate) }}
        </dd>
        <dt>{{ 'voting.board.responsible' | transloco }}</dt>
        <dd>{{ a.responsible ?? '—' }}</dd>
        <dt>{{ 'voting.board.assignee' | transloco }}</dt>
        <dd>{{ a.assignee?.name ?? '—' }}</dd>
        <dt>{{ 'voting.board.due' | transloco }}</dt>
        <dd>
          {{ a.dueOn ? day(a.dueOn) : '—' }}
          @if (a.overdue) {
            <strong class="overdue">{{ 'voting.board.overdue' | transloco }}</strong>
          }
        </dd>
      </dl>
      @if (mayEdit()) {
        <form class="followup" [formGroup]="followUp" (ngSubmit)="saveFollowUp()" [attr.aria-label]="'voting.detail.followUp' | transloco">
          <mat-form-field>
            <mat-label>{{ 'voting.board.responsible' | transloco }}</mat-label>
            <input matInput formControlName="responsible" maxlength="300" />
          </mat-form-field>
          <cc-person-search
            [control]="followUp.controls.assigneePersonId"
            label="voting.board.assignee"
            emptyLabel="voting.board.unassigned"
            [known]="a.assignee"
            appearance="fill"
          />
          <mat-form-field>
            <mat-label>{{ 'voting.board.due' | transloco }}</mat-label>
            <input matInput ccMexicanDate formControlName="dueOn" />
          </mat-form-field>
          <button mat-stroked-button type="submit" [disabled]="busy()">{{ 'voting.detail.saveFollowUp' | transloco }}</button>
        </form>
      }

      <h2>{{ 'voting.detail.notes' | transloco }}</h2>
      @if (a.notes.length === 0) {
        <p>{{ 'voting.detail.noNotes' | transloco }}</p>
      } @else {
        <ol class="notes" aria-live="polite">
          @for (n of a.notes; track n.id) {
            <li>
              <p class="note__meta">
                {{ when(n.createdAt) }} · {{ n.authorName }}
                @if (n.statusTo) {
                  ·
                  {{
                    'voting.detail.moved'
                      | transloco
                        : {
                            from: ('voting.agreementStatuses.' + n.statusFrom | transloco),
                            to: ('voting.agreementStatuses.' + n.statusTo | transloco),
                          }
                  }}
                }
              </p>
              <p>{{ n.body }}</p>
              @for (f of n.attachments; track f.id) {
                <cc-attachment-link [attachment]="f" />
                @if (mayEdit()) {
                  <cc-public-version-upload [original]="f" />
                }
              }
            </li>
          }
        </ol>
      }

      @if (mayEdit()) {
        <form class="note-form" [formGroup]="form" (ngSubmit)="submit()" [attr.aria-label]="'voting.detail.addNote' | transloco">
          <h2>{{ 'voting.detail.addNote' | transloco }}</h2>
          <mat-form-field class="grow">
            <mat-label>{{ 'voting.detail.note' | transloco }}</mat-label>
            <textarea matInput formControlName="body" rows="3" maxlength="4000"></textarea>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'voting.detail.newStatus' | transloco }}</mat-label>
            <mat-select formControlName="status">
              <mat-option value="">{{ 'voting.detail.keepStatus' | transloco }}</mat-option>
              @for (st of nextStatuses(); track st) {
                <mat-option [value]="st">{{ 'voting.agreementStatuses.' + st | transloco }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <cc-attachment-upload [label]="'voting.detail.evidence' | transloco" (uploaded)="addEvidence($event)" />
          @for (f of evidence(); track f.id) {
            <cc-attachment-link [attachment]="f" />
            <cc-public-version-upload [original]="f" />
          }
          @if (confirming()) {
            <p
              role="group"
              class="confirm"
              [attr.aria-label]="'voting.detail.confirmTitle' | transloco"
              (keydown.escape)="confirming.set(false)"
            >
              {{ 'voting.detail.confirm' | transloco: { status: ('voting.agreementStatuses.' + form.controls.status.value | transloco) } }}
              <button mat-flat-button type="submit" [disabled]="busy()">{{ 'voting.detail.confirmYes' | transloco }}</button>
              <button mat-button type="button" (click)="confirming.set(false)">{{ 'voting.cancel' | transloco }}</button>
            </p>
          } @else {
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'voting.detail.save' | transloco }}</button>
          }
          @if (saveError(); as message) {
            <p role="alert" class="error">{{ message }}</p>
          }
        </form>
      }
    } @else {
      <p role="status">{{ 'voting.loading' | transloco }}</p>
    }
  `,
  styles: `
    .text {
      font: var(--mat-sys-title-medium);
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dt {
      font-weight: 600;
    }
    .overdue,
    .error {
      color: var(--mat-sys-error);
    }
    .note__meta {
      color: var(--mat-sys-on-surface-variant);
      margin-bottom: 0;
    }
    .followup {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
      max-width: 960px;
    }
    .note-form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 720px;
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .status {
      font-weight: 600;
    }
  `,
})
export class AgreementPage {
  readonly id = input.required<string>();
  private readonly api = inject(VotingApi);
  private readonly auth = inject(AuthService);
  private readonly locale = inject(LocaleService).locale;
  protected readonly agreement = signal<AgreementDetail | null>(null);
  protected readonly error = signal<unknown>(null);
  protected readonly saveError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly evidence = signal<AttachmentSummary[]>([]);
  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
    status: new FormControl<AgreementStatus | ''>('', { nonNullable: true }),
  });
  protected readonly followUp = new FormGroup({
    responsible: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(300)] }),
    assigneePersonId: new FormControl('', { nonNullable: true }),
    dueOn: new FormControl('', { nonNullable: true }),
  });
  protected readonly mayEdit = computed(() => {
    const me = this.auth.me();
    const a = this.agreement();
    return !!me && !!a && can(me, 'meetings.manage', a.commissionId);
  });
  protected readonly nextStatuses = computed(() => {
    const a = this.agreement();
    return a ? AGREEMENT_TRANSITIONS[a.status] : [];
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
  }

  protected load(id = this.id()): void {
    this.error.set(null);
    this.api.agreement(id).subscribe({ next: (a) => this.show(a), error: (e: unknown) => this.error.set(e) });
  }

  protected show(a: AgreementDetail): void {
    this.agreement.set(a);
    this.followUp.reset({ responsible: a.responsible ?? '', assigneePersonId: a.assignee?.personId ?? '', dueOn: a.dueOn ?? '' });
  }

  /** Who answers for the agreement and by when: chair or secretary (the server checks, and tells a new assignee). */
  protected saveFollowUp(): void {
    const { responsible, assigneePersonId, dueOn } = this.followUp.getRawValue();
    this.busy.set(true);
    this.saveError.set(null);
    const body = { responsible: responsible.trim() || null, assigneePersonId: assigneePersonId || null, dueOn: dueOn || null };
    this.api.updateAgreement(this.id(), body).subscribe({
      next: (a) => {
        this.busy.set(false);
        this.show(a);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.saveError.set(isApiError(e) ? (e.detailIn(this.locale()) ?? e.message) : String(e));
      },
    });
  }

  protected addEvidence(file: AttachmentSummary): void {
    this.evidence.update((list) => [...list, file]);
  }

  /** A status change asks for confirmation first; a plain note is saved at once. */
  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { body, status } = this.form.getRawValue();
    if (status && !this.confirming()) {
      this.confirming.set(true);
      return;
    }
    this.confirming.set(false);
    this.busy.set(true);
    this.saveError.set(null);
    this.api.addNote(this.id(), { body, status: status || undefined, attachmentIds: this.evidence().map((f) => f.id) }).subscribe({
      next: (a) => {
        this.busy.set(false);
        this.show(a);
        this.evidence.set([]);
        this.form.reset({ body: '', status: '' });
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.saveError.set(isApiError(e) ? (e.detailIn(this.locale()) ?? e.message) : String(e));
      },
    });
  }

  protected day(date: string): string {
    return calendarDay(date, this.locale());
  }

  protected when(iso: string): string {
    return mexicoCityDateTime(iso, this.locale());
  }
}
