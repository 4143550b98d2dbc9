import { Location } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ChallengePhase, IdeaViewerRights } from '@cocrea/contracts';
import { phasesOf } from '@cocrea/domain';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, combineLatest, map, of, switchMap } from 'rxjs';
import { describeFailure } from '../account/describe-failure';
import { AuthService } from '../core/auth/auth.service';
import { ApiClient } from '../core/http/api-client';
import { CalendarDayPipe } from '../core/i18n/calendar-day';
import { CommissionTimePipe } from '../core/i18n/commission-time.pipe';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { loadFrom } from '../core/ui/load-from';
import { ChallengesApi } from './challenges.api';
import { FilterForm } from './filter-form';
import { IdeaComments } from './idea-comments';
import { IdeaForm } from './idea-form';
import { IdeaFiles } from './idea-files';
import { IdeaTeamForm } from './idea-team-form';
import { ScoreForm } from './score-form';
import { challengeRoles } from './challenge-roles';
import { PilotFollow } from './manage/pilot-follow';

const NO_RIGHTS: IdeaViewerRights = { edit: false, manageTeam: false, moderate: false };

/**
 * `/portal/challenges/ideas/:id`: one idea with its team and files, filtering's reasoned answer, its supports, the
 * feasibility and jury scores with their justifications (the jury's once its phase closes), declared conflicts, its
 * pilot and its comments. A signed-in citizen supports it here during the vote phase and comments while the challenge
 * is open; its authors edit its text, attach files and name co-authors in the ideas phase; the challenge's managers filter, score and
 * moderate comments here, and its jurors score it or declare a conflict (then the score is no longer offered), each in
 * its phase; a winner becomes a pilot here, which its team follows through milestones and evidence until done.
 */
