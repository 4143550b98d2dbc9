import {
  AfterViewInit,
  ChangeDetectionStrategy,
  OnInit,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { PublicIdea } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { describeFailure } from '../account/describe-failure';
import { ApiClient } from '../core/http/api-client';
import { LocaleService } from '../core/i18n/locale.service';

/**
 * Its authors correct an idea while the ideas phase is open: title, description, who it helps and the team. The
 * server decides whether the phase still allows it; its refusal is shown here in the interface language.
 */
@Component({
  selector: 'cc-idea-edit-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="edit-form" [formGroup]="form" (ngSubmit)="submit()" (keydown.escape)="cancelled.emit()">
      <h2>{{ 'challenges.edit.heading' | transloco }}</h2>
      <mat-form-field>
        <mat-label>{{ 'challenges.form.title' | transloco }}</mat-label>
        <input #title matInput formControlName="title" maxlength="200" required />
        <mat-error>{{ 'challenges.form.required' | transloco }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'challenges.form.description' | transloco }}</mat-label>
        <textarea matInput formControlName="description" rows="5" maxlength="10000" required></textarea>
        <mat-error>{{ 'challenges.form.required' | transloco }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'challenges.form.beneficiaries' | transloco }}</mat-label>
        <input matInput formControlName="beneficiaries" maxlength="2000" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'challenges.form.team' | transloco }}</mat-label>
        <input matInput formControlName="team" maxlength="2000" />
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'challenges.edit.save' | transloco }}</button>
        <button mat-button type="button" (click)="cancelled.emit()">{{ 'challenges.edit.cancel' | transloco }}</button>
      </div>
      @if (failure(); as failure) {
        <p role="alert" class="failure">{{ failure }}</p>
      }
    </form>
  `,
  styles: `
    .edit-form {
      display: grid;
      gap: 4px;
      max-width: 640px;
      margin: 16px 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .failure {
      color: var(--mat-sys-error);
    }
  `,
})
export class IdeaEditForm implements OnInit, AfterViewInit {
  private readonly client = inject(ApiClient);
  private readonly locale = inject(LocaleService).locale;
  private readonly transloco = inject(TranslocoService);

  readonly idea = input.required<PublicIdea>();
  readonly saved = output<void>();
  readonly cancelled = output<void>();

  private readonly titleField = viewChild.required<ElementRef<HTMLInputElement>>('title');
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', [Validators.required]],
    beneficiaries: [''],
    team: [''],
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  /** Opens with the idea as it stands. */
  ngOnInit(): void {
    const { title, description, beneficiaries, team } = this.idea();
    this.form.setValue({ title, description, beneficiaries, team });
  }

  /** The title takes the focus, so the keyboard lands where the editing starts. */
  ngAfterViewInit(): void {
    this.titleField().nativeElement.focus();
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.busy.set(true);
    this.failure.set(null);
    this.client.call('editIdea', { params: { ideaId: this.idea().id }, body: this.form.getRawValue() }).subscribe({
      next: () => {
        this.busy.set(false);
        this.saved.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeFailure(error, this.locale(), this.transloco));
      },
    });
  }
}
