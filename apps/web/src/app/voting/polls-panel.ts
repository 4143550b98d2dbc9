import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect, MatOption } from '@angular/material/select';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import {
  AgendaItem,
  ChainVerification,
  MeetingStatus,
  MAJORITY_BASES,
  MAJORITY_RULES,
  MajorityBase,
  MajorityRule,
  POLL_METHODS,
  PollMethod,
  PollState,
  VotingRight,
} from '@cocrea/contracts';
import { acceptsRollCall, checkPollSettings } from '@cocrea/domain';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, forkJoin, map, of } from 'rxjs';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { focusAfterRender } from '../core/ui/focus-after-render';
import { HeldPolls, LiveMeeting, PollsCatchUp } from '../core/live/live-meeting';
import { VotingApi } from './voting.api';
import { confirmClosePoll } from './close-poll-dialog';
import { mergePoll, resultKey, resultParams } from './poll-merge';
import { PollRecorder } from './poll-recorder';
import { FocusInvalid } from '../core/forms/focus-invalid';
import { byName } from '../core/i18n/collation';

/** A ballot being filled in for one right: the choice, the reason, and the key that makes a retry safe. */
interface Draft {
  optionId: string | null;
  reason: string;
  key: string;
}

/** A committed ballot as its voter sees it: the receipt's code and the choice it recorded. */
interface Receipt {
  code: string;
  choice: string;
}

/** Open polls come first (a voter's ballot is the first thing in the room), then those being prepared, then closed ones. */
const PANEL_ORDER: Record<PollState['status'], number> = { open: 0, draft: 1, closed: 2 };

/**
 * The polls of a session's room. Chair and secretary draft, open and close them; each voter gets one card per
 * voting right they hold (their own, or a represented member's) and a receipt once the ballot is committed.
 * Counts arrive live from the room; the server checks every right again. Focus follows the vote: "Emitir mi voto"
 * moves it to the confirmation, and the confirmation to the receipt. A draft is changed in the same form that prepared it.
 */
