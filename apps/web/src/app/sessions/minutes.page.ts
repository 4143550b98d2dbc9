import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ApiRoutes, MeetingMinutes, MeetingState } from '@cocrea/contracts';
import { can } from '@cocrea/domain';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LocaleService } from '../core/i18n/locale.service';
import { forkJoin } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { minutesBlocks, Span } from './minutes-blocks';
import { SessionsApi } from './sessions.api';
import { namePageTitle } from '../core/i18n/page-title';

/** The minutes (acta): printable, downloadable as Markdown, and editable by the secretary once the session is closed. */
@Component({
  selector: 'cc-minutes-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatAnchor,
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressBar,
    TranslocoPipe,
    ErrorPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="no-print">
      <a [routerLink]="['/sessions', id()]">← {{ 'sessions.minutes.back' | transloco }}</a>
    </p>
    @if (error(); as error) {
      <cc-error-panel [error]="error" heading="sessions.loadError" (retry)="load()" />
    } @else if (minutes(); as m) {
      @if (!locale().startsWith('es')) {
        <p class="note">{{ 'sessions.minutes.keptInSpanish' | transloco }}</p>
      }
      <div class="toolbar no-print">
        <span class="tag">{{ (m.edited ? 'sessions.minutes.edited' : 'sessions.minutes.draft') | transloco }}</span>
        @if (m.approvedIn; as approved) {
          <a class="tag" [routerLink]="['/sessions', approved.meetingId]">{{
            'sessions.minutes.approvedIn' | transloco: { title: approved.title }
          }}</a>
        } @else {
          <span class="tag">{{ 'sessions.minutes.pendingApproval' | transloco }}</span>
        }
        <button mat-stroked-button type="button" (click)="print()">{{ 'sessions.minutes.print' | transloco }}</button>
        <a mat-stroked-button [href]="downloadUrl()" download>{{ 'sessions.minutes.download' | transloco }}</a>
        @if (mayEdit() && !editing()) {
          <button mat-flat-button type="button" (click)="startEditing(m)">{{ 'sessions.minutes.edit' | transloco }}</button>
        }
      </div>
      @if (editing()) {
        <form (submit)="$event.preventDefault(); save()" class="no-print">
          <mat-form-field appearance="outline" class="editor">
            <mat-label>{{ 'sessions.minutes.editorLabel' | transloco }}</mat-label>
            <textarea matInput [formControl]="text" rows="24"></textarea>
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="saving()">{{ 'sessions.minutes.save' | transloco }}</button>
          <button mat-button type="button" (click)="editing.set(false)">{{ 'sessions.actions.cancel' | transloco }}</button>
        </form>
      }
      <article class="acta" lang="es-MX" [attr.aria-label]="'sessions.minutes.title' | transloco">
        @for (block of blocks(); track $index) {
          @switch (block.kind) {
            @case ('h1') {
              <h1 tabindex="-1"><ng-container *ngTemplateOutlet="line; context: { $implicit: block.spans }" /></h1>
            }
            @case ('h2') {
              <h2><ng-container *ngTemplateOutlet="line; context: { $implicit: block.spans }" /></h2>
            }
            @case ('h3') {
              <h3><ng-container *ngTemplateOutlet="line; context: { $implicit: block.spans }" /></h3>
            }
            @case ('p') {
              <p><ng-container *ngTemplateOutlet="line; context: { $implicit: block.spans }" /></p>
            }
            @case ('ol') {
              <ul class="numbered">
                @for (item of block.items; track $index) {
                  <li><ng-container *ngTemplateOutlet="line; context: { $implicit: item }" /></li>
                }
              </ul>
            }
            @case ('ul') {
              <ul>
                @for (item of block.items; track $index) {
                  <li><ng-container *ngTemplateOutlet="line; context: { $implicit: item }" /></li>
                }
              </ul>
            }
          }
        }
      </article>
      <ng-template #line let-parts>
        @for (s of asSpans(parts); track $index) {
          @if (s.strong) {
            <strong>{{ s.text }}</strong>
          } @else if (s.em) {
            <em>{{ s.text }}</em>
          } @else {
            {{ s.text }}
          }
        }
      </ng-template>
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'sessions.loading' | transloco" />
    }
  `,
  styles: `
    .note {
      font-style: italic;
    }
    .toolbar {
      display: flex;
      gap: 8px;
      align-items: center;
      flex-wrap: wrap;
      margin-bottom: 16px;
    }
    .tag {
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
    }
    .editor {
      width: 100%;
    }
    .numbered {
      list-style: none;
      padding-left: 0;
    }
    .acta {
      max-width: 800px;
      line-height: 1.5;
    }
    .acta h1 {
      font: var(--mat-sys-headline-small);
    }
    @media print {
      .no-print {
        display: none !important;
      }
      .acta {
        max-width: none;
        font-size: 11pt;
      }
    }
  `,
})
export class MinutesPage {
  readonly id = input.required<string>();
  private readonly api = inject(SessionsApi);
  private readonly auth = inject(AuthService);
  protected readonly locale = inject(LocaleService).locale;

  protected readonly minutes = signal<MeetingMinutes | null>(null);
  private readonly meeting = signal<MeetingState | null>(null);
  private readonly transloco = inject(TranslocoService);
  protected readonly error = signal<unknown>(null);
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly text = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly blocks = computed(() => minutesBlocks(this.minutes()?.markdown ?? ''));
  protected readonly downloadUrl = computed(() => ApiRoutes.meetingMinutesMarkdown(this.id()));
  protected readonly mayEdit = computed(() => {
    const me = this.auth.me();
    const m = this.meeting()?.meeting;
    // Approved minutes no longer change (the server answers 409).
    return !!me && !!m && m.status === 'closed' && !this.minutes()?.approvedIn && can(me, 'meetings.manage', m.commissionId);
  });

  constructor() {
    namePageTitle(() => {
      const title = this.meeting()?.meeting.title;
      return title ? this.transloco.translate('sessions.minutes.pageTitle', { title }) : null;
    });
    effect(() => {
      this.id();
      untracked(() => this.load());
    });
  }

  protected load(): void {
    this.error.set(null);
    forkJoin([this.api.minutes(this.id()), this.api.state(this.id())]).subscribe({
      next: ([minutes, state]) => {
        this.minutes.set(minutes);
        this.meeting.set(state);
      },
      error: (error: unknown) => this.error.set(error),
    });
  }

  protected asSpans(parts: unknown): Span[] {
    return parts as Span[];
  }

  /** The version the text being edited was loaded at. */
  private editingVersion = 0;

  protected startEditing(m: MeetingMinutes): void {
    this.text.setValue(m.markdown);
    this.editingVersion = m.version;
    this.editing.set(true);
  }

  protected save(): void {
    if (this.text.invalid) return;
    this.saving.set(true);
    this.api.saveMinutes(this.id(), this.text.value, this.editingVersion).subscribe({
      next: (m) => {
        this.minutes.set(m);
        this.editing.set(false);
        this.saving.set(false);
      },
      error: (error: unknown) => {
        this.error.set(error);
        this.saving.set(false);
      },
    });
  }

  protected print(): void {
    window.print();
  }
}
