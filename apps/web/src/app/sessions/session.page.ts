import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { NgTemplateOutlet } from '@angular/common';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  AttachmentSummary,
  DECISION_KINDS,
  DECISION_OUTCOMES,
  DecisionKind,
  DecisionOutcome,
  MeetingChange,
  MeetingState,
  MeetingStatus,
  Person,
} from '@cocrea/contracts';
import { can, COMMISSION_TIME_ZONE, mayAddOtherBusiness, mayTakePart } from '@cocrea/domain';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { isApiError } from '../core/http/api-error';
import { LocaleService } from '../core/i18n/locale.service';
import { ErrorPanel } from '../core/ui/error-panel';
import { focusAfterRender } from '../core/ui/focus-after-render';
import { AttachmentLink } from '../core/attachments/attachment-link';
import { AttachmentUpload } from '../core/attachments/attachment-upload';
import { FloorTimer } from './floor-timer';
import { mexicoCityDate, mexicoCityDateTime, mexicoCityIso, mexicoCityTime } from '../core/i18n/mexico-city-time';
import { InvitedParticipants } from './invited-participants';
import { LiveMeeting } from '../core/live/live-meeting';
import { PollsPanel } from '../voting/polls-panel';
import { SessionAmendments } from '../documents/session-amendments';
import { PreviousAgreements } from '../voting/previous-agreements';
import { SessionsApi } from './sessions.api';
import { AddSpeaker } from './add-speaker';
import { CallEditor } from './call-editor';
import { LetterActions } from './letter-actions';
import { RollCallGrid } from './roll-call-grid';
import { byName } from '../core/i18n/collation';
import { namePageTitle } from '../core/i18n/page-title';
import { MexicanDateInput } from '../core/forms/mexican-date-input';
import { MomentTabs } from './moment-tabs';
import { Moment, momentOf, momentPanelId, momentTabId, parseMoment } from './session-moments';

/**
 * A session's room, live for everyone in it: call, roll call, quorum, agenda, the floor and its
 * timer, decisions, closing. What each person may do follows their role; the server checks again.
 * Members get a lean page, their ballot first; the chair and the secretary a cockpit organized by the
 * session's moment (session-moments.ts), with the quorum and the agenda always in view.
 */
@Component({
  selector: 'cc-session-page',
  imports: [
    MexicanDateInput,
    NgTemplateOutlet,
    ReactiveFormsModule,
    InvitedParticipants,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressBar,
    TranslocoPipe,
    ErrorPanel,
    FloorTimer,
    AttachmentLink,
    AttachmentUpload,
    PollsPanel,
    PreviousAgreements,
    SessionAmendments,
    RollCallGrid,
    CallEditor,
    LetterActions,
    AddSpeaker,
    MomentTabs,
  ],
  templateUrl: './session.page.html',
  styleUrl: './session.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [LiveMeeting],
})
export class SessionPage {
  readonly id = input.required<string>();
  /** The moment asked for in the address (`?moment=`), so a tab can be linked to; none shows the moment the session is in. */
  readonly moment = input<string | undefined>(undefined);

