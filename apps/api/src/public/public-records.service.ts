import {
  AttendanceStatus,
  Page,
  PublicAttendanceRecord,
  PublicSearchHit,
  PublicSearchKind,
  PublicSearchQuery,
  PublicVoteRecord,
  PublicVotingRecord,
  PublicVotingRecordQuery,
  PublicVotingRecordSummary,
} from '@cocrea/contracts';
import { commissionDay } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FOLD, foldForSearch, likePattern } from '../common/pagination';
import { inSpanishOrder } from '../common/spanish-order';
import { notFound } from '../common/problem';
import { heldMeetingSql, publicMeetingSql, yearSql } from './public-rules';

const HELD = heldMeetingSql('m');
const YEAR = yearSql('m.scheduled_at');

interface SummaryRow {
  person_id: string;
  name: string;
  organization: string | null;
  state: string | null;
  sessions: number;
  present: number;
  represented: number;
  late: number;
  absent: number;
  named_votes: number;
  total: number;
}

const toSummary = (r: SummaryRow): PublicVotingRecordSummary => ({
  personId: r.person_id,
  name: r.name,
  organization: r.organization,
  state: r.state,
  sessions: r.sessions,
  present: r.present,
  represented: r.represented,
  late: r.late,
  absent: r.absent,
  namedVotes: r.named_votes,
});

/**
 * Everything the portal can find, one row per item with the commission it belongs to: held or issued sessions,
 * agreements, groups, deliverables (their group's commission), published versions.
 */
const SEARCHABLE = `
  SELECT 'session' AS kind, m.id::text AS id, m.id::text AS link, m.title AS title, coalesce(m.place, '') AS body, m.scheduled_at AS at, NULL::text AS day,
         m.commission_id AS commission_id
    FROM meetings m WHERE ${publicMeetingSql('m')}
  UNION ALL
  SELECT 'agreement', a.id::text, a.id::text, a.number, a.text, m.scheduled_at, NULL, a.commission_id
    FROM agreements a JOIN meetings m ON m.id = a.meeting_id WHERE ${HELD}
  UNION ALL
  SELECT 'group', g.id::text, g.id::text, g.name, g.purpose, g.created_at, NULL, g.commission_id FROM working_groups g
  UNION ALL
  SELECT 'deliverable', d.id::text, d.group_id::text, d.title, coalesce(d.description, ''), d.due_on::timestamptz, d.due_on::text, g.commission_id
    FROM deliverables d JOIN working_groups g ON g.id = d.group_id
  UNION ALL
  SELECT 'document', v.id::text, v.id::text, doc.title || coalesce(' — ' || v.name, ''), coalesce(v.public_text, v.text), v.published_at, NULL,
         doc.commission_id
    FROM document_versions v JOIN documents doc ON doc.id = v.document_id WHERE v.published = true`;

/** A member's record, over one commission's held sessions when `commissionId` is given, of `year` when given. */
type RecordScope = Pick<PublicVotingRecordQuery, 'year' | 'commissionId'>;

