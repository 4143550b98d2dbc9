import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { DocumentDetail, PersonRef, Proposal } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { confirmAction } from '../core/ui/confirm-dialog';
import { DocumentsApi } from './documents.api';
import { PanelRequests } from './panel-requests';
import { SelectionAnchors, SelectionCompose } from './selection-compose';

/** Proposals: propose a replacement for the selected text; those who edit accept or reject (one, or all from one person). */
@Component({
  selector: 'cc-proposals-panel',
  imports: [SelectionCompose, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (document().permission !== 'read') {
      <cc-selection-compose
        keys="documents.proposals"
        label="documents.proposals.replacement"
        testId="proposal-replacement"
        [text]="replacement"
        [selection]="selection()"
        [busy]="requests.busy()"
        (send)="propose()"
      />
    }
    <p class="error" role="alert">{{ requests.error() }}</p>
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

  readonly document = input.required<DocumentDetail>();
  readonly proposals = input.required<Proposal[]>();
  readonly selection = input<SelectionAnchors | null>(null);
  readonly changed = output<void>();

  protected readonly replacement = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(10000)] });
  /** A refused decision reloads too: another person may have decided first. */
  protected readonly requests = new PanelRequests(this.changed, true);
  protected readonly authorsWithOpen = computed(() => {
    const authors = new Map<string, PersonRef>();
    for (const p of this.proposals()) if (p.status === 'open') authors.set(p.author.id, p.author);
    return [...authors.values()];
  });

  protected propose(): void {
    const selection = this.selection();
    if (!selection) return;
    this.requests.run(
      this.api.propose(this.document().id, { start: selection.start, end: selection.end, replacement: this.replacement.value }),
      () => this.replacement.reset(),
    );
  }

  protected decide(p: Proposal, decision: 'accept' | 'reject'): void {
    if (decision === 'accept') {
      this.requests.run(this.api.decide(this.document().id, p.id, decision));
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
      if (confirmed) this.requests.run(this.api.decide(this.document().id, p.id, decision));
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
      if (confirmed) this.requests.run(this.api.decideAll(this.document().id, author.id, decision));
    });
  }
}
