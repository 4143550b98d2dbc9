import { ActivityChainReport, ActivityChange, ActivityKind, ActivitySubjectType } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { appendLink, ChainTable, checkLinks, lockChain } from './chain-links';
import { CommissionAuditEventEntity } from './commission-audit-event.entity';

const COMMISSION_CHAIN: ChainTable = { table: 'commission_audit_events', scope: null };

/** One change to record: who (null for the system), what kind, about what, and the fields it changed. */
export interface ActivityRecord {
  actorPersonId: string | null;
  kind: ActivityKind;
  subject: { type: ActivitySubjectType; id: string; label: string };
  changes: Record<string, ActivityChange>;
}

/** Field names whose values never enter the trail, whoever passes them. */
const SECRET_FIELD = /password|token|secret|hash|letter/i;

/**
 * The commission's audit trail: every change to people, organizations, the membership and its roles, accounts,
 * agreements' follow-up and groups' membership answers appends one link, in the change's own transaction (so a change
 * that fails leaves no link and a change made always has one), chained by hash through the same code as the sessions'
 * trails. The hash covers who, when, the subject and the changes, so editing any stored column breaks the chain.
 */
@Injectable()
export class CommissionAudit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(em: EntityManager, record: ActivityRecord): Promise<void> {
    await lockChain(em, COMMISSION_CHAIN);
    const at = this.clock.now().toISOString();
    const changes = JSON.parse(JSON.stringify(withoutSecrets(record.changes))) as Record<string, ActivityChange>;
    const payload = { label: record.subject.label, changes };
    await appendLink(em, COMMISSION_CHAIN, {
      kind: record.kind,
      hashed: hashedLink(record.actorPersonId, at, record.subject.type, record.subject.id, payload),
      columns: {
        actor_person_id: record.actorPersonId,
        subject_type: record.subject.type,
        subject_id: record.subject.id,
        payload,
        recorded_at: at,
      },
    });
  }

  /** The whole trail recomputed: how many links, its head, and the first link that is not what was appended. */
  async check(): Promise<ActivityChainReport> {
    const rows = await this.db.manager.find(CommissionAuditEventEntity, { order: { seq: 'ASC' } });
    return checkLinks(
      rows.map((row) => ({
        seq: row.seq,
        kind: row.kind,
        payload: hashedLink(row.actorPersonId, row.recordedAt.toISOString(), row.subjectType, row.subjectId, row.payload),
        prevHash: row.prevHash,
        hash: row.hash,
      })),
    );
  }
}

/** What a link's hash covers: every stored column but its id, seq, kind and the hashes themselves (which the chain covers). */
function hashedLink(actorPersonId: string | null, at: string, subjectType: string, subjectId: string, payload: object) {
  return { actorPersonId, at, subjectType, subjectId, payload };
}

/**
 * The fields of a change that differ between `before` and `after` (compared as JSON; dates as ISO text), for the
 * `fields` named: what a service passes to `CommissionAudit.record`. Absent values read as null.
 */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  fields: readonly string[],
): Record<string, ActivityChange> {
  const value = (source: Record<string, unknown> | null, field: string) => {
    const v = source?.[field];
    return v instanceof Date ? v.toISOString() : (v ?? null);
  };
  const changes: Record<string, ActivityChange> = {};
  for (const field of fields) {
    const [b, a] = [value(before, field), value(after, field)];
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[field] = { before: b, after: a };
  }
  return changes;
}

function withoutSecrets(changes: Record<string, ActivityChange>): Record<string, ActivityChange> {
  return Object.fromEntries(Object.entries(changes).filter(([field]) => !SECRET_FIELD.test(field)));
}
