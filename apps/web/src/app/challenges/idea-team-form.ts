import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { IDEA_COAUTHOR_LIMIT } from '@cocrea/contracts';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { describeFailure } from '../account/describe-failure';
import { ApiClient } from '../core/http/api-client';
import { LocaleService } from '../core/i18n/locale.service';

/**
 * The author names the idea's co-authors by the e-mail of their verified accounts, one per line or separated by
 * commas; they may then edit the idea too, and the portal shows their names (never their e-mails).
 */
@Component({
  selector: 'cc-idea-team-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatInput, MatButton, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="team-form" [formGroup]="form" (ngSubmit)="submit()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'challenges.team.emails' | transloco }}</mat-label>
        <textarea matInput formControlName="emails" rows="2" autocomplete="off"></textarea>
        <mat-hint>{{ 'challenges.team.hint' | transloco: { limit } }}</mat-hint>
      </mat-form-field>
      <div>
        <button mat-stroked-button type="submit" [disabled]="busy()">{{ 'challenges.team.save' | transloco }}</button>
      </div>
      <p role="status" class="note">{{ note() }}</p>
    </form>
  `,
  styles: `
    .team-form {
      display: grid;
      gap: 4px;
      max-width: 640px;
      margin-top: 8px;
    }
    .team-form button {
      justify-self: start;
    }
    .note {
      margin: 0;
    }
  `,
})
export class IdeaTeamForm implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).locale;

  readonly ideaId = input.required<string>();
  readonly saved = output<void>();

  protected readonly limit = IDEA_COAUTHOR_LIMIT;
  protected readonly form = inject(NonNullableFormBuilder).group({ emails: [''] });
  protected readonly busy = signal(false);
  protected readonly note = signal('');

  private readonly destroyRef = inject(DestroyRef);

  /** The team as it stands; if it cannot be read the field starts empty and saving still works. */
  ngOnInit(): void {
    this.api
      .call('listIdeaCoauthors', { params: { ideaId: this.ideaId() } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (team) => this.form.setValue({ emails: team.map((c) => c.email).join(', ') }), error: () => undefined });
  }

  protected submit(): void {
    const emails = this.form
      .getRawValue()
      .emails.split(/[\s,;]+/)
      .filter(Boolean);
    this.busy.set(true);
    this.note.set('');
    this.api.call('setIdeaCoauthors', { params: { ideaId: this.ideaId() }, body: { emails } }).subscribe({
      next: (team) => {
        this.busy.set(false);
        this.form.setValue({ emails: team.map((c) => c.email).join(', ') });
        this.note.set(this.transloco.translate('challenges.team.saved', { count: team.length }));
        this.saved.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.note.set(describeFailure(error, this.locale(), this.transloco));
      },
    });
  }
}
