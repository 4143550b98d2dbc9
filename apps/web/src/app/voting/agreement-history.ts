import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { AgreementDetail } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { mexicoCityDateTime } from '../core/i18n/mexico-city-time';
import { VotingApi } from './voting.api';

/**
 * An agreement's text as adopted and every correction since (who, when, why); chair and secretary correct it here,
 * an explicit act with a reason, never a silent edit.
 */
@Component({
  selector: 'cc-agreement-history',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = agreement();
    @if (a.revisions.length) {
      <section class="history" [attr.aria-label]="'record.agreement.history' | transloco">
        <h2>{{ 'record.agreement.history' | transloco }}</h2>
        @if (a.adoptedText !== a.text) {
          <p>
            <strong>{{ 'record.agreement.adopted' | transloco }}</strong> {{ a.adoptedText }}
          </p>
        }
        <ol>
          @for (r of a.revisions; track r.at) {
            <li>
              <p class="meta">
                {{ when(r.at) }} · {{ 'record.agreement.kinds.' + r.kind | transloco }}
                @if (r.byName) {
                  · {{ r.byName }}
                }
              </p>
              <p>{{ r.reason }}</p>
              @if (r.kind === 'correction') {
                <p>
                  <del>{{ r.textBefore }}</del>
                  →
                  <ins>{{ r.textAfter }}</ins>
                </p>
              }
            </li>
          }
        </ol>
      </section>
    }
    @if (mayCorrect()) {
      @if (editing()) {
        <form class="correct" [formGroup]="form" (ngSubmit)="submit()" [attr.aria-label]="'record.agreement.correct' | transloco">
          <mat-form-field>
            <mat-label>{{ 'record.agreement.newText' | transloco }}</mat-label>
            <textarea #text matInput formControlName="text" rows="3" maxlength="2000"></textarea>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'record.agreement.reason' | transloco }}</mat-label>
            <input matInput formControlName="reason" maxlength="1000" />
          </mat-form-field>
          <p class="actions">
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'record.agreement.save' | transloco }}</button>
            <button mat-button type="button" (click)="editing.set(false)">{{ 'record.agreement.cancel' | transloco }}</button>
          </p>
          @if (error(); as message) {
            <p role="alert" class="error">{{ message }}</p>
          }
        </form>
      } @else {
        <button mat-stroked-button type="button" (click)="start()">{{ 'record.agreement.correct' | transloco }}</button>
      }
    }
  `,
  styles: `
    .meta {
      color: var(--mat-sys-on-surface-variant);
      margin-bottom: 0;
    }
    .correct {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 720px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class AgreementHistory {
  readonly agreement = input.required<AgreementDetail>();
  readonly mayCorrect = input(false);
  readonly corrected = output<AgreementDetail>();
  private readonly api = inject(VotingApi);
  private readonly locale = inject(LocaleService).locale;
  private readonly textField = viewChild<ElementRef<HTMLTextAreaElement>>('text');
  protected readonly editing = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    text: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(1000)],
    }),
  });

  protected start(): void {
    this.form.reset({ text: this.agreement().text, reason: '' });
    this.error.set(null);
    this.editing.set(true);
    setTimeout(() => this.textField()?.nativeElement.focus());
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api.correctAgreement(this.agreement().id, this.form.getRawValue()).subscribe({
      next: (a) => {
        this.busy.set(false);
        this.editing.set(false);
        this.corrected.emit(a);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.error.set(isApiError(e) ? (e.detailIn(this.locale()) ?? e.message) : String(e));
      },
    });
  }

  protected when(iso: string): string {
    return mexicoCityDateTime(iso, this.locale());
  }
}
