import { MeetingChange, MeetingState, SessionAuditReport } from '@cocrea/contracts';
import { StoredChainEvent } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appendLink, chainHead, ChainTable, checkLinks, nextLink } from './chain-links';
import { recordDifferences, recordFromTrail, TrailLink } from './session-record-check';
import { SessionAuditEventEntity } from './session-audit-event.entity';

const sessionChain = (meetingId: string): ChainTable => ({
  table: 'session_audit_events',
  scope: { column: 'meeting_id', value: meetingId },
});

/**
 * The audit trail of each session: every command that changes its record appends, in the command's own transaction,
 * what it changed (the room's change, or the whole record where the trail starts or this instance held no earlier
 * version), chained by hash. The caller holds the session's row lock, which orders the links. Anyone in the room can
 * check that the chain is intact and that the record it describes is the one stored.
 */
@Injectable()
export class SessionAudit {
  /**
   * A command's change of the record, from `base`; a trail that has not started yet starts with `base` whole. `head` is
   * the trail's last link when the caller knows it (kept with `base`), which spares reading it. Returns the new head.
   */
  async recordChange(
    em: EntityManager,
    meetingId: string,
    actorPersonId: string,
    base: MeetingState,
    change: MeetingChange,
    head?: StoredChainEvent,
  ): Promise<StoredChainEvent> {
    let last = head ?? (await chainHead(em, sessionChain(meetingId)));
    last ??= await this.append(em, meetingId, actorPersonId, 'room_state', withoutClock(base), null);
    return this.append(em, meetingId, actorPersonId, 'room_change', withoutClock(change), last);
  }

  /** The whole record after a command (where no earlier version was at hand to compute its change from). Returns the new head. */
  recordState(em: EntityManager, meetingId: string, actorPersonId: string, state: MeetingState): Promise<StoredChainEvent> {
    return this.append(em, meetingId, actorPersonId, 'room_state', withoutClock(state));
  }

  /**
   * The link a change of the record makes after `head`, computed without the database, for a writer that inserts it in
   * its own statement (a check-in batch: the session's version compared and bumped in the same statement orders it,
   * and the unique seq refuses it if the trail moved on). `payload` is the JSON text to store.
   */
  changeLink(head: StoredChainEvent, change: MeetingChange): { event: StoredChainEvent; payload: string } {
    const payload = JSON.stringify(withoutClock(change));
    return { event: nextLink(head, 'room_change', JSON.parse(payload)), payload };
  }

  /** Starts the trail of a session whose record was written without a command (the demo's), unless it has one already. */
  async start(em: EntityManager, meetingId: string, actorPersonId: string, state: MeetingState): Promise<void> {
    if (!(await chainHead(em, sessionChain(meetingId)))) await this.append(em, meetingId, actorPersonId, 'room_state', withoutClock(state));
  }

  /** The trail recomputed and the record it describes compared with `stored`, the session's record read now. */
  async check(em: EntityManager, meetingId: string, stored: MeetingState): Promise<SessionAuditReport> {
    const rows = await em.find(SessionAuditEventEntity, { where: { meetingId }, order: { seq: 'ASC' } });
    const { events, head, chain } = checkLinks(rows.map(toStored));
    const fromTrail = recordFromTrail(rows.map((r) => ({ kind: r.kind, payload: r.payload }) as unknown as TrailLink));
    // No trail (a session never changed through a command) or one with a missing link describes no record to compare.
    const differences = fromTrail ? recordDifferences(fromTrail, stored) : [{ part: 'trail', ids: [] }];
    return {
      meetingId,
      events,
      head,
      chain,
      matchesRecord: differences.length === 0,
      differences,
    };
  }

  private async append(
    em: EntityManager,
    meetingId: string,
    actorPersonId: string,
    kind: TrailLink['kind'],
    payload: object,
    head?: StoredChainEvent | null,
  ): Promise<StoredChainEvent> {
    // Stored as jsonb, which drops undefined keys: hash the same JSON that is stored.
    const stored = JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
    return appendLink(
      em,
      sessionChain(meetingId),
      { kind, hashed: stored, columns: { actor_person_id: actorPersonId, payload: stored } },
      head,
    );
  }
}

/** The server's clock when a state or change was built is not part of the record. */
const withoutClock = <T extends { serverTime: string }>(value: T) => ({ ...value, serverTime: undefined });

const toStored = (row: SessionAuditEventEntity): StoredChainEvent => ({
  seq: row.seq,
  kind: row.kind,
  payload: row.payload,
  prevHash: row.prevHash,
  hash: row.hash,
});