/** Voting records of each commissioner, and the portal's full-text search. */
@Injectable()
export class PublicRecordsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Attendance and named votes per member, over the held sessions (of `year` if given); with `commissionId`, the
   * members of that commission over its own sessions only.
   * Late counts as attending; a represented member's right was exercised by their representative.
   */
  async votingRecords(query: PublicVotingRecordQuery): Promise<Page<PublicVotingRecordSummary>> {
    const { sql, params } = this.summarySql(query);
    const rows = await this.db.query<SummaryRow[]>(
      `${sql} ORDER BY ${inSpanishOrder('p.name')}, p.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const total = rows[0]?.total ?? (query.page > 1 ? await this.countMembers(query) : 0);
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
  }

  private async countMembers(query: PublicVotingRecordQuery): Promise<number> {
    const { sql, params } = this.summarySql(query);
    const [row] = await this.db.query<{ n: number }[]>(`SELECT COUNT(*)::int AS n FROM (${sql}) s`, params);
    return row.n;
  }

  private summarySql(
    query: Pick<PublicVotingRecordQuery, 'year' | 'state' | 'q' | 'commissionId'>,
    personId?: string,
  ): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const year = query.year === undefined ? '' : ` AND ${YEAR} = ${param(query.year)}`;
    const commission = query.commissionId === undefined ? null : param(query.commissionId);
    // The sessions counted: held, of the year and of the commission asked for.
    const counted = `${HELD}${year}${commission ? ` AND m.commission_id = ${commission}` : ''}`;
    const where: string[] = [];
    if (query.state) where.push(`o.state = ${param(query.state)}`);
    if (query.q) where.push(`${FOLD('p.name')} LIKE ${param(likePattern(query.q))}`);
    if (personId) where.push(`p.id = ${param(personId)}`);
    const sql = `
      SELECT p.id AS person_id, p.name, o.name AS organization, o.state,
        (SELECT COUNT(*)::int FROM attendances at JOIN meetings m ON m.id = at.meeting_id WHERE at.person_id = p.id AND ${counted}) AS sessions,
        (SELECT COUNT(*)::int FROM attendances at JOIN meetings m ON m.id = at.meeting_id WHERE at.person_id = p.id AND at.status = 'present' AND ${counted}) AS present,
        (SELECT COUNT(*)::int FROM attendances at JOIN meetings m ON m.id = at.meeting_id WHERE at.person_id = p.id AND at.status = 'represented' AND ${counted}) AS represented,
        (SELECT COUNT(*)::int FROM attendances at JOIN meetings m ON m.id = at.meeting_id WHERE at.person_id = p.id AND at.status = 'late' AND ${counted}) AS late,
        (SELECT COUNT(*)::int FROM attendances at JOIN meetings m ON m.id = at.meeting_id WHERE at.person_id = p.id AND at.status = 'absent' AND ${counted}) AS absent,
        (SELECT COUNT(*)::int FROM ballots b JOIN polls pl ON pl.id = b.poll_id JOIN meetings m ON m.id = pl.meeting_id
          WHERE b.voter_person_id = p.id AND pl.status = 'closed' AND pl.method = 'named' AND ${counted}) AS named_votes,
        COUNT(*) OVER ()::int AS total
      FROM (SELECT DISTINCT person_id FROM commission_members${commission ? ` WHERE commission_id = ${commission}` : ''}) cm
      JOIN people p ON p.id = cm.person_id
      LEFT JOIN organizations o ON o.id = p.organization_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    return { sql, params };
  }

  async votingRecord(personId: string, scope: RecordScope = {}): Promise<PublicVotingRecord> {
    const { sql, params } = this.summarySql(scope, personId);
    const [row] = await this.db.query<SummaryRow[]>(sql, params);
    if (!row) throw notFound('un integrante', 'member');
    const [attendance, votes] = await Promise.all([this.attendanceOf(personId, scope), this.votesOf(personId, scope)]);
    return { ...toSummary(row), attendance, votes };
  }

  /** Every held session a member was on the roll of, newest first; `personId` null gives everyone's. */
  async attendanceOf(
    personId: string | null,
    { year, commissionId }: RecordScope = {},
  ): Promise<(PublicAttendanceRecord & { personId: string; name: string; organization: string | null; state: string | null })[]> {
    const rows = await this.db.query<
      {
        meeting_id: string;
        title: string;
        at: Date;
        status: AttendanceStatus;
        representative_name: string | null;
        person_id: string;
        name: string;
        organization: string | null;
        state: string | null;
      }[]
    >(
      `SELECT m.id AS meeting_id, m.title, m.scheduled_at AS at, a.status, a.representative_name,
              p.id AS person_id, p.name, o.name AS organization, o.state
         FROM attendances a JOIN meetings m ON m.id = a.meeting_id JOIN people p ON p.id = a.person_id
         LEFT JOIN organizations o ON o.id = p.organization_id
        WHERE ${HELD} AND ($1::uuid IS NULL OR a.person_id = $1) AND ($2::int IS NULL OR ${YEAR} = $2)
          AND ($3::uuid IS NULL OR m.commission_id = $3)
        ORDER BY m.scheduled_at DESC, ${inSpanishOrder('p.name')}`,
      [personId, year ?? null, commissionId ?? null],
    );
    return rows.map((r) => ({
      meetingId: r.meeting_id,
      meetingTitle: r.title,
      date: commissionDay(new Date(r.at)),
      status: r.status,
      representedBy: r.status === 'represented' ? r.representative_name : null,
      personId: r.person_id,
      name: r.name,
      organization: r.organization,
      state: r.state,
    }));
  }

  /** Named ballots of closed polls (a secret ballot has no voter to find), newest first; `personId` null gives all. */
  async votesOf(
    personId: string | null,
    { year, commissionId }: RecordScope = {},
  ): Promise<(PublicVoteRecord & { personId: string; name: string })[]> {
    const rows = await this.db.query<
      {
        poll_id: string;
        meeting_id: string;
        title: string;
        at: Date;
        subject: string;
        agreement_number: string | null;
        choice: string;
        meaning: string;
        cast_by: string | null;
        person_id: string;
        name: string;
      }[]
    >(
      `SELECT pl.id AS poll_id, m.id AS meeting_id, m.title, m.scheduled_at AS at, pl.subject,
              (SELECT a.number FROM decisions d JOIN agreements a ON a.decision_id = d.id WHERE d.poll_id = pl.id) AS agreement_number,
              o.label AS choice, o.meaning, CASE WHEN b.cast_by_person_id <> b.voter_person_id THEN c.name END AS cast_by,
              v.id AS person_id, v.name
         FROM ballots b JOIN polls pl ON pl.id = b.poll_id JOIN meetings m ON m.id = pl.meeting_id
         JOIN poll_options o ON o.id = b.option_id JOIN people v ON v.id = b.voter_person_id
         LEFT JOIN people c ON c.id = b.cast_by_person_id
        WHERE pl.status = 'closed' AND pl.method = 'named' AND ${HELD}
          AND ($1::uuid IS NULL OR b.voter_person_id = $1) AND ($2::int IS NULL OR ${YEAR} = $2)
          AND ($3::uuid IS NULL OR m.commission_id = $3)
        ORDER BY m.scheduled_at DESC, pl.closed_at, ${inSpanishOrder('v.name')}`,
      [personId, year ?? null, commissionId ?? null],
    );
    return rows.map((r) => ({
      pollId: r.poll_id,
      meetingId: r.meeting_id,
      meetingTitle: r.title,
      date: commissionDay(new Date(r.at)),
      subject: r.subject,
      agreementNumber: r.agreement_number,
      choice: r.choice,
      meaning: r.meaning,
      castBy: r.cast_by,
      personId: r.person_id,
      name: r.name,
    }));
  }

  /**
   * PostgreSQL full-text search with the Spanish configuration on accent-folded text (`translate`, which both
   * PGlite and a server have; PGlite has no `unaccent`): "sesion" finds "Sesión", "grupos" finds "grupo".
   */
  async search(query: PublicSearchQuery): Promise<Page<PublicSearchHit>> {
    const document = `to_tsvector('spanish', ${FOLD(`s.title || ' ' || s.body`)})`;
    const rows = await this.db.query<
      {
        kind: PublicSearchKind;
        id: string;
        link: string;
        title: string;
        body: string;
        at: Date | null;
        day: string | null;
        total: number;
      }[]
    >(
      `SELECT s.kind, s.id, s.link, s.title, left(s.body, 240) AS body, s.at, s.day, COUNT(*) OVER ()::int AS total
         FROM (${SEARCHABLE}) s, plainto_tsquery('spanish', $1) q
        WHERE ${document} @@ q AND ($2::text IS NULL OR s.kind = $2) AND ($5::uuid IS NULL OR s.commission_id = $5)
        ORDER BY ts_rank(${document}, q) DESC, s.at DESC NULLS LAST, s.id
        LIMIT $3 OFFSET $4`,
      [foldForSearch(query.q), query.kind ?? null, query.pageSize, (query.page - 1) * query.pageSize, query.commissionId ?? null],
    );
    return {
      items: rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        title: r.title,
        snippet: r.body,
        date: r.day ?? (r.at ? commissionDay(new Date(r.at)) : null),
        targetId: r.link,
      })),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
