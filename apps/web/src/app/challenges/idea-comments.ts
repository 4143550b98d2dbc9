import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { PublicIdeaComment } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, Observable } from 'rxjs';
import { describeFailure } from '../account/describe-failure';
import { ApiClient } from '../core/http/api-client';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { loadFrom } from '../core/ui/load-from';

const PAGE_SIZE = 20;

/**
 * An idea's comments on its public page, a page at a time, oldest first; one hidden by moderation shows "retirado por
 * moderación" and its reason instead of its text. Whoever is signed in comments while the challenge is open; a
 * manager of the challenge hides a comment with a reason. The api checks both again.
 */
@Component({
  selector: 'cc-idea-comments',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatProgressBar,
    TranslocoPipe,
    CommissionTimePipe,
    ErrorPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 #heading tabindex="-1">{{ 'challenges.comments.heading' | transloco: { count: comments.value()?.total ?? 0 } }}</h2>
    @if (comments.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (comments.error(); as error) {
      <cc-error-panel [error]="error" heading="challenges.comments.loadError" (retry)="comments.reload()" />
    } @else if (comments.value(); as page) {
      @if (page.items.length === 0) {
        <p class="empty">{{ 'challenges.comments.empty' | transloco }}</p>
      } @else {
        <ol class="comments">
          @for (c of page.items; track c.id) {
            <li class="comment">
              <p class="muted">
                <strong>{{ c.author }}</strong> · {{ c.createdAt | commissionTime: locale() }}
              </p>
              @if (c.hidden; as hidden) {
                <p class="comment__hidden">{{ 'challenges.comments.hidden' | transloco: { reason: hidden.reason } }}</p>
              } @else {
                <p class="comment__body">{{ c.body }}</p>
                @if (moderate()) {
                  @if (hiding() === c.id) {
                    <form class="hide-form" [formGroup]="hideForm" (ngSubmit)="hide(c)">
                      <mat-form-field>
                        <mat-label>{{ 'challenges.comments.hideReason' | transloco }}</mat-label>
                        <input #reason matInput formControlName="reason" maxlength="500" required />
                        <mat-hint>{{ 'challenges.comments.hideHint' | transloco }}</mat-hint>
                        <mat-error>{{ 'challenges.form.required' | transloco }}</mat-error>
                      </mat-form-field>
                      <div class="actions">
                        <button mat-flat-button type="submit" [disabled]="busy()">
                          {{ 'challenges.comments.hideConfirm' | transloco }}
                        </button>
                        <button mat-button type="button" (click)="hiding.set(null)">{{ 'challenges.comments.cancel' | transloco }}</button>
                      </div>
                    </form>
                  } @else {
                    <button mat-button type="button" (click)="startHiding(c.id)">{{ 'challenges.comments.hide' | transloco }}</button>
                  }
                }
              }
            </li>
          }
        </ol>
        @if (pages() > 1) {
          <nav class="pager" [attr.aria-label]="'challenges.comments.pages' | transloco">
            <button mat-stroked-button type="button" [disabled]="page.page <= 1" (click)="goTo(page.page - 1)">
              {{ 'challenges.comments.previous' | transloco }}
            </button>
            <span>{{ 'challenges.comments.pageOf' | transloco: { page: page.page, pages: pages() } }}</span>
            <button mat-stroked-button type="button" [disabled]="page.page >= pages()" (click)="goTo(page.page + 1)">
              {{ 'challenges.comments.next' | transloco }}
            </button>
          </nav>
        }
      }
    }
    @if (canComment()) {
      <form class="comment-form" [formGroup]="form" (ngSubmit)="submit()">
        <mat-form-field>
          <mat-label>{{ 'challenges.comments.new' | transloco }}</mat-label>
          <textarea matInput formControlName="body" rows="3" maxlength="2000" required></textarea>
          <mat-error>{{ 'challenges.form.required' | transloco }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'challenges.comments.send' | transloco }}</button>
      </form>
    }
    <p role="alert" class="failure">{{ failure() }}</p>
  `,
  styles: `
    h2 {
      font: var(--mat-sys-title-large);
      margin: 24px 0 8px;
    }
    .comments {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .comment {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .comment p {
      margin: 4px 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
    .comment__hidden {
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .pager,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin: 8px 0;
    }
    .comment-form,
    .hide-form {
      display: grid;
      gap: 4px;
      max-width: 640px;
      margin-top: 12px;
    }
    .comment-form button {
      justify-self: start;
    }
    .failure {
      color: var(--mat-sys-error);
    }
    .failure:empty {
      display: none;
    }
  `,
})
export class IdeaComments {
  private readonly api = inject(ApiClient);
  private readonly transloco = inject(TranslocoService);
  private readonly builder = inject(NonNullableFormBuilder);
  protected readonly locale = inject(LocaleService).locale;

  readonly ideaId = input.required<string>();
  /** Signed in while the challenge is open. */
  readonly canComment = input(false);
  /** A manager of the challenge. */
  readonly moderate = input(false);

  private readonly page = signal(1);
  private readonly request = computed(() => ({ ideaId: this.ideaId(), page: this.page() }));
  protected readonly comments = loadFrom(toObservable(this.request), ({ ideaId, page }) =>
    this.api.call('listPublicIdeaComments', { params: { ideaId }, query: { page, pageSize: PAGE_SIZE } }),
  );
  protected readonly pages = computed(() => Math.max(1, Math.ceil((this.comments.value()?.total ?? 0) / PAGE_SIZE)));
  protected readonly busy = signal(false);
  protected readonly failure = signal('');
  protected readonly hiding = signal<string | null>(null);
  protected readonly form = this.builder.group({ body: ['', [Validators.required, Validators.maxLength(2000)]] });
  protected readonly hideForm = this.builder.group({ reason: ['', [Validators.required, Validators.maxLength(500)]] });
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly reasonInput = viewChild<ElementRef<HTMLInputElement>>('reason');

  protected goTo(page: number): void {
    this.page.set(page);
    this.heading().nativeElement.focus();
  }

  protected startHiding(id: string): void {
    this.hideForm.reset();
    this.hiding.set(id);
    queueMicrotask(() => this.reasonInput()?.nativeElement.focus());
  }

  /** A new comment goes to the end: the last page is shown, and the list's heading takes the focus. */
  protected async submit(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const added = await this.run(this.api.call('addIdeaComment', { params: { ideaId: this.ideaId() }, body: this.form.getRawValue() }));
    if (!added) return;
    this.form.reset();
    const total = (this.comments.value()?.total ?? 0) + 1;
    this.page.set(Math.ceil(total / PAGE_SIZE));
    this.comments.reload();
    this.heading().nativeElement.focus();
  }

  protected async hide(comment: PublicIdeaComment): Promise<void> {
    if (this.hideForm.invalid) return this.hideForm.markAllAsTouched();
    const hidden = await this.run(
      this.api.call('hideIdeaComment', { params: { commentId: comment.id }, body: this.hideForm.getRawValue() }),
    );
    if (!hidden) return;
    this.hiding.set(null);
    this.comments.reload();
    this.heading().nativeElement.focus();
  }

  private async run<T>(call: Observable<T>): Promise<T | null> {
    this.busy.set(true);
    this.failure.set('');
    try {
      return await firstValueFrom(call);
    } catch (error: unknown) {
      this.failure.set(describeFailure(error, this.locale(), this.transloco));
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
