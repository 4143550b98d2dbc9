import { applyMeetingChange, LiveEvents, Me, MeetingChange, MeetingState, SessionAuditReport } from '@cocrea/contracts';
import { commissionDay, isActiveOn, isLive, transition } from '@cocrea/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { AttachmentsService } from '../attachments';
import { Clock } from '../common/clock';
import { SessionAudit } from '../audit';
import { AppException, invalidField, notFound } from '../common/problem';
import { PersonEntity } from '../people/person.entity';
import { AgendaItemEntity } from './entities/agenda-item.entity';
import { DecisionEntity } from './entities/decision.entity';
import { MeetingEntity } from './entities/meeting.entity';
import { SpeakerEntryEntity } from './entities/speaker-entry.entity';
import { LiveRooms } from './live/live-rooms';
import { CatchUp, RoomStates } from './live/room-states';
import { actorIn, MeetingActor, mayEnter, wrongStatus } from './meeting-access';
import { AttendanceEntry, attendanceChange, loadMeetingRecord, stateChange, toMeetingState } from './meeting-state';

/** Side effects to run once the command's transaction has committed (mail). */
type AfterCommit = Array<() => Promise<void>>;
type Work<Declared = void> = (
  em: EntityManager,
  meeting: MeetingEntity,
  actor: MeetingActor,
  afterCommit: AfterCommit,
) => Promise<Declared>;

/**
 * What a command may declare it changed, so that the room gets a small change instead of the full state: the
 * roll-call rows it wrote, as written (nothing else of the room may have changed).
 */
export interface RoomDelta {
  attendance: AttendanceEntry[];
}

export const meetingNotFound = () => notFound('una sesión', 'session');

/** What another module does inside the transaction that closes a session (documents return undecided amendments). */
export type SessionClosedListener = (em: EntityManager, meeting: MeetingEntity) => Promise<void>;

/**
 * The core every session command goes through: entering the room, the locked transaction that publishes the
 * new state, and the checks the concern services (call, roll call, agenda, floor, minutes) share.
 */
@Injectable()
export class MeetingsService {
  private readonly logger = new Logger(MeetingsService.name);
  private readonly closedListeners: SessionClosedListener[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly live: LiveRooms,
    private readonly rooms: RoomStates,
    private readonly files: AttachmentsService,
    private readonly audit: SessionAudit,
    private readonly clock: Clock,
  ) {}

  /** 404 for an unknown session, 403 unless the caller may enter its room. */
  async requireEntry(me: Me, meetingId: string): Promise<void> {
    // A session never changes commission: the kept state's spares a read on every join of a reconnecting room.
    const kept = this.rooms.latest(meetingId)?.state.meeting;
    const meeting = kept ? { id: meetingId, commissionId: kept.commissionId } : await this.find(this.db.manager, meetingId);
    requireEntry(await actorIn(this.db.manager, me, meeting));
  }

  /** The full state, for a caller allowed in the room (REST and the live join share it). */
  async state(me: Me, meetingId: string): Promise<MeetingState> {
    const meeting = await this.find(this.db.manager, meetingId);
    requireEntry(await actorIn(this.db.manager, me, meeting));
    return this.rooms.at(meetingId, meeting.version) ?? this.rebuild(meetingId);
  }

  /**
   * What a client joining the room (already in it, so nothing committed from now on escapes it) needs to reach the
   * current version from the one it holds: nothing, the changes since, or the full state (serialised once per version).
   */
  async catchUp(meetingId: string, since: number | undefined): Promise<{ version: number; catchUp: CatchUp }> {
    const [row] = (await this.db.query(`SELECT version FROM meetings WHERE id = $1`, [meetingId])) as Array<{ version: number }>;
    if (!row) throw meetingNotFound();
    const { version } = row;
    const known = this.rooms.catchUp(meetingId, version, since);
    if (known) return { version, catchUp: known };
    const state = await this.rebuild(meetingId);
    return { version: state.version, catchUp: this.rooms.catchUp(meetingId, state.version, since) as CatchUp };
  }

  /** Changes this instance published after `version` (a join re-sends those that reached the room before its base). */
  changesSince(meetingId: string, version: number): MeetingChange[] {
    return this.rooms.changesSince(meetingId, version);
  }

