// Why this exists: a roll call of a thousand members arrives as a thousand check-ins within seconds. Each one used to
// hold the session's row lock across nine round trips; here the check-ins of one session that arrive together are
// checked in memory against the state this instance keeps and written as ONE statement (rows, version, trail link),
// after one read of the batch's memberships.
import { applyMeetingChange, LiveEvents, Me, MeetingChange, MeetingState, RecordAttendance } from '@cocrea/contracts';
import { acceptsRollCall, can, checkAttendanceChange } from '@cocrea/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { SessionAudit } from '../audit';
import { LiveRooms } from './live/live-rooms';
import { RoomStates } from './live/room-states';
import { AttendanceEntry, attendanceChange } from './meeting-state';
import { MeetingsService } from './meetings.service';

/** The most check-ins one statement writes (one change of the room carries them all). */
const MOST_PER_BATCH = 200;

/** One check-in waiting for its session's next batch. */
interface CheckIn {
  me: Me;
  personId: string;
  input: RecordAttendance;
  /** The same check-in through the session's locked command (MeetingsService.mutate), which reads everything afresh. */
  locked: () => Promise<MeetingChange>;
  resolve: (change: MeetingChange) => void;
  reject: (error: unknown) => void;
}

/**
 * The check-ins of each session, written in batches. A batch is checked against the newest state this instance keeps
 * (with its audit trail's head) and written by one statement that bumps the session's version only if it is still the
 * kept one, upserts the rows and appends the trail link of the batch's change: no lock held across round trips, and a
 * session changed meanwhile (by another instance or another command) writes nothing. Whatever the memory cannot decide
 * (no kept state or head, a refusal, a representation) and a batch that wrote nothing go through the locked command
 * one by one, in arrival order, which answers or refuses them exactly as before. Every check-in of a batch is answered
 * with the batch's change, once it committed; the room gets that one change.
 */
