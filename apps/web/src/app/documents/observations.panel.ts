import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { DocumentDetail, Observation } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { problemMessage } from '../core/http/server-errors';
import { LocaleService } from '../core/i18n/locale.service';
import { AuthService } from '../core/auth/auth.service';
import { DocumentsApi } from './documents.api';
import type { SelectionAnchors } from './proposals.panel';

/** Observations: comments anchored to the selected text, answered in threads and resolved. */
@Component({
  selector: 'cc-observations-panel',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (document().permission !== 'read') {
      <form class="compose" (submit)="$event.preventDefault(); observe()">
        <p class="hint">
          @if (selection(); as s) {
            {{ 'documents.observations.selected' | transloco: { text: s.text || '∅' } }}
          } @else {
            {{ 'documents.observations.selectFirst' | transloco }}
          }
        </p>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'documents.observations.body' | transloco }}</mat-label>
          <textarea matInput rows="2" [formControl]="body" data-testid="observation-body"></textarea>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="!selection() || busy()">{{ 'documents.observations.submit' | transloco }}</button>
      </form>
    }
    <p class="error" role="alert">{{ error() }}</p>
    @if (observations().length === 0) {
      <p class="empty">{{ 'documents.observations.empty' | transloco }}</p>
    }
    <ul class="items">
      @for (o of observations(); track o.id) {
        <li class="item" [attr.data-status]="o.resolved ? 'resolved' : 'open'">
          <p class="meta">
            <strong>{{ o.author.name }}</strong>
            @if (o.resolved) {
              <span class="chip">{{ 'documents.observations.resolved' | transloco }}</span>
            }
          </p>
          <blockquote>{{ o.quote }}</blockquote>
          <p>{{ o.body }}</p>
          @for (r of o.replies; track r.id) {
            <p class="reply">
              <strong>{{ r.author.name }}:</strong> {{ r.body }}
            </p>
          }
          @if (!o.resolved && document().permission !== 'read') {
            <div class="row">
              <input class="reply-input" [attr.aria-label]="'documents.observations.reply' | transloco" #reply />
              <button mat-button type="button" (click)="answer(o, reply)">
                {{ 'documents.observations.reply' | transloco }}
              </button>
              @if (mayResolve(o)) {
                <button mat-stroked-button type="button" (click)="resolve(o)">{{ 'documents.observations.resolve' | transloco }}</button>
              }
            </div>
          }
        </li>
      }
    </ul>
  `,
  styleUrl: './document.panels.scss',
})
export class ObservationsPanel {
  private readonly api = inject(DocumentsApi);
  private readonly auth = inject(AuthService);
  private readonly locale = inject(LocaleService).locale;

  readonly document = input.required<DocumentDetail>();
  readonly observations = input.required<Observation[]>();
  readonly selection = input<SelectionAnchors | null>(null);
  readonly changed = output<void>();

  protected readonly body = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected observe(): void {
    const selection = this.selection();
    if (!selection || this.body.invalid) return;
    this.run(this.api.observe(this.document().id, { start: selection.start, end: selection.end, body: this.body.value }), () =>
      this.body.reset(),
    );
  }

  /** The reply box is emptied only once the server took the reply, so a failed send keeps what was typed. */
  protected answer(o: Observation, box: HTMLInputElement): void {
    const text = box.value.trim();
    if (text) this.run(this.api.reply(this.document().id, o.id, text), () => (box.value = ''));
  }

  /** As the server decides: the thread's author or someone who edits. */
  protected mayResolve(o: Observation): boolean {
    return this.document().permission === 'edit' || o.author.id === this.auth.me()?.id;
  }

  protected resolve(o: Observation): void {
    this.run(this.api.resolve(this.document().id, o.id));
  }

  private run(request: Observable<unknown>, done?: () => void): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        done?.();
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(problemMessage(error, this.locale()) ?? String(error));
      },
    });
  }
}