  /**
   * One command: locks the session row (commands on one session run one at a time), checks and changes it, bumps
   * its version, commits, then publishes to its live room. A command that returns a RoomDelta is answered and
   * published as that small change (computed from the state of the previous version, kept by RoomStates); any
   * other, or one whose previous state this instance does not hold, reloads and publishes the full state.
   */
  mutate(me: Me, meetingId: string, work: Work): Promise<MeetingState>;
  mutate(me: Me, meetingId: string, work: Work<RoomDelta>): Promise<MeetingChange>;
  async mutate(me: Me, meetingId: string, work: Work<RoomDelta | void>): Promise<MeetingState | MeetingChange> {
    const afterCommit: AfterCommit = [];
    let outcome: { change: MeetingChange } | { state: MeetingState; delta: RoomDelta | void; change?: MeetingChange };
    let kept = false;
    try {
      outcome = await this.db.transaction(async (em) => {
        const meeting = await em.findOne(MeetingEntity, { where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
        if (!meeting) throw meetingNotFound();
        const actor = await actorIn(em, me, meeting);
        requireEntry(actor);
        const delta = await work(em, meeting, actor, afterCommit);
        const base = this.rooms.at(meeting.id, meeting.version);
        // The trail's head at that version, when a command of this instance wrote it: no need to read it again.
        const head = base && this.rooms.latest(meeting.id)?.head;
        meeting.version += 1;
        if (delta && base) {
          await em.update(MeetingEntity, { id: meeting.id }, { version: meeting.version });
          const change = attendanceChange(base, delta.attendance, this.clock.now());
          const link = await this.audit.recordChange(em, meeting.id, me.id, base, change, head);
          // Kept before the commit releases the lock, so the next command on this session finds it.
          this.rooms.advance(change, applyMeetingChange(base, change) as MeetingState, link);
          kept = true;
          return { change };
        }
        await em.save(meeting);
        const state = toMeetingState(await loadMeetingRecord(em, meeting, this.files), this.clock.now());
        // The room gets what differs from the version it holds, when this instance kept that version.
        const change = base ? stateChange(base, state) : undefined;
        const link =
          base && change
            ? await this.audit.recordChange(em, meeting.id, me.id, base, change, head)
            : await this.audit.recordState(em, meeting.id, me.id, state);
        if (change) this.rooms.advance(change, state, link);
        else this.rooms.remember(state, link);
        kept = true;
        return { state, delta, change };
      });
    } catch (error) {
      // What was kept for a version that did not commit must not be a base for the next command.
      if (kept) this.rooms.forget(meetingId);
      throw error;
    }
    let answer: MeetingState | MeetingChange;
    if ('state' in outcome) {
      if (outcome.change) this.live.publishChange(outcome.change, outcome.state);
      else this.live.publishState(outcome.state);
      // A command that declared its change answers with it, even when the room got the full state.
      answer = outcome.delta ? changeWithin(outcome.state, outcome.delta) : outcome.state;
    } else {
      this.live.publish(meetingId, LiveEvents.change, outcome.change);
      answer = outcome.change;
    }
    // The change is committed: nothing after this point may fail the request.
    for (const task of afterCommit) {
      await task().catch((error: unknown) => this.logger.error({ msg: 'after-commit task failed', meetingId, error: String(error) }));
    }
    return answer;
  }

  /**
   * The record changed outside a session command (a poll closed in its own transaction): the room moves to a new
   * version, published like any other, so nobody reads the state from before that outcome.
   */
  async recordChanged(me: Me, meetingId: string): Promise<void> {
    await this.mutate(me, meetingId, async () => undefined);
  }

  /** Starts the audit trail of a session written outside any command (the demo's record), in the writer's transaction. */
  async startTrail(em: EntityManager, meetingId: string, actorPersonId: string): Promise<void> {
    const state = toMeetingState(await loadMeetingRecord(em, await this.find(em, meetingId), this.files), this.clock.now());
    await this.audit.start(em, meetingId, actorPersonId, state);
  }

  /** The session's audit trail checked against its record now (for anyone in its room). */
  async audited(me: Me, meetingId: string): Promise<SessionAuditReport> {
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const meeting = await this.find(em, meetingId);
      requireEntry(await actorIn(em, me, meeting));
      return this.audit.check(em, meetingId, toMeetingState(await loadMeetingRecord(em, meeting, this.files), this.clock.now()));
    });
  }

  /** The current full state, read in one snapshot (so it is exactly its version's) and kept for the joins and changes. */
  private async rebuild(meetingId: string): Promise<MeetingState> {
    const state = await this.db.transaction('REPEATABLE READ', async (em) =>
      toMeetingState(await loadMeetingRecord(em, await this.find(em, meetingId), this.files), this.clock.now()),
    );
    this.rooms.remember(state);
    return state;
  }

  move(meeting: MeetingEntity, action: 'convene' | 'open' | 'close', quorumReached: boolean): void {
    const result = transition(meeting.status, action, quorumReached);
    if (!result.ok) {
      const what = {
        convene: ['solo se convoca una sesión en borrador', 'only a draft session can be convened'],
        open: ['solo se abre una sesión convocada', 'only a convened session can be opened'],
        close: ['solo se clausura una sesión abierta', 'only an open session can be closed'],
      }[action];
      throw wrongStatus(meeting.status, what[0], what[1]);
    }
    meeting.status = result.status;
  }

  /** The latest moment on the session's record: a closing cannot be declared before it. */
  async lastRecordedAt(em: EntityManager, meeting: MeetingEntity): Promise<Date | null> {
    const [intervention, decision] = await Promise.all([
      em.findOne(SpeakerEntryEntity, { where: { meetingId: meeting.id, startedAt: Not(IsNull()) }, order: { startedAt: 'DESC' } }),
      em.findOne(DecisionEntity, { where: { meetingId: meeting.id }, order: { recordedAt: 'DESC' } }),
    ]);
    const times = [meeting.openedAt, intervention?.startedAt, decision?.recordedAt].filter((d): d is Date => !!d);
    return times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null;
  }

