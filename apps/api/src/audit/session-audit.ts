import { MeetingChange, MeetingState, SessionAuditReport } from '@cocrea/contracts';
import { appendEvent, StoredChainEvent, verifyChain } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { recordDifferences, recordFromTrail, TrailLink } from './session-record-check';
import { SessionAuditEventEntity } from './session-audit-event.entity';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The audit trail of each session: every command that changes its record appends, in the command's own transaction,
 * what it changed (the room's change, or the whole record where the trail starts or this instance held no earlier
 * version), chained by hash. The caller holds the session's row lock, which orders the links. Anyone in the room can
 * check that the chain is intact and that the record it describes is the one stored.
 */
@Injectable()
export class SessionAudit {
  /** A command's change of the record, from `base`; a trail that has not started yet starts with `base` whole. */
  async recordChange(
    em: EntityManager,
    meetingId: string,
    actorPersonId: string,
    base: MeetingState,
    change: MeetingChange,
  ): Promise<void> {
    const head = await this.head(em, meetingId);
    const start = head ? head : await this.append(em, meetingId, actorPersonId, 'room_state', withoutClock(base), null);
    await this.append(em, meetingId, actorPersonId, 'room_change', withoutClock(change), start);
  }

  /** The whole record after a command (where no earlier version was at hand to compute its change from). */
  async recordState(em: EntityManager, meetingId: string, actorPersonId: string, state: MeetingState): Promise<void> {
    await this.append(em, meetingId, actorPersonId, 'room_state', withoutClock(state), await this.head(em, meetingId));
  }

  /** The trail recomputed and the record it describes compared with `stored`, the session's record read now. */
  async check(em: EntityManager, meetingId: string, stored: MeetingState): Promise<SessionAuditReport> {
    const rows = await em.find(SessionAuditEventEntity, { where: { meetingId }, order: { seq: 'ASC' } });
    const chain = verifyChain(rows.map(toStored), sha256);
    const fromTrail = recordFromTrail(rows.map((r) => ({ kind: r.kind, payload: r.payload }) as unknown as TrailLink));
    // No trail (a session never changed through a command) or one with a missing link describes no record to compare.
    const differences = fromTrail ? recordDifferences(fromTrail, stored) : [{ part: 'trail', ids: [] }];
    return {
      meetingId,
      events: rows.length,
      head: rows.at(-1)?.hash ?? null,
      chain: chain.ok ? { ok: true } : { ok: false, seq: chain.seq, reason: chain.reason },
      matchesRecord: differences.length === 0,
      differences,
    };
  }

  private async head(em: EntityManager, meetingId: string): Promise<StoredChainEvent | null> {
    const [head] = (await em.query(`SELECT seq, hash FROM session_audit_events WHERE meeting_id = $1 ORDER BY seq DESC LIMIT 1`, [
      meetingId,
    ])) as Array<{ seq: number; hash: string }>;
    return head ? { seq: head.seq, kind: '', payload: null, prevHash: '', hash: head.hash } : null;
  }

  private async append(
    em: EntityManager,
    meetingId: string,
    actorPersonId: string,
    kind: TrailLink['kind'],
    payload: object,
    previous: StoredChainEvent | null,
  ): Promise<StoredChainEvent> {
    // Stored as jsonb, which drops undefined keys: hash the same JSON that is stored.
    const stored = JSON.parse(JSON.stringify(payload)) as Record<string, unknown>;
    const event = appendEvent(previous, kind, stored, sha256);
    await em.query(
      `INSERT INTO session_audit_events (meeting_id, seq, kind, actor_person_id, payload, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [meetingId, event.seq, kind, actorPersonId, JSON.stringify(stored), event.prevHash, event.hash],
    );
    return event;
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