  private readonly api = inject(SessionsApi);
  private readonly live = inject(LiveMeeting);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);
  protected readonly locale = inject(LocaleService).locale;

  protected readonly decisionKinds = DECISION_KINDS;
  protected readonly outcomes = DECISION_OUTCOMES;

  protected readonly state = this.live.state;
  /** "En vivo" (or why not) only matters while the session is convened or open; a draft or closed session shows none. */
  protected readonly connectionShown = computed(() => {
    const status = this.state()?.meeting.status;
    return status === 'convened' || status === 'open' ? this.live.status() : null;
  });
  protected readonly loadError = signal<unknown>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** The inline prompt shown before an action that notifies people, opens early or cannot be undone. */
  protected readonly confirming = signal<'convene' | 'open' | 'close' | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  /** Registered people matching what is typed as a representative (the datalist of both representative fields). */
  protected readonly people = signal<Person[]>([]);
  /** Server clock minus this clock when the last state arrived, so every screen's timer agrees. */
  protected readonly clockOffset = computed(() => {
    const s = this.state();
    return s ? Date.parse(s.serverTime) - Date.now() : 0;
  });

  private readonly me = this.auth.me;
  protected readonly manage = computed(() => this.allowed('meetings.manage'));
  protected readonly preside = computed(() => this.allowed('meetings.preside'));
  private readonly grant = computed(() => this.me()?.commissions.find((c) => c.commissionId === this.state()?.meeting.commissionId));
  /** The server's rule (each seat takes part once: in person, or through its representative), asked of the same domain function. */
  protected readonly mayTakePart = computed(() => {
    const me = this.me();
    const s = this.state();
    if (!me || !s) return false;
    return mayTakePart({
      personId: me.id,
      isMember: !!this.grant(),
      attendance: s.attendance,
      representations: s.representations.map((r) => ({
        ...r,
        hasLetter: r.letter !== null,
        validFrom: r.validFrom ? new Date(r.validFrom) : null,
        validUntil: r.validUntil ? new Date(r.validUntil) : null,
      })),
      agendaItemId: s.currentItemId,
      at: new Date(Date.now() + this.clockOffset()),
    });
  });
  /** Members add "Asuntos Generales"; representatives do not (the server answers 403). */
  protected readonly mayAddOtherBusiness = computed(() => {
    const me = this.me();
    const s = this.state();
    return !!me && !!s && mayAddOtherBusiness(me, s.meeting.commissionId);
  });
  protected readonly votingMember = computed(() => this.grant()?.votes === true);

  /** "Revisión de acuerdos de la sesión anterior y su seguimiento": the item that lists the previous session's agreements. */
  protected reviewItem(s: MeetingState) {
    return s.agenda.find((item) => item.title.startsWith('Revisión de acuerdos')) ?? null;
  }

  /** The seats, in Spanish name order, for the letter form's choice of member. */
  protected readonly attendanceByName = computed(() => byName(this.state()?.attendance ?? [], (row) => row.name));

  /** The moment the session is in, and the one shown (the address may ask for another). */
  protected readonly nowMoment = computed(() => momentOf(this.state()?.meeting.status ?? 'draft'));
  protected readonly shownMoment = computed(() => parseMoment(this.moment()) ?? this.nowMoment());
  protected readonly tabId = momentTabId;
  protected readonly panelId = momentPanelId;

  protected readonly currentItem = computed(() => {
    const s = this.state();
    return s?.agenda.find((i) => i.id === s.currentItemId) ?? null;
  });
  /** The item after the current one, or the first when none is current yet. */
  protected readonly nextItem = computed(() => {
    const s = this.state();
    if (!s) return null;
    const at = s.agenda.findIndex((i) => i.id === s.currentItemId);
    return s.agenda[at + 1] ?? null;
  });
  protected readonly queue = computed(() => {
    const s = this.state();
    const item = s?.currentItemId;
    return (s?.speakers ?? []).filter((e) => e.agendaItemId === item && e.status === 'waiting').sort((a, b) => a.position - b.position);
  });
  protected readonly speaking = computed(() => this.state()?.speakers.find((e) => e.status === 'speaking') ?? null);
  protected readonly myRequest = computed(() => {
    const meId = this.me()?.id;
    const item = this.state()?.currentItemId;
    return (
      this.state()?.speakers.find(
        (e) => e.personId === meId && e.agendaItemId === item && (e.status === 'waiting' || e.status === 'speaking'),
      ) ?? null
    );
  });
  protected readonly recusedHere = computed(() => {
    const s = this.state();
    return !!s?.recusals.some((r) => r.personId === this.me()?.id && r.agendaItemId === s.currentItemId);
  });
  protected readonly interventions = computed(() => {
    const s = this.state();
    if (!s) return [];
    const names = new Map(s.speakers.map((e) => [e.personId, e.name]));
    return Object.entries(s.speakingTotals.byPerson)
      .map(([personId, seconds]) => ({ name: names.get(personId) ?? personId, seconds }))
      .sort((a, b) => b.seconds - a.seconds);
  });

  /** What screen readers hear when the room changes: status, quorum, current item, who speaks. */
  protected readonly announcement = computed(() => {
    const s = this.state();
    if (!s) return '';
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(`sessions.${key}`, params);
    const parts = [
      t(`statuses.${s.meeting.status}`),
      t(s.quorum.reached ? 'quorum.reached' : 'quorum.missing', {
        present: s.quorum.present,
        total: s.quorum.votingMembers,
        required: s.quorum.required,
      }),
    ];
    const item = this.currentItem();
    if (item) parts.push(t('agenda.currentAnnounce', { n: item.position, title: item.title }));
    const speaker = this.speaking();
    if (speaker) parts.push(t('floor.speakingAnnounce', { name: speaker.name }));
    return parts.join('. ');
  });

  protected readonly decisionForm = new FormGroup({
    agendaItemId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    kind: new FormControl<DecisionKind>('other', { nonNullable: true }),
    subject: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
    outcome: new FormControl<DecisionOutcome>('unanimous', { nonNullable: true }),
    yes: new FormControl<number | null>(null),
    no: new FormControl<number | null>(null),
    abstain: new FormControl<number | null>(null),
  });
  /** The proxy letter (oficio de representación) being recorded. */
  protected readonly letter = signal<AttachmentSummary | null>(null);
  protected readonly representationForm = new FormGroup({
    memberPersonId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    representativeName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    /** Mexico City wall time; empty for no limit. */
    validUntil: new FormControl('', { nonNullable: true }),
    /** Agenda items the letter covers; none selected means the whole session. */
    agendaItemIds: new FormControl<string[]>([], { nonNullable: true }),
  });
  protected readonly otherBusiness = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(500)],
  });

  constructor() {
    namePageTitle(() => this.state()?.meeting.title);
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.live.connect(id);
        this.load(id);
      });
    });
    // When the session moves on (called, opened, closed), the room moves to the moment that then matters.
    let lastStatus: MeetingStatus | null = null;
    effect(() => {
      const status = this.state()?.meeting.status ?? null;
      const moved = lastStatus !== null && status !== lastStatus;
      lastStatus = status;
      if (moved) untracked(() => this.chooseMoment(this.nowMoment()));
    });
    // The decision form follows the current item until the secretary picks another.
    effect(() => {
      const item = this.state()?.currentItemId;
      if (item && !this.decisionForm.controls.agendaItemId.dirty) this.decisionForm.controls.agendaItemId.setValue(item);
    });
  }

  protected load(id = this.id()): void {
    this.loadError.set(null);
    this.api.state(id).subscribe({ next: (s) => this.live.accept(s), error: (e: unknown) => this.loadError.set(e) });
  }

  /** Calling notifies every member and closing is final: both ask first; opening asks only before the scheduled day. */
  protected ask(action: 'convene' | 'open' | 'close'): void {
    if (action === 'open' && !this.opensEarly()) {
      this.act('open');
      return;
    }
    this.confirming.set(action);
    this.focusAfterRender('[data-confirm-yes]');
  }

  protected cancelConfirm(): void {
    const action = this.confirming();
    this.confirming.set(null);
    if (action) this.focusAfterRender(`[data-action="${action}"]`);
  }

  protected act(action: 'convene' | 'open' | 'close'): void {
    this.confirming.set(null);
    this.run(this.api.act(this.id(), action), () => this.focusAfterRender('#session-status'));
  }

  /** The scheduled day (in Mexico City) is still ahead. */
  protected readonly opensEarly = computed(() => {
    const s = this.state();
    if (!s) return false;
    // en-CA writes YYYY-MM-DD, so the days compare as text.
    const day = (at: Date) => at.toLocaleDateString('en-CA', { timeZone: COMMISSION_TIME_ZONE });
    return day(new Date(s.meeting.scheduledAt)) > day(new Date(Date.now() + this.clockOffset()));
  });

  protected scheduledDay(iso: string): string {
    return mexicoCityDate(iso, this.locale());
  }

  /** Keeps keyboard focus in place when the control that had it disappears after an action. */
  private focusAfterRender(selector: string): void {
    focusAfterRender(this.injector, this.host.nativeElement, selector);
  }

  /** Looks registered people up as a representative's name is typed (two letters or more). */
  protected searchPeople(q: string): void {
    if (q.trim().length < 2) return;
    this.api.searchPeople(q.trim()).subscribe({ next: (people) => this.people.set(people), error: () => this.people.set([]) });
  }

  /** The registered person whose name was picked; none for a free name. */
  private personNamed(name: string): string | undefined {
    return this.people().find((p) => p.name === name.trim())?.id;
  }

  /** Shows a moment, and keeps it in the address (the moment the session is in needs no parameter). */
  protected chooseMoment(moment: Moment): void {
    const param = moment === this.nowMoment() ? null : moment;
    if (param === (parseMoment(this.moment()) ?? null)) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { moment: param },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** Makes an item the current one; focus goes to it, on the card or in the agenda where the action was taken. */
  protected setCurrent(itemId: string, from: 'card' | 'agenda' = 'agenda'): void {
    this.run(this.api.setCurrentItem(this.id(), itemId), () =>
      this.focusAfterRender(from === 'card' ? '#current-item' : `[data-agenda-item="${itemId}"]`),
    );
  }

  protected askForFloor(): void {
    this.run(this.api.askForFloor(this.id()), () => this.focusAfterRender('[data-my-withdraw]'));
  }

  protected floor(entryId: string, action: 'give' | 'finish' | 'withdraw'): void {
    this.run(this.api.floor(this.id(), entryId, action), () => this.focusAfterRender(action === 'give' ? '#speaker' : '#floor-title'));
  }

  protected move(entryId: string, by: -1 | 1): void {
    const ids = this.queue().map((e) => e.id);
    const at = ids.indexOf(entryId);
    const to = at + by;
    if (at < 0 || to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to], ids[at]];
    this.run(this.api.orderSpeakers(this.id(), { entryIds: ids }));
  }

  protected recuse(): void {
    const item = this.state()?.currentItemId;
    if (item) this.run(this.api.recuse(this.id(), { agendaItemId: item }));
  }

  protected addOtherBusiness(): void {
    if (this.otherBusiness.invalid) return;
    this.run(this.api.addOtherBusiness(this.id(), { title: this.otherBusiness.value.trim() }), () => this.otherBusiness.reset());
  }

  /** Adds or removes an agenda item from the letter's scope (none checked: the whole session). */
  protected toggleScope(itemId: string, checked: boolean): void {
    const scope = this.representationForm.controls.agendaItemIds;
    scope.setValue(checked ? [...scope.value, itemId] : scope.value.filter((id) => id !== itemId));
  }

  /** Resetting through the form directive clears its submitted state too, so a saved form does not turn red. */
  protected represent(letterForm: FormGroupDirective): void {
    if (this.representationForm.invalid) {
      this.representationForm.markAllAsTouched();
      return;
    }
    const v = this.representationForm.getRawValue();
    this.run(
      this.api.represent(this.id(), {
        memberPersonId: v.memberPersonId,
        representativePersonId: this.personNamed(v.representativeName) ?? null,
        representativeName: v.representativeName.trim(),
        letterAttachmentId: this.letter()?.id ?? null,
        validUntil: v.validUntil ? mexicoCityIso(v.validUntil) : null,
        agendaItemIds: v.agendaItemIds.length ? v.agendaItemIds : null,
      }),
      () => {
        letterForm.resetForm({ memberPersonId: '', representativeName: '', validUntil: '', agendaItemIds: [] });
        this.letter.set(null);
      },
    );
  }

  protected decide(): void {
    if (this.decisionForm.invalid) {
      this.decisionForm.markAllAsTouched();
      return;
    }
    const v = this.decisionForm.getRawValue();
    const count = (n: number | null) => (n === null || Number.isNaN(n) ? null : n);
    this.run(
      this.api.decide(this.id(), { ...v, subject: v.subject.trim(), yes: count(v.yes), no: count(v.no), abstain: count(v.abstain) }),
      () => this.decisionForm.reset({ agendaItemId: this.state()?.currentItemId ?? '', kind: 'other', outcome: 'unanimous' }),
    );
  }

  protected scopeOf(state: MeetingState, itemIds: string[] | null): string {
    if (!itemIds) return this.transloco.translate('sessions.representations.wholeSession');
    const positions = state.agenda.filter((i) => itemIds.includes(i.id)).map((i) => i.position);
    return this.transloco.translate('sessions.representations.items', { items: positions.join(', ') });
  }

  protected itemTitle(state: MeetingState, itemId: string): string {
    const item = state.agenda.find((i) => i.id === itemId);
    return item ? `${item.position}. ${item.title}` : '';
  }

  protected when(iso: string): string {
    return mexicoCityDateTime(iso, this.locale());
  }

  protected clockTime(iso: string): string {
    return mexicoCityTime(iso);
  }

  protected minutesOf(seconds: number): string {
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  }

  private allowed(permission: 'meetings.manage' | 'meetings.preside'): boolean {
    const me = this.me();
    const s = this.state();
    return !!me && !!s && can(me, permission, s.meeting.commissionId);
  }

  /** Sends a command; its answer is the new state or the change it made (the live room brings it to everyone else). */
  private run(request: Observable<MeetingState | MeetingChange>, done?: () => void): void {
    this.busy.set(true);
    this.actionError.set(null);
    request.subscribe({
      next: (state) => {
        this.live.accept(state);
        this.busy.set(false);
        done?.();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const locale = this.locale();
        this.actionError.set(
          isApiError(error)
            ? (error.detailIn(locale) ?? error.titleIn(locale) ?? error.message)
            : this.transloco.translate('errors.generic'),
        );
      },
    });
  }
}
