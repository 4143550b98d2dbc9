import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { PollState, VotingRight } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { byName } from '../core/i18n/collation';

export interface ClosePollData {
  poll: PollState;
  /** Every voting right in the room for the poll, with whether it was used (the poll's roster). */
  roster: VotingRight[];
}

/** How the chair closes: plainly, or breaking a tie with the casting vote the rules give them. */
export type CloseChoice = { castingVote?: 'yes' | 'no' };

/** The rights in the roster not used yet: who has not voted. */
export const unusedRights = (roster: readonly VotingRight[]) =>
  byName(
    roster.filter((r) => !r.used),
    (r) => r.memberName,
  );

/**
 * The close tells the truth: before a poll is closed, the chair sees how many rights are still unused and whose,
 * and confirms with those counts. Escape or "Cancelar" closes the dialog and focus returns to the button that opened it.
 */
@Component({
  selector: 'cc-close-poll-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'voting.closeDialog.title' | transloco: { subject: data.poll.subject } }}</h2>
    <mat-dialog-content>
      @if (unused().length === 0) {
        <p>{{ 'voting.closeDialog.allUsed' | transloco: { rights: data.roster.length } }}</p>
      } @else {
        <p class="unused-count">
          <strong>{{ 'voting.closeDialog.unused' | transloco: { unused: unused().length, rights: data.roster.length } }}</strong>
        </p>
        <p id="close-poll-unused">{{ 'voting.closeDialog.notVoted' | transloco }}</p>
        <ul class="names" aria-labelledby="close-poll-unused">
          @for (r of unused(); track r.memberPersonId) {
            <li>
              {{ r.memberName }}
              @if (r.asProxy) {
                <span class="muted">({{ 'voting.closeDialog.byProxy' | transloco }})</span>
              }
            </li>
          }
        </ul>
        <p>{{ 'voting.closeDialog.warning' | transloco }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'voting.cancel' | transloco }}</button>
      @if (data.poll.chairCastingVote) {
        <button mat-stroked-button type="button" [mat-dialog-close]="{ castingVote: 'yes' }">{{ 'voting.casting.yes' | transloco }}</button>
        <button mat-stroked-button type="button" [mat-dialog-close]="{ castingVote: 'no' }">{{ 'voting.casting.no' | transloco }}</button>
      }
      <button mat-flat-button type="button" [mat-dialog-close]="{}">
        {{ 'voting.closeDialog.confirm' | transloco: { used: data.roster.length - unused().length, rights: data.roster.length } }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .names {
      max-height: 40vh;
      overflow: auto;
      margin: 0 0 12px;
      padding-left: 20px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ClosePollDialog {
  protected readonly data = inject<ClosePollData>(MAT_DIALOG_DATA);
  protected readonly unused = computed(() => unusedRights(this.data.roster));
}

/** Opens the dialog; emits the choice when the chair confirms, nothing when cancelled. */
export function confirmClosePoll(dialog: MatDialog, data: ClosePollData): Observable<CloseChoice | undefined> {
  return dialog
    .open<ClosePollDialog, ClosePollData, CloseChoice>(ClosePollDialog, {
      data,
      width: '520px',
      maxWidth: '95vw',
      autoFocus: 'dialog',
      restoreFocus: true,
    })
    .afterClosed();
}
