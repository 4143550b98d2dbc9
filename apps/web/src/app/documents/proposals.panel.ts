import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { DocumentDetail, MeetingSummary, PersonRef, Proposal } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { confirmAction } from '../core/ui/confirm-dialog';
import { focusAfterRender } from '../core/ui/focus-after-render';
import { DocumentsApi } from './documents.api';
import { PanelRequests } from './panel-requests';
import { SelectionAnchors, SelectionCompose } from './selection-compose';

/**
 * Proposals: propose a replacement for the selected text; those who edit accept or reject (one, or all from one person),
 * or send one to a convened or open session of the commission, whose poll then decides it as an amendment.
 */
@Component({
  selector: 'cc-proposals-panel',
  imports: [SelectionCompose, MatButton, MatFormField, MatLabel, MatSelect, MatOption, ReactiveFormsModule, TranslocoPipe],
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
    <p class="hint" role="status">{{ sent() }}</p>
    @if (proposals().length === 0) {
      <p class="empty">{{ 'documents.proposals.empty' | transloco }}</p>
    }
    <ul class="items">
      @for (p of proposals(); track p.id) {
        <li class="item" [attr.data-status]="p.status" [attr.data-proposal]="p.id" tabindex="-1">
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
          @if (p.status === 'open' && (document().mayDecide || document().permission === 'edit')) {
            <div class="row">
              @if (document().mayDecide) {
                <button mat-stroked-button type="button" (click)="decide(p, 'accept')">
                  {{ 'documents.proposals.accept' | transloco }}
                </button>
                <button mat-button type="button" (click)="decide(p, 'reject')">{{ 'documents.proposals.reject' | transloco }}</button>
              }
              @if (document().permission === 'edit' && sending() !== p.id) {
                <button mat-button type="button" [attr.data-send]="p.id" (click)="startSend(p)">
                  {{ 'documents.proposals.send.start' | transloco }}
                </button>
              }
            </div>
          }
          @if (sending() === p.id) {
            <form
              class="row"
              data-send-form
              [attr.aria-label]="'documents.proposals.send.title' | transloco"
              (submit)="$event.preventDefault(); send(p)"
            >
              @if (sessions(); as list) {
                @if (list.length === 0) {
                  <p class="empty" tabindex="-1" data-send-first>{{ 'documents.proposals.send.none' | transloco }}</p>
                } @else {
                  <mat-form-field subscriptSizing="dynamic">
                    <mat-label>{{ 'documents.proposals.send.session' | transloco }}</mat-label>
                    <mat-select [formControl]="session" data-send-first>
                      @for (m of list; track m.id) {
                        <mat-option [value]="m.id">{{ m.title }} · {{ 'sessions.statuses.' + m.status | transloco }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                  <button mat-flat-button type="submit" [disabled]="requests.busy() || session.invalid">
                    {{ 'documents.proposals.send.submit' | transloco }}
                  </button>
                }
              } @else if (sessionsError()) {
                <p class="error" role="alert" tabindex="-1" data-send-first>{{ 'documents.proposals.send.loadError' | transloco }}</p>
              } @else {
                <p class="hint" role="status">{{ 'documents.proposals.send.loading' | transloco }}</p>
              }
              <button mat-button type="button" (click)="cancelSend(p)">{{ 'documents.proposals.send.cancel' | transloco }}</button>
            </form>
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
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly document = input.required<DocumentDetail>();
  readonly proposals = input.required<Proposal[]>();
  readonly selection = input<SelectionAnchors | null>(null);
  readonly changed = output<void>();

  protected readonly replacement = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(10000)] });
  /** A refused decision reloads too: another person may have decided first. */
  protected readonly requests = new PanelRequests(this.changed, true);
  /** The proposal whose "Enviar a sesión" form is open, the sessions it may go to (null while they load), and what was sent. */
  protected readonly sending = signal<string | null>(null);
  protected readonly sessions = signal<MeetingSummary[] | null>(null);
  protected readonly sessionsError = signal(false);
  protected readonly sent = signal('');
  protected readonly session = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly authorsWithOpen = computed(() => {
    const authors = new Map<string, PersonRef>();
    for (const p of this.proposals()) if (p.status === 'open') authors.set(p.author.id, p.author);
    return [...authors.values()];
  });

  protected propose(): void {
    const selection = this.selection();
    if (!selection) return;
    this.sent.set('');
    this.requests.run(
      this.api.propose(this.document().id, { start: selection.start, end: selection.end, replacement: this.replacement.value }),
      () => {
        this.replacement.reset();
        this.sent.set(this.transloco.translate('documents.proposals.proposed'));
      },
    );
  }

  /** "Enviar a sesión": the sessions are read when asked for (the list changes as sessions are convened and closed). */
  protected startSend(p: Proposal): void {
    this.sending.set(p.id);
    this.sessions.set(null);
    this.sessionsError.set(false);
    this.sent.set('');
    this.session.reset();
    this.api.sessionsTakingAmendments(this.document().commissionId).subscribe({
      next: (list) => {
        this.sessions.set(list);
        if (list.length === 1) this.session.setValue(list[0].id);
        this.focus('[data-send-first]');
      },
      error: () => {
        this.sessionsError.set(true);
        this.focus('[data-send-first]');
      },
    });
  }

  protected cancelSend(p: Proposal): void {
    this.sending.set(null);
    this.focus(`[data-send="${p.id}"]`);
  }

  /** Once sent, the proposal shows "enviada a sesión" and focus goes to it; a refusal stays in the form with the server's words. */
  protected send(p: Proposal): void {
    const meeting = this.sessions()?.find((m) => m.id === this.session.value);
    if (!meeting) return;
    this.requests.run(this.api.sendToSession(this.document().id, p.id, meeting.id), () => {
      this.sending.set(null);
      this.sent.set(this.transloco.translate('documents.proposals.send.sent', { title: meeting.title }));
      this.focus(`[data-proposal="${p.id}"]`);
    });
  }

  private focus(selector: string): void {
    focusAfterRender(this.injector, this.host.nativeElement, selector);
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
