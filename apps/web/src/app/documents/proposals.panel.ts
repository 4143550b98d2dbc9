import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { DocumentDetail, PersonRef, Proposal } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { problemMessage } from '../core/http/server-errors';
import { LocaleService } from '../core/i18n/locale.service';
import { confirmAction } from '../core/ui/confirm-dialog';
import { DocumentsApi } from './documents.api';

export interface SelectionAnchors {
  start: string;
  end: string;
  text: string;
}

/** Proposals: propose a replacement for the selected text; those who edit accept or reject (one, or all from one person). */
@Component({
  selector: 'cc-proposals-panel',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatInput, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (document().permission !== 'read') {
      <form class="compose" (submit)="$event.preventDefault(); propose()">
        <p class="hint">
          @if (selection(); as s) {
            {{ 'documents.proposals.selected' | transloco: { text: s.text || '∅' } }}
          } @else {
            {{ 'documents.proposals.selectFirst' | transloco }}
          }
        </p>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'documents.proposals.replacement' | transloco }}</mat-label>
          <textarea matInput rows="2" [formControl]="replacement" data-testid="proposal-replacement"></textarea>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="!selection() || busy()">{{ 'documents.proposals.submit' | transloco }}</button>
      </form>
    }
    <p class="error" role="alert">{{ error() }}</p>
    @if (proposals().length === 0) {
      <p class="empty">{{ 'documents.proposals.empty' | transloco }}</p>
    }
    <ul class="items">
      @for (p of proposals(); track p.id) {
        <li class="item" [attr.data-status]="p.status">
          <p class="meta">
            <strong>{{ p.author.name }}</strong>
            @if (p.author.organization) {
              · {{ p.author.organization.shortName || p.author.organization.name }}
            }
            <span class="chip">{{ 'documents.proposals.status.' + p.status | transloco }}</span>
          </p>
          <p>
            <del>{{ p.original }}</del> → <ins>{{ p.replacement }}</ins>
          </p>
          @if (document().mayDecide && p.status === 'open') {
            <div class="row">
              <button mat-stroked-button type="button" (click)="decide(p, 'accept')">{{ 'documents.proposals.accept' | transloco }}</button>
              <button mat-button type="button" (click)="decide(p, 'reject')">{{ 'documents.proposals.reject' | transloco }}</button>
            </div>
          }
        </li>
      }
    </ul>
    @if (document().mayDecide && authorsWithOpen().length) {
      <div class="row" role="group" [attr.aria-label]="'documents.proposals.allFrom' | transloco">
        @for (a of authorsWithOpen(); track a.id) {
          <button mat-stroked-button type="button" (click)="decideAll(a, 'accept')">
            {{ 'documents.proposals.acceptAllFrom' | transloco: { name: a.name } }}
          </button>
          <button mat-button type="button" (click)="decideAll(a, 'reject')">
            {{ 'documents.proposals.rejectAllFrom' | transloco: { name: a.name } }}
          </button>
        }
      </div>
    }
  `,
  styleUrl: './document.panels.scss',
})
export class ProposalsPanel {
  private readonly api = inject(DocumentsApi);
  private readonly dialog = inject(MatDialog);
  private readonly locale = inject(LocaleService).locale;

  readonly document = input.required<DocumentDetail>();
  readonly proposals = input.required<Proposal[]>();
  readonly selection = input<SelectionAnchors | null>(null);
  readonly changed = output<void>();

  protected readonly replacement = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(10000)] });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly authorsWithOpen = computed(() => {
    const authors = new Map<string, PersonRef>();
    for (const p of this.proposals()) if (p.status === 'open') authors.set(p.author.id, p.author);
    return [...authors.values()];
  });

  protected propose(): void {
    const selection = this.selection();
    if (!selection) return;
    this.run(
      this.api.propose(this.document().id, { start: selection.start, end: selection.end, replacement: this.replacement.value }),
      () => this.replacement.reset(),
    );
  }

  protected decide(p: Proposal, decision: 'accept' | 'reject'): void {
    if (decision === 'accept') {
      this.run(this.api.decide(this.document().id, p.id, decision));
      return;
    }
    // A rejection cannot be undone: ask first.
    confirmAction(this.dialog, {
      title: 'documents.proposals.rejectTitle',
      message: 'documents.proposals.rejectMessage',
      confirm: 'documents.proposals.reject',
      params: { name: p.author.name },
      destructive: true,
    }).subscribe((confirmed) => {
      if (confirmed) this.run(this.api.decide(this.document().id, p.id, decision));
    });
  }

  protected decideAll(author: PersonRef, decision: 'accept' | 'reject'): void {
    const keys = decision === 'accept' ? 'acceptAll' : 'rejectAll';
    confirmAction(this.dialog, {
      title: `documents.proposals.${keys}Title`,
      message: `documents.proposals.${keys}Message`,
      confirm: `documents.proposals.${decision}`,
      params: { name: author.name },
      destructive: decision === 'reject',
    }).subscribe((confirmed) => {
      if (confirmed) this.run(this.api.decideAll(this.document().id, author.id, decision));
    });
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
        this.changed.emit();
      },
    });
  }
}