  onClosed(listener: SessionClosedListener): void {
    this.closedListeners.push(listener);
  }

  /** Runs the other modules' part of a closing, in its transaction. */
  async closed(em: EntityManager, meeting: MeetingEntity): Promise<void> {
    for (const listener of this.closedListeners) await listener(em, meeting);
  }

  requireLive(meeting: MeetingEntity, es: string, en: string): void {
    if (!isLive(meeting.status)) throw wrongStatus(meeting.status, es, en);
  }

  /** The latest closed session (before `before`, when given) whose minutes no session has approved yet. */
  pendingMinutes(em: EntityManager, commissionId: string, before: MeetingEntity | null): Promise<MeetingEntity | null> {
    const qb = em
      .createQueryBuilder(MeetingEntity, 'm')
      .where('m.commission_id = :commissionId AND m.status = :closed AND m.minutes_approved_in_id IS NULL', {
        commissionId,
        closed: 'closed',
      })
      .orderBy('m.scheduled_at', 'DESC')
      .addOrderBy('m.created_at', 'DESC')
      .limit(1);
    if (before) qb.andWhere('m.scheduled_at < :at AND m.id <> :id', { at: before.scheduledAt, id: before.id });
    return qb.getOne();
  }

  async find(em: EntityManager, id: string): Promise<MeetingEntity> {
    const meeting = await em.findOneBy(MeetingEntity, { id });
    if (!meeting) throw meetingNotFound();
    return meeting;
  }

  async entry(em: EntityManager, meeting: MeetingEntity, entryId: string): Promise<SpeakerEntryEntity> {
    const entry = await em.findOneBy(SpeakerEntryEntity, { id: entryId, meetingId: meeting.id });
    if (!entry) throw notFound('una solicitud de la palabra', 'request for the floor');
    return entry;
  }

  /** A member of the session's commission on the session's day; a 404 for the roll call, a 400 inside a body. */
  async requireMember(em: EntityManager, meeting: MeetingEntity, personId: string, field: string | null): Promise<void> {
    if (await this.isMember(em, meeting, personId)) return;
    if (field === null) throw notFound('un integrante de esta sesión', 'member of this session');
    throw invalidField(
      field,
      'No es integrante de la comisión en la fecha de la sesión.',
      'Not a member of the commission on the session’s date.',
    );
  }

  /** Whether the person was a member of the session's commission on the session's day. */
  async isMember(em: EntityManager, meeting: Pick<MeetingEntity, 'commissionId' | 'scheduledAt'>, personId: string): Promise<boolean> {
    return (await this.membersOn(em, meeting, [personId])).has(personId);
  }

  /** Those of `personIds` who were members of the session's commission on its day (one read for a batch of check-ins). */
  async membersOn(
    em: EntityManager,
    meeting: Pick<MeetingEntity, 'commissionId' | 'scheduledAt'>,
    personIds: string[],
  ): Promise<Set<string>> {
    // Plain SQL: a roll call asks this for every check-in, and the entity's mapping was most of its cost.
    const rows = (await em.query(
      `SELECT person_id, since::text AS since, until::text AS until FROM commission_members
        WHERE commission_id = $1 AND person_id = ANY ($2::uuid[])`,
      [meeting.commissionId, personIds],
    )) as Array<{ person_id: string; since: string | null; until: string | null }>;
    const day = commissionDay(meeting.scheduledAt);
    return new Set(rows.filter((m) => isActiveOn(m, day)).map((m) => m.person_id));
  }

  async requirePerson(em: EntityManager, personId: string, field: string): Promise<PersonEntity> {
    const person = await em.findOneBy(PersonEntity, { id: personId });
    if (!person) throw invalidField(field, 'No existe esa persona.', 'No such person.');
    return person;
  }

  async requireItems(em: EntityManager, meeting: MeetingEntity, ids: string[], field: string): Promise<void> {
    const found = await em.countBy(AgendaItemEntity, { meetingId: meeting.id, id: In(ids) });
    if (found !== new Set(ids).size)
      throw invalidField(field, 'No es un punto del Orden del Día de esta sesión.', 'Not an agenda item of this session.');
  }
}

/** The part of a full state a declared change covers, shaped as that change. */
function changeWithin(state: MeetingState, delta: RoomDelta): MeetingChange {
  const changed = new Set(delta.attendance.map((entry) => entry.personId));
  return {
    meetingId: state.meeting.id,
    from: state.version - 1,
    version: state.version,
    attendance: state.attendance.filter((row) => changed.has(row.personId)),
    quorum: state.quorum,
    serverTime: state.serverTime,
  };
}

export function requireEntry(actor: MeetingActor): void {
  if (!mayEnter(actor)) throw new AppException('not_in_meeting');
}
