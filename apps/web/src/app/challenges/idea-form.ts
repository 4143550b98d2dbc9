import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnInit,
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
import { Router } from '@angular/router';
import { PublicIdea } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { describeFailure } from '../account/describe-failure';
import { ApiClient } from '../core/http/api-client';
import { LocaleService } from '../core/i18n/locale.service';

/**
 * An idea's form: title, description, who it helps and the team. Given a `problemId`, a citizen proposes an idea to
 * it (ideas phase); once sent, the idea's own page opens (its heading takes the focus), where the author sees it
 * awaiting filtering's answer. Given an `idea`, its authors correct it while the ideas phase is open: the form opens
 * filled with the title focused, and `saved` or `cancelled` tells the idea page. The server decides whether the
 * phase still allows either; its refusal is shown here in the interface language.
 */
@Component({
  selector: 'cc-idea-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="idea-form" [formGroup]="form" (ngSubmit)="submit()" (keydown.escape)="cancel()">
      @if (idea()) {
        <h2>{{ 'challenges.edit.heading' | transloco }}</h2>
      } @else {
        <h3>{{ 'challenges.form.heading' | transloco }}</h3>
      }
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
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ (idea() ? 'challenges.edit.save' : 'challenges.form.submit') | transloco }}
        </button>
        @if (idea()) {
          <button mat-button type="button" (click)="cancel()">{{ 'challenges.edit.cancel' | transloco }}</button>
        }
      </div>
      @if (failure(); as failure) {
        <p role="alert" class="failure">{{ failure }}</p>
      }
    </form>
  `,
  styles: `
    .idea-form {
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
export class IdeaForm implements OnInit, AfterViewInit {
  /** The problem a new idea is proposed to. */
  readonly problemId = input<string>();
  /** The idea its authors correct. */
  readonly idea = input<PublicIdea>();
  readonly saved = output<void>();
  readonly cancelled = output<void>();

  private readonly client = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly locale = inject(LocaleService).locale;
  private readonly transloco = inject(TranslocoService);
  private readonly titleField = viewChild.required<ElementRef<HTMLInputElement>>('title');
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', [Validators.required]],
    beneficiaries: [''],
    team: [''],
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  /** A correction opens with the idea as it stands. */
  ngOnInit(): void {
    const idea = this.idea();
    if (idea) this.form.setValue({ title: idea.title, description: idea.description, beneficiaries: idea.beneficiaries, team: idea.team });
  }

  /** A correction's title takes the focus, so the keyboard lands where the editing starts. */
  ngAfterViewInit(): void {
    if (this.idea()) this.titleField().nativeElement.focus();
  }

  protected cancel(): void {
    if (this.idea()) this.cancelled.emit();
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.busy.set(true);
    this.failure.set(null);
    this.send().subscribe({
      next: (sent) => {
        this.busy.set(false);
        if (this.idea()) this.saved.emit();
        else void this.router.navigate(['/portal/challenges/ideas', sent.id], { state: { sent: true } });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeFailure(error, this.locale(), this.transloco));
      },
    });
  }

  private send(): Observable<{ id: string }> {
    const body = this.form.getRawValue();
    const idea = this.idea();
    if (idea) return this.client.call('editIdea', { params: { ideaId: idea.id }, body });
    return this.client.call('submitIdea', { params: { problemId: this.problemId() ?? '' }, body });
  }
}
