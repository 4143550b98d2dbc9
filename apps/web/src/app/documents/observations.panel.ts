import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { DocumentDetail, Observation } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { DocumentsApi } from './documents.api';
import { PanelRequests } from './panel-requests';
import { SelectionAnchors, SelectionCompose } from './selection-compose';

/** Observations: comments anchored to the selected text, answered in threads and resolved. */
@Component({
  selector: 'cc-observations-panel',
  imports: [SelectionCompose, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (document().permission !== 'read') {
      <cc-selection-compose
        keys="documents.observations"
        label="documents.observations.body"
        testId="observation-body"
        [text]="body"
        [selection]="selection()"
        [busy]="requests.busy()"
        (send)="observe()"
      />
    }
    <p class="error" role="alert">{{ requests.error() }}</p>
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

  readonly document = input.required<DocumentDetail>();
  readonly observations = input.required<Observation[]>();
  readonly selection = input<SelectionAnchors | null>(null);
  readonly changed = output<void>();

  protected readonly body = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] });
  protected readonly requests = new PanelRequests(this.changed);

  protected observe(): void {
    const selection = this.selection();
    if (!selection || this.body.invalid) return;
    this.requests.run(this.api.observe(this.document().id, { start: selection.start, end: selection.end, body: this.body.value }), () =>
      this.body.reset(),
    );
  }

  /** The reply box is emptied only once the server took the reply, so a failed send keeps what was typed. */
  protected answer(o: Observation, box: HTMLInputElement): void {
    const text = box.value.trim();
    if (text) this.requests.run(this.api.reply(this.document().id, o.id, text), () => (box.value = ''));
  }

  /** As the server decides: the thread's author or someone who edits. */
  protected mayResolve(o: Observation): boolean {
    return this.document().permission === 'edit' || o.author.id === this.auth.me()?.id;
  }

  protected resolve(o: Observation): void {
    this.requests.run(this.api.resolve(this.document().id, o.id));
  }
}
