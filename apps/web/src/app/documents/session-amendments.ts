import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Amendment, amendmentRef } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { VotingApi } from '../voting/voting.api';
import { DocumentsApi } from './documents.api';

/** A poll's subject holds 500 characters; long texts are shortened in it (the amendment keeps them whole). */
const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * In the session room: the document amendments sent to this session. The chair or secretary puts one to the vote
 * on the current agenda item; the poll's close accepts or rejects it in the document (on the server).
 */
@Component({
  selector: 'cc-session-amendments',
  imports: [MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="amendments" [attr.aria-label]="'documents.amendments.title' | transloco">
      <h2>{{ 'documents.amendments.title' | transloco }}</h2>
      @if (failed()) {
        <p role="alert">{{ 'documents.amendments.error' | transloco }}</p>
      } @else if (items(); as list) {
        @if (list.length === 0) {
          <p>{{ 'documents.amendments.empty' | transloco }}</p>
        } @else {
          <ul>
            @for (a of list; track a.proposal.id) {
              <li>
                <strong>{{ a.documentTitle }}</strong
                >: <del>{{ a.proposal.original }}</del> → <ins>{{ a.proposal.replacement }}</ins> ({{ a.proposal.author.name }}) —
                <span>{{ 'documents.proposals.status.' + a.proposal.status | transloco }}</span>
                @if (manage() && meetingOpen() && a.proposal.status === 'in_session') {
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="!currentItemId() || busy() || polled().has(a.proposal.id)"
                    (click)="putToTheVote(a)"
                  >
                    {{ (polled().has(a.proposal.id) ? 'documents.amendments.polled' : 'documents.amendments.vote') | transloco }}
                  </button>
                }
              </li>
            }
          </ul>
          @if (manage() && !currentItemId()) {
            <p>{{ 'documents.amendments.needItem' | transloco }}</p>
          }
        }
        <button mat-button type="button" (click)="load()">{{ 'documents.amendments.refresh' | transloco }}</button>
      }
      <p aria-live="polite">{{ announcement() }}</p>
    </section>
  `,
  styles: `
    .amendments ul {
      padding-left: 20px;
    }
    .amendments li {
      margin-bottom: 6px;
    }
  `,
})
export class SessionAmendments {
  readonly meetingId = input.required<string>();
  readonly currentItemId = input<string | null>(null);
  readonly manage = input(false);
  readonly meetingOpen = input(false);
  private readonly documents = inject(DocumentsApi);
  private readonly voting = inject(VotingApi);
  private readonly i18n = inject(TranslocoService);
  protected readonly items = signal<Amendment[] | null>(null);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);
  /** Amendments this screen already put to the vote (the poll then shows in the polls panel). */
  protected readonly polled = signal(new Set<string>());
  protected readonly announcement = signal('');

  constructor() {
    effect(() => {
      this.meetingId();
      untracked(() => this.load());
    });
  }

  load(): void {
    this.failed.set(false);
    this.documents.amendments(this.meetingId()).subscribe({
      next: (list) => this.items.set(list),
      error: () => this.failed.set(true),
    });
  }

  protected putToTheVote(amendment: Amendment): void {
    const agendaItemId = this.currentItemId();
    if (!agendaItemId) return;
    this.busy.set(true);
    const { original, replacement } = amendment.proposal;
    const subject = this.i18n.translate('documents.amendments.subject', {
      title: clip(amendment.documentTitle),
      original: clip(original),
      replacement: clip(replacement),
    });
    this.voting
      .create(this.meetingId(), {
        agendaItemId,
        subject,
        subjectRef: amendmentRef(amendment.proposal.id),
      })
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.polled.update((set) => new Set(set).add(amendment.proposal.id));
          this.announcement.set(this.i18n.translate('documents.amendments.created'));
        },
        error: () => {
          this.busy.set(false);
          this.announcement.set(this.i18n.translate('documents.amendments.createError'));
        },
      });
  }
}