@Injectable()
export class CheckInBatches {
  private readonly logger = new Logger(CheckInBatches.name);
  private readonly queues = new Map<string, CheckIn[]>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: RoomStates,
    private readonly live: LiveRooms,
    private readonly audit: SessionAudit,
    private readonly meetings: MeetingsService,
    private readonly clock: Clock,
  ) {}

  /** Resolves with the committed change that carries this check-in. */
  submit(meetingId: string, checkIn: Omit<CheckIn, 'resolve' | 'reject'>): Promise<MeetingChange> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(meetingId);
      if (queue) return void queue.push({ ...checkIn, resolve, reject });
      this.queues.set(meetingId, [{ ...checkIn, resolve, reject }]);
      void this.drain(meetingId);
    });
  }

  /** Writes the session's waiting check-ins, batch after batch, until none waits. */
  private async drain(meetingId: string): Promise<void> {
    for (let queue = this.queues.get(meetingId) ?? []; queue.length > 0; queue = this.queues.get(meetingId) ?? []) {
      const batch = queue.splice(0, MOST_PER_BATCH);
      const unwritten = await this.write(meetingId, batch).catch((error: unknown) => {
        this.logger.warn({ msg: 'check-in batch not written; taken one by one', meetingId, error: String(error) });
        return batch;
      });
      // What the batch left (from its first check-in the memory could not decide) goes first, the oldest one locked.
      const [first, ...rest] = unwritten;
      if (first) await first.locked().then(first.resolve, first.reject);
      queue.unshift(...rest);
    }
    this.queues.delete(meetingId);
  }

  /**
   * Writes the longest prefix of `batch` the kept state decides as one statement, answers it, and returns the check-ins
   * left (all of them when the session moved on).
   */
  private async write(meetingId: string, batch: CheckIn[]): Promise<CheckIn[]> {
    const kept = this.rooms.latest(meetingId);
    if (!kept?.head) return batch;
    // Who was a member on the session's day, read for the whole batch at once (no lock held).
    const meeting = { ...kept.state.meeting, scheduledAt: new Date(kept.state.meeting.scheduledAt) };
    const onRoll = await this.meetings.membersOn(this.db.manager, meeting, [...new Set(batch.map((c) => c.personId))]);
    const entries = new Map<string, AttendanceEntry>();
    const now = this.clock.now();
    let decided = 0;
    for (const checkIn of batch) {
      // One link names one actor: a batch holds one caller's check-ins.
      const entry =
        checkIn.me.id === batch[0].me.id && onRoll.has(checkIn.personId) ? entryOf(kept.state, checkIn, entries, now) : undefined;
      if (!entry) break;
      entries.set(entry.personId, entry);
      decided++;
    }
    if (decided === 0) return batch;
    const base = kept.state;
    const change = attendanceChange(base, [...entries.values()], now);
    const link = this.audit.changeLink(kept.head, change);
    const written = batch.slice(0, decided);
    const rows = [...entries.values()];
    const [{ bumped }] = (await this.db.query(
      `WITH bumped AS (
         UPDATE meetings SET version = $3, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id
       ), rows AS (
         INSERT INTO attendances (meeting_id, person_id, status, representative_person_id, representative_name, arrived_at, recorded_at)
         SELECT bumped.id, r.person_id, r.status, NULL, NULL, r.arrived_at, $7
           FROM bumped, unnest($4::uuid[], $5::varchar[], $6::timestamptz[]) AS r (person_id, status, arrived_at)
         ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status, representative_person_id = NULL,
           representative_name = NULL, arrived_at = excluded.arrived_at, recorded_at = excluded.recorded_at
         RETURNING 1
       ), link AS (
         INSERT INTO session_audit_events (meeting_id, seq, kind, prev_hash, hash, actor_person_id, payload)
         SELECT bumped.id, $8, $9, $10, $11, $12, $13::jsonb FROM bumped
         RETURNING 1
       )
       SELECT count(*)::int AS bumped FROM bumped`,
      [
        meetingId,
        base.version,
        change.version,
        rows.map((r) => r.personId),
        rows.map((r) => r.status),
        rows.map((r) => r.arrivedAt),
        now,
        link.event.seq,
        link.event.kind,
        link.event.prevHash,
        link.event.hash,
        written[0].me.id,
        link.payload,
      ],
    )) as [{ bumped: number }];
    // The session moved on since the kept version: nothing was written, and the locked command reads it afresh.
    if (bumped !== 1) {
      this.rooms.forget(meetingId);
      return batch;
    }
    this.rooms.advance(change, applyMeetingChange(base, change) as MeetingState, link.event);
    this.live.publish(meetingId, LiveEvents.change, change);
    for (const checkIn of written) checkIn.resolve(change);
    return batch.slice(decided);
  }
}

/**
 * The row a check-in writes, when the kept state alone decides it is accepted: the caller manages this commission, the
 * session takes the roll call, the member is on its roll, and the status follows from their current one (the rows
 * decided earlier in the batch included). Undefined for anything else: the locked command decides it.
 */
function entryOf(state: MeetingState, checkIn: CheckIn, decided: Map<string, AttendanceEntry>, now: Date): AttendanceEntry | undefined {
  const { me, personId, input } = checkIn;
  const commissionId = state.meeting.commissionId;
  if (!me.commissions.some((c) => c.commissionId === commissionId) || !can(me, 'meetings.manage', commissionId)) return undefined;
  if (!acceptsRollCall(state.meeting.status) || input.status === 'represented' || input.representativePersonId || input.representativeName)
    return undefined;
  const row = state.attendance.find((r) => r.personId === personId);
  if (!row) return undefined;
  const current = decided.get(personId)?.status ?? (row.marked ? row.status : undefined);
  if (!checkAttendanceChange(current, { status: input.status, personId }).ok) return undefined;
  const arrivedAt =
    input.status === 'late' ? (input.arrivedAt === undefined ? now : input.arrivedAt ? new Date(input.arrivedAt) : null) : null;
  return { personId, status: input.status, representativePersonId: null, representativeName: null, arrivedAt };
}