@Component({
  selector: 'cc-polls-panel',
  imports: [
    FocusInvalid,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    NgTemplateOutlet,
    PollRecorder,
    TranslocoPipe,
  ],
  templateUrl: './polls-panel.html',
  styleUrl: './polls-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PollsPanel {
  readonly meetingId = input.required<string>();
  readonly agenda = input.required<AgendaItem[]>();
  readonly currentItemId = input<string | null>(null);
  readonly manage = input(false);
  readonly meetingStatus = input.required<MeetingStatus>();
  protected readonly meetingOpen = computed(() => this.meetingStatus() === 'open');
  /** Polls are set up while the session is convened or open: the server's rule, so a draft offers no form it refuses. */
  protected readonly acceptsPolls = computed(() => acceptsRollCall(this.meetingStatus()));

  private readonly api = inject(VotingApi);
  private readonly live = inject(LiveMeeting);
  private readonly transloco = inject(TranslocoService);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly locale = inject(LocaleService).locale;

  protected readonly methods = POLL_METHODS;
  protected readonly rules = MAJORITY_RULES;
  protected readonly bases = MAJORITY_BASES;

  protected readonly polls = signal<PollState[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** A ballot cannot be taken back: `poll:member` of the ballot waiting for the voter's confirmation. */
  protected readonly confirmingCast = signal<string | null>(null);
  protected readonly rights = signal<ReadonlyMap<string, VotingRight[]>>(new Map());
  protected readonly drafts = signal<ReadonlyMap<string, Draft>>(new Map());
  protected readonly receipts = signal<ReadonlyMap<string, Receipt>>(new Map());
  protected readonly verifications = signal<ReadonlyMap<string, ChainVerification>>(new Map());
  /** The answer to the panel's one "Comprobante" field: the poll that counted it, or none. */
  protected readonly receiptCheck = signal<{ subject: string | null } | null>(null);
  protected readonly creating = signal(false);
  /** The draft poll whose settings the form is changing, shown in place of its card's actions. */
  protected readonly editing = signal<PollState | null>(null);
  /** The methods the form offers: a draft keeps only those its settings allow (a secret poll stays secret; a list of choices is not a show of hands). */
  protected readonly offeredMethods = computed(() => {
    const draft = this.editing();
    if (!draft) return this.methods;
    const choices = draft.options.some((o) => o.meaning === 'choice');
    return this.methods.filter(
      (method) => checkPollSettings('draft', draft, { method, allowChange: false, askReason: false, choices }) === null,
    );
  });
  /** Said to screen readers when a show of hands recorded by the secretary closes its poll. */
  protected readonly announcement = signal('');

  protected readonly form = new FormGroup({
    agendaItemId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    subject: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
    method: new FormControl<PollMethod>('named', { nonNullable: true }),
    rule: new FormControl<MajorityRule>('simple', { nonNullable: true }),
    base: new FormControl<MajorityBase>('votes_cast', { nonNullable: true }),
    hideResultsUntilClose: new FormControl(false, { nonNullable: true }),
    allowChange: new FormControl(false, { nonNullable: true }),
    askReason: new FormControl(false, { nonNullable: true }),
    chairCastingVote: new FormControl(false, { nonNullable: true }),
    /** One choice per line; empty for yes / no / abstain. */
    choices: new FormControl('', { nonNullable: true }),
    legalArticle: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(300)] }),
  });

  protected readonly orderedPolls = computed(() =>
    this.polls()
      .map((poll, at) => ({ poll, at }))
      .sort((a, b) => PANEL_ORDER[a.poll.status] - PANEL_ORDER[b.poll.status] || a.at - b.at)
      .map(({ poll }) => poll),
  );
  /** Polls a receipt can belong to (a draft has no ballots yet). */
  protected readonly checkablePolls = computed(() => this.polls().filter((p) => p.status !== 'draft'));

  constructor() {
    effect(() => {
      const id = this.meetingId();
      untracked(() => this.load(id));
    });
    // Every join says which polls this panel shows and which ballots still wait for a receipt: back in the room after
    // a drop, the join's answer brings what moved meanwhile, with no second read of every poll.
    this.live.holdPolls(() => (this.loading() ? null : this.held()));
    inject(DestroyRef).onDestroy(() => this.live.holdPolls(null));
    effect(() => {
      const caughtUp = this.live.pollsCatchUp();
      if (caughtUp) untracked(() => this.catchUp(caughtUp));
    });
    effect(() => {
      const update = this.live.pollUpdate();
      if (!update || update.meetingId !== untracked(this.meetingId)) return;
      untracked(() => {
        const before = this.polls().find((p) => p.id === update.id);
        this.polls.update((list) => mergePoll(list, update));
        // A poll just opened (or closed) changes which rights this person can use.
        if (before?.status !== update.status) this.loadRights(update);
      });
    });
  }

  protected load(meetingId = this.meetingId()): void {
    this.loading.set(true);
    this.api.polls(meetingId).subscribe({
      next: (polls) => {
        this.polls.set(polls);
        this.loading.set(false);
        for (const p of polls) this.loadRights(p);
      },
      error: (e: unknown) => {
        this.loading.set(false);
        this.error.set(this.message(e));
      },
    });
  }

  /** The polls shown (by version) and the ballots sent (at most 20) whose receipt never arrived. */
  private held(): HeldPolls {
    const receipts = this.receipts();
    const ballots = [...this.drafts()]
      .filter(([id, draft]) => draft.key && !receipts.has(id))
      .slice(0, 20)
      .map(([id, draft]) => {
        const [pollId, memberPersonId] = id.split(':');
        return { pollId, memberPersonId, idempotencyKey: draft.key };
      });
    return { polls: Object.fromEntries(this.polls().map((p) => [p.id, p.version])), ballots };
  }

  /** A join's answer: the polls that moved, the receipts of ballots recorded while the answer was lost. */
  private catchUp({ polls, receipts, roomChanged }: PollsCatchUp): void {
    const before = new Map(this.polls().map((p) => [p.id, p.status]));
    this.polls.update((list) => polls.reduce(mergePoll, list));
    for (const poll of this.polls()) {
      // A poll that opened or closed, or a room that changed (a letter, a check-in), changes the rights held.
      if (before.get(poll.id) !== poll.status || roomChanged) this.loadRights(poll);
    }
    for (const receipt of receipts) {
      const id = `${receipt.pollId}:${receipt.memberPersonId}`;
      const poll = this.polls().find((p) => p.id === receipt.pollId);
      const choice = poll ? this.optionLabel(poll, this.draftOf(receipt.pollId, receipt.memberPersonId).optionId ?? '') : '';
      this.receipts.update((m) => new Map(m).set(id, { code: receipt.receipt, choice }));
      this.rights.update((m) =>
        new Map(m).set(
          receipt.pollId,
          (m.get(receipt.pollId) ?? []).map((r) => (r.memberPersonId === receipt.memberPersonId ? { ...r, used: true } : r)),
        ),
      );
    }
  }

  private loadRights(poll: PollState): void {
    if (poll.status !== 'open') return;
    this.api.rights(poll.id).subscribe({
      next: (rights) => this.rights.update((m) => new Map(m).set(poll.id, rights)),
      error: () => undefined,
    });
  }

  protected startCreate(): void {
    const current = this.agenda().find((i) => i.id === this.currentItemId());
    this.form.reset({ agendaItemId: current?.id ?? '', subject: current?.title ?? '' });
    this.editing.set(null);
    this.creating.set(true);
    focusAfterRender(this.injector, this.host.nativeElement, '[data-poll-form] [formcontrolname="subject"]');
  }

  /** "Editar" on a draft: the preparation form, filled with the draft's settings, takes the place of its actions. */
  protected startEdit(poll: PollState): void {
    this.form.reset({
      agendaItemId: poll.agendaItemId,
      subject: poll.subject,
      method: poll.method,
      rule: poll.rule,
      base: poll.base,
      hideResultsUntilClose: poll.hideResultsUntilClose,
      allowChange: poll.allowChange,
      askReason: poll.askReason,
    });
    this.creating.set(false);
    this.error.set(null);
    this.editing.set(poll);
    focusAfterRender(this.injector, this.host.nativeElement, '[data-poll-form] [formcontrolname="subject"]');
  }

  /** "Cancelar": the form closes and focus returns to the button that opened it. */
  protected cancelForm(): void {
    const draft = this.editing();
    this.editing.set(null);
    this.creating.set(false);
    focusAfterRender(this.injector, this.host.nativeElement, draft ? `[data-edit="${draft.id}"]` : '[data-start-create]');
  }

  protected submit(): void {
    const draft = this.editing();
    if (draft) this.save(draft);
    else this.create();
  }

  /** Only what a draft may change (the update schema): its item, choices and legal basis stay as prepared. */
  private save(draft: PollState): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { subject, method, rule, base, hideResultsUntilClose, allowChange, askReason } = this.form.getRawValue();
    const named = method === 'named';
    this.run(
      this.api.update(draft.id, {
        subject,
        method,
        rule,
        base,
        hideResultsUntilClose,
        allowChange: named && allowChange,
        askReason: named && askReason,
      }),
      () => this.editing.set(null),
    );
  }

  private create(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { choices, legalArticle, allowChange, askReason, ...rest } = this.form.getRawValue();
    const list = choices
      .split('\n')
      .map((c) => c.trim())
      .filter(Boolean);
    const named = rest.method === 'named';
    // A show of hands is counted as yes / no / abstain: it takes no list of choices.
    const hands = rest.method === 'show_of_hands';
    this.run(
      this.api.create(this.meetingId(), {
        ...rest,
        allowChange: named && allowChange,
        askReason: named && askReason,
        choices: list.length > 0 && !hands ? list : undefined,
        legalArticle: legalArticle.trim() || null,
      }),
      () => this.creating.set(false),
    );
  }

  protected open(poll: PollState): void {
    this.run(this.api.act(poll.id, 'open'));
  }

  /**
   * The close tells the truth: the chair first sees who has not voted (the poll's roster) and confirms with the
   * counts; on a tie they may close with the casting vote the rules give them (the server checks both).
   */
  protected askClose(poll: PollState): void {
    // The button stays enabled (and focused) while the roster loads, so focus can return to it; a second press waits.
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.roster(poll.id).subscribe({
      next: (roster) => {
        this.busy.set(false);
        confirmClosePoll(this.dialog, { poll, roster }).subscribe((choice) => {
          if (choice) this.run(this.api.act(poll.id, 'close', choice.castingVote ? { castingVote: choice.castingVote } : {}));
        });
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.error.set(this.message(e));
      },
    });
  }

  /** The recorder's answer: a roll call updates the count; a show of hands closes the poll. */
  protected recorded(poll: PollState): void {
    this.polls.update((list) => mergePoll(list, poll));
    if (poll.method === 'show_of_hands' && poll.status === 'closed') this.announcement.set(this.transloco.translate('voting.hands.done'));
  }

  /**
   * Anyone can check that their receipt's ballot was counted; a secret poll's answer says nothing of the choice.
   * One field for the panel: the code is looked up in each poll of the session, and the answer names the poll.
   */
  protected checkReceipt(code: string): void {
    const receipt = code.trim();
    if (!receipt) return;
    const lookups = this.checkablePolls().map((poll) =>
      this.api.checkReceipt(poll.id, receipt).pipe(
        map((r) => (r.counted ? poll.subject : null)),
        catchError(() => of(null)),
      ),
    );
    forkJoin(lookups).subscribe((subjects) => this.receiptCheck.set({ subject: subjects.find((s) => s !== null) ?? null }));
  }

  /** The ballot cannot be taken back: the question comes first, one Tab press away from "Sí, emitir". */
  protected askCast(ballot: string): void {
    this.confirmingCast.set(ballot);
    focusAfterRender(this.injector, this.host.nativeElement, '[data-confirm]');
  }

  /** Escape or "Cancelar": back to the button that asked. */
  protected cancelCast(): void {
    const ballot = this.confirmingCast();
    this.confirmingCast.set(null);
    if (ballot) focusAfterRender(this.injector, this.host.nativeElement, `[data-cast="${ballot}"]`);
  }

  protected draftOf(pollId: string, memberId: string): Draft {
    return this.drafts().get(`${pollId}:${memberId}`) ?? { optionId: null, reason: '', key: '' };
  }

  protected choose(pollId: string, memberId: string, change: Partial<Draft>): void {
    const id = `${pollId}:${memberId}`;
    // A new choice is a new ballot; a retry of the same choice keeps its key, so the server answers it once.
    const previous = this.draftOf(pollId, memberId);
    const key = change.optionId && change.optionId !== previous.optionId ? '' : previous.key;
    this.drafts.update((m) => new Map(m).set(id, { ...previous, ...change, key }));
  }

  protected cast(poll: PollState, right: VotingRight): void {
    const id = `${poll.id}:${right.memberPersonId}`;
    const draft = this.draftOf(poll.id, right.memberPersonId);
    this.confirmingCast.set(null);
    if (!draft.optionId) return;
    const key = draft.key || crypto.randomUUID();
    this.drafts.update((m) => new Map(m).set(id, { ...draft, key }));
    this.busy.set(true);
    this.error.set(null);
    this.api
      .cast(
        poll.id,
        { memberPersonId: right.memberPersonId, optionId: draft.optionId, idempotencyKey: key, reason: draft.reason.trim() || null },
        this.live,
      )
      .subscribe({
        next: (receipt) => {
          this.busy.set(false);
          this.receipts.update((m) => new Map(m).set(id, { code: receipt.receipt, choice: this.optionLabel(poll, draft.optionId ?? '') }));
          this.rights.update((m) =>
            new Map(m).set(
              poll.id,
              (m.get(poll.id) ?? []).map((r) => (r.memberPersonId === right.memberPersonId ? { ...r, used: true } : r)),
            ),
          );
          focusAfterRender(this.injector, this.host.nativeElement, `[data-receipt="${id}"]`);
        },
        error: (e: unknown) => {
          this.busy.set(false);
          this.error.set(this.message(e));
          focusAfterRender(this.injector, this.host.nativeElement, '[data-polls-error]');
        },
      });
  }

  protected verify(poll: PollState): void {
    this.api.verify(poll.id).subscribe({
      next: (v) => this.verifications.update((m) => new Map(m).set(poll.id, v)),
      error: (e: unknown) => this.error.set(this.message(e)),
    });
  }

  /** Who voted what, in Spanish name order. */
  protected namedVotes(poll: PollState) {
    return byName(poll.namedVotes ?? [], (v) => v.memberName);
  }

  protected optionLabel(poll: PollState, optionId: string): string {
    return poll.options.find((o) => o.id === optionId)?.label ?? '';
  }

  protected readonly resultKey = resultKey;
  protected readonly resultParams = resultParams;

  private run(request: ReturnType<VotingApi['create']>, done?: () => void): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (poll) => {
        this.busy.set(false);
        this.polls.update((list) => mergePoll(list, poll));
        this.loadRights(poll);
        done?.();
        // The button pressed (prepare, save, open, close) is gone: focus goes to the poll it acted on.
        focusAfterRender(this.injector, this.host.nativeElement, `[data-poll="${poll.id}"]`);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.error.set(this.message(e));
        focusAfterRender(this.injector, this.host.nativeElement, '[data-polls-error]');
      },
    });
  }

  private message(e: unknown): string {
    if (isApiError(e)) return e.detailIn(this.locale()) ?? e.message;
    return this.transloco.translate('voting.errors.generic');
  }
}
