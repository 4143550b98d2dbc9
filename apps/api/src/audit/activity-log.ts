import { ActivityEvent, ActivityKind, ActivityQuery, ActivitySubjectType, Page } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The commission day of an instant, as filters by date compare it ("Dates are dates"). */
const DAY = `(e.recorded_at AT TIME ZONE 'America/Mexico_City')::date`;

interface ActivityRow {
  id: string;
  seq: number;
  kind: ActivityKind;
  recorded_at: Date;
  actor_person_id: string | null;
  actor_name: string | null;
  subject_type: ActivitySubjectType;
  subject_id: string;
  payload: { label: string; changes: ActivityEvent['changes'] };
}

/** The administration's activity list: the commission's trail newest first, filtered by kind, actor, subject and days. */
@Injectable()
export class ActivityLog {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: ActivityQuery): Promise<Page<ActivityEvent>> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const where = (sql: (param: string) => string, value: unknown) => {
      if (value === undefined) return;
      values.push(value);
      conditions.push(sql(`$${values.length}`));
    };
    where((p) => `e.kind = ${p}`, query.kind);
    where((p) => `e.actor_person_id = ${p}`, query.actorId);
    where((p) => `e.subject_type = ${p}`, query.subjectType);
    where((p) => `e.subject_id = ${p}`, query.subjectId);
    where((p) => `${DAY} >= ${p}::date`, query.from);
    where((p) => `${DAY} <= ${p}::date`, query.to);
    const filter = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM commission_audit_events e ${filter}`, values)) as [
      { total: number },
    ];
    // The actor's name is read from people now: a person's name is theirs to correct, and the trail names them by id.
    const rows = (await this.db.query(
      `SELECT e.id, e.seq, e.kind, e.recorded_at, e.actor_person_id, p.name AS actor_name, e.subject_type, e.subject_id, e.payload
         FROM commission_audit_events e LEFT JOIN people p ON p.id = e.actor_person_id
         ${filter} ORDER BY e.seq DESC LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      values,
    )) as ActivityRow[];
    return { items: rows.map(toActivityEvent), total, page: query.page, pageSize: query.pageSize };
  }
}

function toActivityEvent(row: ActivityRow): ActivityEvent {
  return {
    id: row.id,
    seq: row.seq,
    kind: row.kind,
    at: new Date(row.recorded_at).toISOString(),
    actor: row.actor_person_id ? { id: row.actor_person_id, name: row.actor_name ?? '' } : null,
    subject: { type: row.subject_type, id: row.subject_id, label: row.payload.label },
    changes: row.payload.changes,
  };
}
