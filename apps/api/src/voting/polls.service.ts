import {
  ClosePoll,
  CreatePoll,
  OpenPoll,
  CreatePollSchema,
  Me,
  PollResult,
  PollState,
  RecordShowOfHands,
  RecordShowOfHandsSchema,
  UpdatePoll,
  VotingRight,
} from '@cocrea/contracts';
import {
  acceptsRollCall,
  acceptsShowOfHands,
  checkPollSettings,
  decidePoll,
  isLive,
  legalBasis,
  pollTransition,
  tally,
} from '@cocrea/domain';
import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { Clock } from '../common/clock';
import { AppException, invalidField } from '../common/problem';
import { AgendaItemEntity } from '../meetings/entities/agenda-item.entity';
import { DecisionEntity } from '../meetings/entities/decision.entity';
import { CommissionEntity } from '../commissions/commission.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import {
  actorIn,
  conflict,
  declaredAt,
  meetingNotFound,
  MeetingsService,
  outcomeAlreadyRecorded,
  OutcomeRecorder,
  questionOf,
  requireEntry,
  requireThat,
  wrongStatus,
} from '../meetings';
import { Notices } from '../notifications';
import { BallotEntity } from './entities/ballot.entity';
import { PollOptionEntity } from './entities/poll-option.entity';
import { PollEntity } from './entities/poll.entity';
import { VotingRightUseEntity } from './entities/voting-right-use.entity';
import { appendPollEvent } from './poll-chain';
import { shuffleSecretRows } from './secret-shuffle';
import { PollCommands, PollContext } from './poll-commands';
import { pollWrongStatus } from './poll-errors';
import { PollOutcomes } from './poll-outcomes';
import { PollPublisher } from './poll-publisher';
import { toOption } from './poll-view';
import { roomRights } from './voting-rights';

const YES_NO_ABSTAIN = [
  { label: 'A favor', meaning: 'yes' },
  { label: 'En contra', meaning: 'no' },
  { label: 'Abstención', meaning: 'abstain' },
] as const;

/** Polls of a session: drafting, opening, closing with the domain's result, and the agreement a passed poll creates. */
@Injectable()
export class PollsService {
  private readonly logger = new Logger(PollsService.name);

  constructor(
    private readonly commands: PollCommands,
    private readonly publisher: PollPublisher,
    private readonly closedPolls: PollOutcomes,
    private readonly outcomes: OutcomeRecorder,
    private readonly meetings: MeetingsService,
    private readonly notices: Notices,
    private readonly clock: Clock,
  ) {}