@Component({
  selector: 'cc-idea-page',
  imports: [
    RouterLink,
    MatButton,
    MatProgressBar,
    TranslocoPipe,
    ErrorPanel,
    CalendarDayPipe,
    CommissionTimePipe,
    FilterForm,
    ScoreForm,
    PilotFollow,
    IdeaComments,
    IdeaForm,
    IdeaFiles,
    IdeaTeamForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../portal/portal.scss',
  template: `
    @if (idea.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'portal.loading' | transloco" />
    }
    @if (idea.error(); as error) {
      <h1 tabindex="-1">{{ 'challenges.idea.pageTitle' | transloco }}</h1>
      <cc-error-panel [error]="error" heading="challenges.idea.loadError" (retry)="idea.reload()" />
    } @else if (idea.value(); as i) {
      <p class="muted">
        <a [routerLink]="['/portal/challenges', i.challengeId]">{{ i.challengeTitle }}</a> · {{ i.problem.institution }} ·
        {{ i.problem.title }}
      </p>
      <h1 tabindex="-1">{{ i.title }}</h1>
      @if (justSent) {
        <p role="status" class="chip">{{ 'challenges.form.sent' | transloco }}</p>
      }
      <p class="muted">{{ 'challenges.idea.by' | transloco: { author: i.author, date: i.submittedAt | commissionTime: locale() } }}</p>
      @if (i.coauthors.length) {
        <p class="muted">{{ 'challenges.team.coauthors' | transloco: { names: i.coauthors.join(', ') } }}</p>
      }
      @if (editing()) {
        <cc-idea-form [idea]="i" (saved)="edited()" (cancelled)="closeEditing()" />
      } @else {
        <p>{{ i.description }}</p>
        @if (i.beneficiaries) {
          <p>
            <strong>{{ 'challenges.form.beneficiaries' | transloco }}:</strong> {{ i.beneficiaries }}
          </p>
        }
        @if (i.team) {
          <p>
            <strong>{{ 'challenges.form.team' | transloco }}:</strong> {{ i.team }}
          </p>
        }
        @if (rights().edit && i.currentPhases.includes('ideas')) {
          <button #editButton mat-stroked-button type="button" (click)="editSaved.set(false); editing.set(true)">
            {{ 'challenges.edit.open' | transloco }}
          </button>
        }
      }
      <p role="status">
        @if (editSaved()) {
          {{ 'challenges.edit.saved' | transloco }}
        }
      </p>
      @if (rights().manageTeam && i.currentPhases.includes('ideas')) {
        <cc-idea-team-form [ideaId]="i.id" (saved)="idea.reload()" />
      }

      <cc-idea-files
        [ideaId]="i.id"
        [files]="i.attachments"
        [editable]="rights().edit && i.currentPhases.includes('ideas')"
        (changed)="idea.reload()"
      />

      <h2>{{ 'challenges.idea.answer' | transloco }}</h2>
      @if (i.answer; as a) {
        <p>
          <span class="chip">{{ 'challenges.statuses.' + a.outcome | transloco }}</span>
          @if (a.reason) {
            {{ 'challenges.reasons.' + a.reason | transloco }}
          }
          @if (a.duplicateOfId) {
            <a [routerLink]="['/portal/challenges/ideas', a.duplicateOfId]">{{ 'challenges.idea.original' | transloco }}</a>
          }
        </p>
        <p>{{ a.note }}</p>
      } @else {
        <p>{{ 'challenges.idea.pending' | transloco }}</p>
      }
      @if (manages() && i.currentPhases.includes('filtering')) {
        <cc-filter-form [ideaId]="i.id" (decided)="idea.reload()" />
      }

      <h2>{{ 'challenges.idea.supports' | transloco: { count: i.supports } }}</h2>
      @if (signedIn() && i.status === 'admitted' && i.currentPhases.includes('vote')) {
        <div class="heading">
          <button mat-flat-button type="button" [disabled]="busy()" (click)="support(i.id)">
            {{ 'challenges.idea.support' | transloco }}
          </button>
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="withdraw(i.id)">
            {{ 'challenges.idea.withdraw' | transloco }}
          </button>
        </div>
      }
      <p role="status">{{ supportNote() }}</p>

      <h2>{{ 'challenges.idea.feasibility' | transloco }}</h2>
      @if (i.feasibility.length === 0) {
        <p class="empty">{{ 'challenges.idea.noScores' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (s of i.feasibility; track $index) {
            <li>
              <span class="list__title">{{ s.score }}/10</span><span class="muted">{{ s.scorer }}</span
              ><span>{{ s.justification }}</span>
            </li>
          }
        </ul>
      }

      @if (manages() && i.status === 'admitted' && i.currentPhases.includes('feasibility')) {
        <cc-score-form [ideaId]="i.id" kind="feasibility" (saved)="idea.reload()" />
      }

      <h2>{{ 'challenges.idea.jury' | transloco }}</h2>
      @if (judges() && i.status === 'admitted' && i.currentPhases.includes('jury')) {
        @if (conflicted(i.id)) {
          <p class="chip">{{ 'challenges.idea.yourConflict' | transloco }}</p>
        } @else {
          <cc-score-form [ideaId]="i.id" kind="jury" (saved)="idea.quietReload(); roles.quietReload()" />
        }
      }
      @if (i.jury.length === 0) {
        <p class="empty">{{ 'challenges.idea.juryHidden' | transloco }}</p>
      } @else {
        <ul class="list">
          @for (s of i.jury; track $index) {
            <li>
              <span class="list__title">{{ s.score }}/10</span><span class="muted">{{ s.scorer }}</span
              ><span>{{ s.justification }}</span>
            </li>
          }
        </ul>
      }
      @for (c of i.conflicts; track $index) {
        <p class="muted">{{ 'challenges.idea.conflict' | transloco: { juror: c.juror, reason: c.reason } }}</p>
      }

      @if (i.winner) {
        <p>
          <span class="chip">{{ 'challenges.ranking.winner' | transloco }}</span>
        </p>
      }
      @if (manages() && i.winner && !i.pilot && i.currentPhases.includes('pilots')) {
        <button mat-flat-button type="button" [disabled]="busy()" (click)="startPilot(i.id)">
          {{ 'challenges.idea.startPilot' | transloco }}
        </button>
        <p role="alert">{{ pilotFailure() }}</p>
      }
      @if (i.pilot; as p) {
        <h2>{{ 'challenges.idea.pilot' | transloco }}</h2>
        <p>
          <span class="chip">{{ 'challenges.pilotStatuses.' + p.status | transloco }}</span> {{ p.summary }}
        </p>
        <ul class="list">
          @for (m of p.milestones; track m.id) {
            <li>
              <span class="muted">{{ m.dueOn | calendarDay: locale() }}</span>
              <span>{{ m.title }}</span>
              @if (m.doneOn) {
                <span class="chip">{{ 'portal.group.done' | transloco: { date: m.doneOn | calendarDay: locale() } }}</span>
                @if (isLink(m.evidence)) {
                  <a [href]="m.evidence" rel="noopener noreferrer" target="_blank">{{ m.evidence }}</a>
                } @else {
                  <span class="muted">{{ m.evidence }}</span>
                }
              }
            </li>
          }
        </ul>
        @if (manages() && i.currentPhases.includes('pilots')) {
          <cc-pilot-follow [pilot]="p" (changed)="idea.quietReload()" />
        }
      }
      <cc-idea-comments [ideaId]="i.id" [canComment]="signedIn() && commentsOpen(i.currentPhases)" [moderate]="rights().moderate" />
    }
  `,
})
export class IdeaPage {
  private readonly api = inject(ChallengesApi);
  private readonly client = inject(ApiClient);
  private readonly transloco = inject(TranslocoService);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly signedIn = inject(AuthService).signedIn;
  private readonly ideaId = inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('id') ?? ''));
  protected readonly idea = loadFrom(this.ideaId, (id) => this.api.idea(id));
  /** The caller's part in the idea's challenge: the forms shown are the ones the server would accept from them. */
  protected readonly roles = challengeRoles(toObservable(computed(() => this.idea.value()?.challengeId ?? '')));
  protected readonly manages = computed(() => this.roles.value()?.roles.includes('manager') ?? false);
  protected readonly judges = computed(() => this.roles.value()?.roles.includes('juror') ?? false);
  protected readonly conflicted = (ideaId: string) => this.roles.value()?.conflictIdeaIds.includes(ideaId) ?? false;
  /** What the signed-in viewer may do here (edit, name co-authors, moderate); nothing for a visitor. */
  protected readonly rights = toSignal(
    combineLatest([this.ideaId, toObservable(this.signedIn)]).pipe(
      switchMap(([ideaId, signedIn]) =>
        signedIn ? this.client.call('getIdeaViewerRights', { params: { ideaId } }).pipe(catchError(() => of(NO_RIGHTS))) : of(NO_RIGHTS),
      ),
    ),
    { initialValue: NO_RIGHTS },
  );
  /** Opened by the idea form right after sending (its navigation state says so). */
  protected readonly justSent = !!(inject(Location).getState() as { sent?: boolean } | null)?.sent;
  protected readonly busy = signal(false);
  private readonly supportState = signal<{ held: number; limit: number } | string | null>(null);
  protected readonly supportNote = computed(() => {
    const state = this.supportState();
    if (state === null || typeof state === 'string') return state ?? '';
    return this.transloco.translate('challenges.idea.held', state);
  });

  /** The authors' edit form replaces the idea's text while open; closing it gives the focus back to "Editar". */
  protected readonly editing = signal(false);
  protected readonly editSaved = signal(false);
  private readonly editButton = viewChild('editButton', { read: ElementRef<HTMLButtonElement> });
  private readonly injector = inject(Injector);

  protected readonly pilotFailure = signal('');
  /** Evidence given as a web address opens as a link. */
  protected readonly isLink = (evidence: string) => /^https?:\/\/\S+$/.test(evidence);

  /** Comments are taken while any phase they belong to is open (the domain's one rule). */
  protected commentsOpen(current: readonly ChallengePhase[]): boolean {
    return phasesOf('comment').some((phase) => current.includes(phase));
  }

  protected edited(): void {
    this.editSaved.set(true);
    this.closeEditing();
    this.idea.quietReload();
  }

  protected closeEditing(): void {
    this.editing.set(false);
    afterNextRender(() => this.editButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected startPilot(id: string): void {
    this.busy.set(true);
    this.api.startPilot(id, '').subscribe({
      next: () => {
        this.busy.set(false);
        this.idea.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.pilotFailure.set(describeFailure(error, this.locale(), this.transloco));
      },
    });
  }

  protected support(id: string): void {
    this.change(this.api.support(id));
  }

  protected withdraw(id: string): void {
    this.change(this.api.withdraw(id));
  }

  private change(call: ReturnType<ChallengesApi['support']>): void {
    this.busy.set(true);
    call.subscribe({
      next: (state) => {
        this.busy.set(false);
        this.supportState.set(state);
        this.idea.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.supportState.set(describeFailure(error, this.locale(), this.transloco));
      },
    });
  }
}