  /**
   * Drafts a poll on an agenda item (chair or secretary). Other modules (e.g. documents putting an amendment
   * to the vote) call this too, with `subjectRef` naming what the poll decides.
   */
  async create(me: Me, meetingId: string, body: CreatePoll): Promise<PollState> {
    const input = CreatePollSchema.parse(body);
    const id = await this.commands.db.transaction(async (em) => {
      const meeting = await em.findOne(MeetingEntity, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      if (!meeting) throw meetingNotFound();
      const actor = await actorIn(em, me, meeting);
      requireEntry(actor);
      requireThat(actor.manage);
      if (!acceptsRollCall(meeting.status)) {
        throw wrongStatus(
          meeting.status,
          'las votaciones se preparan con la sesión convocada o abierta',
          'polls are set up while the session is convened or open',
        );
      }
      const item = await em.findOneBy(AgendaItemEntity, { id: input.agendaItemId, meetingId });
      if (!item)
        throw invalidField('agendaItemId', 'No es un punto del Orden del Día de esta sesión.', 'Not an agenda item of this session.');
      // One outcome per item and question: a poll on what is already decided (the item, or an amendment) is refused.
      const { question } = questionOf(item, input.kind, input.subject, input.subjectRef);
      if (await em.existsBy(DecisionEntity, { agendaItemId: item.id, question })) throw outcomeAlreadyRecorded();
      if (input.subjectRef && !(await this.closedPolls.subjectOpen(em, input.subjectRef, meetingId)))
        throw conflict(
          'decision_conflict',
          'Lo que la votación decidiría ya está decidido o no espera votación en esta sesión.',
          'What the poll would decide is already decided or is not awaiting a vote in this session.',
        );
      const problem = checkPollSettings(null, null, { ...input, choices: !!input.choices });
      if (problem === 'secret_change_not_allowed') throw secretChangeNotAllowed();
      if (problem === 'secret_reason_not_allowed') throw secretReasonNotAllowed();
      if (problem === 'show_of_hands_choices_not_allowed') throw showOfHandsChoicesNotAllowed();
      const poll = await em.save(
        em.create(PollEntity, {
          meetingId,
          agendaItemId: input.agendaItemId,
          subject: input.subject,
          method: input.method,
          rule: input.rule,
          base: input.base,
          hideResultsUntilClose: input.hideResultsUntilClose,
          allowChange: input.allowChange,
          askReason: input.askReason,
          chairCastingVote: input.chairCastingVote,
          // A poll that cites no rule of its own cites its commission's.
          legalArticle: input.legalArticle ?? (await em.findOneBy(CommissionEntity, { id: meeting.commissionId }))?.legalBasis ?? null,
          subjectRef: input.subjectRef ?? null,
          decisionKind: input.kind,
          receiptSalt: randomBytes(32).toString('hex'),
        }),
      );
      const options = input.choices
        ? [...input.choices.map((label) => ({ label, meaning: 'choice' as const })), { label: 'Abstención', meaning: 'abstain' as const }]
        : YES_NO_ABSTAIN;
      const saved = await em.save(options.map((o, position) => em.create(PollOptionEntity, { pollId: poll.id, ...o, position })));
      await appendPollEvent(em, poll, 'poll_created', {
        at: poll.createdAt.toISOString(),
        by: me.id,
        subject: poll.subject,
        method: poll.method,
        rule: poll.rule,
        base: poll.base,
        options: saved.map(toOption),
      });
      return poll.id;
    });
    this.publisher.schedule(id, true);
    return this.commands.read(id);
  }

  update(me: Me, pollId: string, input: UpdatePoll): Promise<PollState> {
    return this.commands.runForState(me, pollId, async ({ em, poll, actor }) => {
      requireThat(actor.manage);
      const next = {
        method: input.method ?? poll.method,
        allowChange: input.allowChange ?? poll.allowChange,
        askReason: input.askReason ?? poll.askReason,
        choices: await em.existsBy(PollOptionEntity, { pollId: poll.id, meaning: 'choice' }),
      };
      const problem = checkPollSettings(poll.status, poll, next);
      if (problem === 'not_draft')
        throw pollWrongStatus(poll.status, 'solo se modifica una votación en preparación', 'only a draft poll can be changed');
      if (problem === 'secret_to_named') throw new AppException('poll_secret_locked');
      if (problem === 'secret_change_not_allowed') throw secretChangeNotAllowed();
      if (problem === 'secret_reason_not_allowed') throw secretReasonNotAllowed();
      if (problem === 'show_of_hands_choices_not_allowed') throw showOfHandsChoicesNotAllowed();
      Object.assign(poll, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
      await em.save(poll);
      await appendPollEvent(em, poll, 'poll_updated', { at: this.clock.now().toISOString(), by: me.id, changes: input });
    });
  }

  async open(me: Me, pollId: string, input: OpenPoll = {}): Promise<PollState> {
    let announce: () => Promise<void> = async () => undefined;
    const opened = await this.commands.runForState(me, pollId, async ({ em, poll, meeting, actor }) => {
      requireThat(actor.manage);
      if (!isLive(meeting.status))
        throw wrongStatus(meeting.status, 'las votaciones se abren con la sesión abierta', 'polls open while the session is open');
      const move = pollTransition(poll.status, 'open');
      if (!move.ok) throw pollWrongStatus(poll.status, 'solo se abre una votación en preparación', 'only a draft poll can be opened');
      poll.status = move.status;
      poll.openedAt = declaredAt(input, meeting.openedAt, this.clock.now(), 'poll_open');
      const { rights } = await roomRights(em, meeting, poll.agendaItemId, this.clock.now());
      await appendPollEvent(em, poll, 'poll_opened', { at: poll.openedAt.toISOString(), by: me.id, rights: rights.length });
      announce = await this.notices.pollOpened(em, meeting, poll, rights);
    });
    await announce();
    return opened;
  }

  async close(me: Me, pollId: string, input: ClosePoll): Promise<PollState> {
    const closed = await this.commands.runForState(me, pollId, async (ctx) => {
      requireThat(ctx.actor.manage);
      if (ctx.poll.method === 'show_of_hands')
        throw pollWrongStatus(
          ctx.poll.status,
          'una votación a mano alzada se cierra al registrar su conteo',
          'a show-of-hands poll closes when its count is recorded',
        );
      await this.finish(ctx, me, input, null);
    });
    await this.announceClosed(me, closed);
    return closed;
  }

  /**
   * The secretary (or chair) records a show of hands counted in the room — yes / no / abstain and the members who
   * spoke against — and so closes the poll: one chained event with the count, then the same result and agreement path.
   */
  async recordShowOfHands(me: Me, pollId: string, body: RecordShowOfHands): Promise<PollState> {
    const input = RecordShowOfHandsSchema.parse(body);
    const closed = await this.commands.runForState(me, pollId, async (ctx) => {
      const { em, poll, meeting, actor } = ctx;
      requireThat(actor.manage);
      if (!acceptsShowOfHands(poll.method, poll.status))
        throw pollWrongStatus(
          poll.status,
          'solo se registra el conteo de una votación a mano alzada abierta',
          'only an open show-of-hands poll records a count',
        );
      if (!isLive(meeting.status))
        throw wrongStatus(meeting.status, 'solo se vota con la sesión abierta', 'votes are only taken while the session is open');
      const { rights } = await roomRights(em, meeting, poll.agendaItemId, this.clock.now());
      if (input.yes + input.no + input.abstain > rights.length)
        throw invalidField(
          'yes',
          `Hay más votos que derechos de voto presentes (${rights.length}).`,
          `More votes than voting rights present (${rights.length}).`,
        );
      const names = new Map(rights.map((r) => [r.memberPersonId, r.memberName]));
      const against = [...new Set(input.against)];
      const stranger = against.findIndex((id) => !names.has(id));
      if (stranger >= 0)
        throw invalidField(`against.${stranger}`, 'No es un integrante con voto presente.', 'Not a voting member present.');
      if (against.length > input.no)
        throw invalidField('against', 'Se nombran más personas en contra que votos en contra.', 'More names against than votes against.');
      const options = await em.find(PollOptionEntity, { where: { pollId: poll.id }, order: { position: 'ASC' } });
      const counts = Object.fromEntries(
        options.map((o) => [o.id, o.meaning === 'yes' ? input.yes : o.meaning === 'no' ? input.no : input.abstain]),
      );
      const againstNames = against.map((id) => names.get(id) as string);
      await appendPollEvent(em, poll, 'show_of_hands_recorded', {
        at: (input.at ? new Date(input.at) : this.clock.now()).toISOString(),
        by: me.id,
        tally: counts,
        against: against.map((personId) => ({ personId, name: names.get(personId) })),
      });
      await this.finish(ctx, me, { castingVote: input.castingVote, at: input.at }, { counts, againstNames });
    });
    await this.announceClosed(me, closed);
    return closed;
  }

  /**
   * A closed poll's outcome is committed: the session's room moves to a new version carrying it (readers and the live
   * room see it at once), then the modules that own what it decided act on it. Neither may fail the close.
   */
  private async announceClosed(me: Me, closed: PollState): Promise<void> {
    await this.meetings
      .recordChanged(me, closed.meetingId)
      .catch((error: unknown) => this.logger.error({ msg: 'the room did not get a closed poll', pollId: closed.id, error: String(error) }));
    await this.closedPolls.closed(closed, me.id);
  }

  /** Closes with the domain's result, chains the close and creates the agreement a passed poll makes. */
  private async finish(
    ctx: PollContext,
    me: Me,
    input: ClosePoll,
    counted: { counts: Record<string, number>; againstNames: string[] } | null,
  ): Promise<void> {
    const { em, poll, actor } = ctx;
    // The casting vote is the chair's.
    if (input.castingVote) requireThat(actor.preside && poll.chairCastingVote);
    const move = pollTransition(poll.status, 'close');
    if (!move.ok) throw pollWrongStatus(poll.status, 'solo se cierra una votación abierta', 'only an open poll can be closed');
    poll.status = move.status;
    poll.closedAt = declaredAt(input, poll.openedAt, this.clock.now(), 'poll_close');
    const { result, counts, winningLabel } = await this.result(ctx, input, counted?.counts ?? null);
    if (input.castingVote && !result.reason.startsWith('tie_casting')) throw new AppException('casting_vote_without_tie');
    if (counted) result.againstNames = counted.againstNames;
    // Closing the poll is the item's decision: its one outcome (and the agreement it makes) in this transaction.
    const recorded = await this.outcomes.record(em, ctx.meeting, {
      agendaItemId: poll.agendaItemId,
      kind: poll.decisionKind,
      subject: poll.subject,
      subjectRef: poll.subjectRef,
      outcome: result.passed ? (result.unanimous ? 'unanimous' : 'majority') : 'rejected',
      method: poll.method,
      pollId: poll.id,
      yes: result.yes,
      no: result.no,
      abstain: result.abstain,
      legalBasis: result.legalBasis,
      recordedAt: poll.closedAt,
      agreementText: winningLabel ? `${poll.subject}: ${winningLabel}` : poll.subject,
    });
    result.approvedMinutesOf = recorded.approvedMinutesOf;
    poll.result = result;
    await em.save(poll);
    if (poll.method === 'secret') await shuffleSecretRows(em, poll.id);
    await appendPollEvent(em, poll, 'poll_closed', { at: poll.closedAt.toISOString(), by: me.id, tally: counts, result });
  }

  async list(me: Me, meetingId: string): Promise<PollState[]> {
    const em = this.commands.db.manager;
    const meeting = await em.findOneBy(MeetingEntity, { id: meetingId });
    if (!meeting) throw meetingNotFound();
    requireEntry(await actorIn(em, me, meeting));
    const polls = await em.find(PollEntity, { where: { meetingId }, order: { createdAt: 'ASC' } });
    return Promise.all(polls.map((p) => this.commands.read(p.id)));
  }

  async get(me: Me, pollId: string): Promise<PollState> {
    const state = await this.commands.read(pollId);
    const em = this.commands.db.manager;
    requireEntry(await actorIn(em, me, await em.findOneByOrFail(MeetingEntity, { id: state.meetingId })));
    return state;
  }

  /** The rights the caller holds in this poll: their own and those of members they represent. */
  async myRights(me: Me, pollId: string): Promise<VotingRight[]> {
    const state = await this.get(me, pollId);
    const em = this.commands.db.manager;
    const meeting = await em.findOneByOrFail(MeetingEntity, { id: state.meetingId });
    const held = (await roomRights(em, meeting, state.agendaItemId, this.clock.now())).rights.filter((r) => r.holderPersonId === me.id);
    const used = new Set(
      (await em.findBy(VotingRightUseEntity, { pollId, memberPersonId: In(held.map((r) => r.memberPersonId)) })).map(
        (u) => u.memberPersonId,
      ),
    );
    return held.map((r) => ({
      memberPersonId: r.memberPersonId,
      memberName: r.memberName,
      asProxy: r.asProxy,
      used: used.has(r.memberPersonId),
    }));
  }

  /**
   * Every voting right in the room for this poll (chair and secretary): the roster a roll call or a show of hands is
   * recorded against, and what the chair sees before closing: whose right is still unused. That a right was used is
   * told for named and secret polls alike (a secret poll keeps what was chosen apart from who voted); a show of
   * hands has no ballots to tell it from.
   */
  async roster(me: Me, pollId: string): Promise<VotingRight[]> {
    const state = await this.commands.read(pollId);
    const em = this.commands.db.manager;
    const meeting = await em.findOneByOrFail(MeetingEntity, { id: state.meetingId });
    const actor = await actorIn(em, me, meeting);
    requireEntry(actor);
    requireThat(actor.manage);
    const { rights } = await roomRights(em, meeting, state.agendaItemId, this.clock.now());
    const used = new Set(
      state.method === 'show_of_hands' ? [] : (await em.findBy(VotingRightUseEntity, { pollId })).map((u) => u.memberPersonId),
    );
    return rights.map((r) => ({
      memberPersonId: r.memberPersonId,
      memberName: r.memberName,
      asProxy: r.asProxy,
      used: used.has(r.memberPersonId),
    }));
  }

  /** The domain decides: counts from the stored ballots (or the recorded show of hands), quorum and recusals at the moment of the vote. */
  private async result({ em, poll, meeting }: PollContext, input: ClosePoll, recorded: Record<string, number> | null) {
    const [options, ballots, room] = await Promise.all([
      em.find(PollOptionEntity, { where: { pollId: poll.id }, order: { position: 'ASC' } }),
      em.find(BallotEntity, { where: { pollId: poll.id }, select: { id: true, optionId: true } }),
      roomRights(em, meeting, poll.agendaItemId, this.clock.now()),
    ]);
    const counts =
      recorded ??
      tally(
        options,
        ballots.map((b) => b.optionId),
      );
    const q = room.quorum;
    const decided = decidePoll({
      rule: poll.rule,
      base: poll.base,
      options,
      counts,
      present: q.present,
      members: q.votingMembers,
      quorumReached: q.reached,
      castingVoteAllowed: poll.chairCastingVote,
      castingVote: input.castingVote ?? null,
    });
    const { yes, no, abstain, winningOptionId: leaderId, passed } = decided;
    const hasChoices = options.some((o) => o.meaning === 'choice');
    const result: PollResult = {
      passed,
      unanimous: decided.unanimous,
      reason: decided.reason,
      yes,
      no,
      abstain,
      winningOptionId: leaderId,
      rule: poll.rule,
      base: poll.base,
      baseSize: decided.baseSize,
      required: decided.required,
      quorum: { votingMembers: q.votingMembers, present: q.present, required: q.required, reached: q.reached },
      recusedNames: room.recusedNames,
      legalBasis: legalBasis(poll.rule, poll.base, poll.legalArticle),
      closedAt: (poll.closedAt as Date).toISOString(),
    };
    return { result, counts, winningLabel: hasChoices ? (options.find((o) => o.id === leaderId)?.label ?? null) : null };
  }
}

const secretChangeNotAllowed = () =>
  invalidField(
    'allowChange',
    'En una votación secreta no se puede cambiar el voto: nada liga la boleta a quien votó.',
    'A secret poll cannot allow changing one’s vote: nothing links a ballot to its voter.',
  );

const secretReasonNotAllowed = () =>
  invalidField(
    'askReason',
    'Una votación secreta no pide el motivo del voto: lo ligaría a quien votó.',
    'A secret poll cannot ask for the reason of each vote: it would link the ballot to its voter.',
  );

const showOfHandsChoicesNotAllowed = () =>
  invalidField(
    'method',
    'Una votación a mano alzada se cuenta a favor, en contra y abstenciones: no lleva lista de opciones.',
    'A show-of-hands poll is counted as yes, no and abstain: it takes no list of choices.',
  );
