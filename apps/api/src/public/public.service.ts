import {
  Page,
  PublicAgreement,
  PublicAgreementDetail,
  PublicAgreementQuery,
  PublicAttendance,
  PublicDocumentQuery,
  PublicDocumentVersion,
  PublicDocumentVersionDetail,
  PublicFile,
  PublicGroup,
  PublicGroupDetail,
  PublicGroupQuery,
  PublicLiveItem,
  PublicMember,
  PublicMemberQuery,
  PublicPoll,
  PublicQuorum,
  PublicSessionDetail,
  PublicSessionQuery,
  PublicSessionSummary,
} from '@cocrea/contracts';
import { commissionDay } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { historyOf } from '../agreements';
import { Clock } from '../common/clock';
import { AgreementNoteEntity } from '../agreements/entities/agreement-note.entity';
import { withOutcomePoll } from '../agreements';
import { AgreementEntity } from '../agreements/entities/agreement.entity';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { AttachmentsService } from '../attachments';
import { notFound } from '../common/problem';
import { paginate, whereTextMatches } from '../common/pagination';
import { inSpanishOrder } from '../common/spanish-order';
import { publicMembersPage } from '../commissions';
import { groupsProgress, publicDeliverablesOf } from '../deliverables';
import { DocumentVersionEntity } from '../documents/entities/document-version.entity';
import { publicGroup, publicGroupsPage, publicMilestonesOf } from '../groups';
import type { PublicGroupFacts } from '../groups';
import { AgendaItemEntity } from '../meetings/entities/agenda-item.entity';
import { DecisionEntity } from '../meetings/entities/decision.entity';
import { InvitedParticipantEntity } from '../meetings/entities/invited-participant.entity';
import { MinutesVersionEntity } from '../meetings/entities/minutes-version.entity';
import { MeetingEntity } from '../meetings/entities/meeting.entity';
import { loadMeetingRecord, toMeetingState } from '../meetings';
import { PersonEntity } from '../people/person.entity';
import { BallotEntity } from '../voting/entities/ballot.entity';
import { PollOptionEntity } from '../voting/entities/poll-option.entity';
import { PollEntity } from '../voting/entities/poll.entity';
import { toPublicAgendaItem, toPublicAgreement, toPublicDocumentVersion, toPublicFile, toPublicSessionSummary } from './public-mappers';
import { heldMeetingSql, publicMeetingSql, whereYear } from './public-rules';

const sessionNotFound = () => notFound('una sesión', 'meeting');

/**
 * What the portal shows, read straight from the tables with the publication rules in the queries:
 * only issued calls, held sessions, closed polls, approved minutes, published versions (their versión pública
 * when there is one), and names — never emails, accounts, or who chose what in a secret poll.
 */
@Injectable()
export class PublicService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attachments: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  members(query: PublicMemberQuery): Promise<Page<PublicMember>> {
    return publicMembersPage(this.db.manager, query);
  }

  async sessions(query: PublicSessionQuery): Promise<Page<PublicSessionSummary>> {
    const qb = this.db.manager.createQueryBuilder(MeetingEntity, 'm').where(`${publicMeetingSql('m')}`);
    if (query.commissionId) qb.andWhere('m.commission_id = :commissionId', { commissionId: query.commissionId });
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    whereYear(qb, 'm.scheduled_at', query.year);
    whereTextMatches(qb, ['m.title', 'm.place'], query.q);
    qb.orderBy('m.scheduled_at', 'DESC').addOrderBy('m.id');
    const page = await paginate(qb, query, (m) => m);
    const counts = await this.agreementCounts(page.items.map((m) => m.id));
    return { ...page, items: page.items.map((m) => toPublicSessionSummary(m, counts.get(m.id) ?? 0)) };
  }

  /** What the public live room shows of a session: its status and, while open, the item under way. */
  async liveItem(id: string): Promise<PublicLiveItem | null> {
    const meeting = await this.db.manager
      .createQueryBuilder(MeetingEntity, 'm')
      .where(`m.id = :id AND ${publicMeetingSql('m')}`, { id })
      .getOne();
    if (!meeting) return null;
    const current =
      meeting.status === 'open' && meeting.currentItemId
        ? await this.db.manager.findOneBy(AgendaItemEntity, { id: meeting.currentItemId, meetingId: id })
        : null;
    return { meetingId: id, status: meeting.status, currentItem: current ? toPublicAgendaItem(current) : null, version: meeting.version };
  }

  async session(id: string): Promise<PublicSessionDetail> {
    const meeting = await this.db.manager
      .createQueryBuilder(MeetingEntity, 'm')
      .where(`m.id = :id AND ${publicMeetingSql('m')}`, { id })
      .getOne();
    if (!meeting) throw sessionNotFound();
    const [agenda, room, decisions, polls, agreements, documents] = await Promise.all([
      this.db.manager.find(AgendaItemEntity, { where: { meetingId: id }, order: { position: 'ASC' } }),
      this.roomAttendance(meeting),
      this.db.manager.find(DecisionEntity, {
        where: { meetingId: id },
        relations: { approvedMinutesOf: true },
        order: { recordedAt: 'ASC' },
      }),
      this.polls(id),
      withOutcomePoll(this.db.manager.createQueryBuilder(AgreementEntity, 'a').innerJoinAndSelect('a.meeting', 'm'))
        .where(`a.meeting_id = :id AND ${heldMeetingSql('m')}`, { id })
        .orderBy('a.sequence')
        .getMany(),
      this.files(meeting.documentIds),
    ]);
    const today = commissionDay(this.clock.now());
    return {
      ...toPublicSessionSummary(meeting, agreements.length),
      documents,
      agenda: agenda.map(toPublicAgendaItem),
      currentItemId: meeting.status === 'open' ? meeting.currentItemId : null,
      quorum: room.quorum,
      attendance: room.attendance,
      invitedParticipants: (
        await this.db.manager.find(InvitedParticipantEntity, { where: { meetingId: id }, order: { createdAt: 'ASC' } })
      ).map((i) => ({ name: i.name, organization: i.organization, role: i.role })),
      decisions: decisions.map((d) => ({
        id: d.id,
        agendaItemId: d.agendaItemId,
        kind: d.kind,
        subject: d.subject,
        outcome: d.outcome,
        method: d.method,
        pollId: d.pollId,
        yes: d.yes,
        no: d.no,
        abstain: d.abstain,
        legalBasis: d.legalBasis,
        agreementNumber: agreements.find((a) => a.decisionId === d.id)?.number ?? null,
        approvedMinutesOf: d.approvedMinutesOf ? { meetingId: d.approvedMinutesOf.id, title: d.approvedMinutesOf.title } : null,
        recordedAt: d.recordedAt.toISOString(),
      })),
      polls,
      agreements: agreements.map((a) => toPublicAgreement(a, today)),
      minutes: await this.approvedMinutes(meeting),
      version: meeting.version,
    };
  }

  /** Approved minutes as frozen at their approval (the latest version and its hash), with the session that approved them. */
  private async approvedMinutes(meeting: MeetingEntity): Promise<PublicSessionDetail['minutes']> {
    if (!meeting.minutesApprovedInId) return null;
    const [version, approvedIn] = await Promise.all([
      this.db.manager.findOne(MinutesVersionEntity, { where: { meetingId: meeting.id }, order: { createdAt: 'DESC' } }),
      this.db.manager.findOneBy(MeetingEntity, { id: meeting.minutesApprovedInId }),
    ]);
    const markdown = version?.markdown ?? meeting.minutesMarkdown;
    if (!markdown) return null;
    return {
      markdown,
      approvedInId: meeting.minutesApprovedInId,
      approvedInTitle: approvedIn?.title ?? null,
      sha256: version?.sha256 ?? null,
    };
  }

  /**
   * The roll call and quorum as the room has them, from the room's own state (`toMeetingState`): every member of
   * the session, absent when not recorded, and one quorum computation for the room and the public page.
   */
  private async roomAttendance(meeting: MeetingEntity): Promise<{ attendance: PublicAttendance[]; quorum: PublicQuorum | null }> {
    const state = toMeetingState(await loadMeetingRecord(this.db.manager, meeting, this.attachments), this.clock.now());
    const people = await this.db.manager.find(PersonEntity, {
      where: { id: In(state.attendance.map((a) => a.personId)) },
      relations: { organization: true },
    });
    const organizations = new Map(people.map((p) => [p.id, p.organization]));
    const attendance = state.attendance.map((a) => ({
      personId: a.personId,
      name: a.name,
      organization: organizations.get(a.personId)?.name ?? null,
      state: organizations.get(a.personId)?.state ?? null,
      status: a.status,
      representedBy: a.status === 'represented' ? a.representativeName : null,
    }));
    const { votingMembers, present, represented, required, reached } = state.quorum;
    if (meeting.status === 'open') return { attendance, quorum: { moment: 'now', votingMembers, present, represented, required, reached } };
    const opening = meeting.openingQuorum;
    return {
      attendance,
      quorum: opening ? { moment: 'opening', ...opening, reached: opening.present >= opening.required } : null,
    };
  }

  /** Closed polls of a held session; secret ones with totals only (their ballots carry no voter anyway). */
  async polls(meetingId: string, pollId?: string): Promise<PublicPoll[]> {
    const qb = this.db.manager
      .createQueryBuilder(PollEntity, 'poll')
      .innerJoin('poll.meeting', 'm')
      .where(`poll.meeting_id = :meetingId AND poll.status = 'closed' AND ${heldMeetingSql('m')}`, { meetingId })
      .orderBy('poll.closed_at', 'ASC');
    if (pollId) qb.andWhere('poll.id = :pollId', { pollId });
    const polls = await qb.getMany();
    if (polls.length === 0) return [];
    const ids = polls.map((p) => p.id);
    const [options, counts, named, outcomes] = await Promise.all([
      this.db.manager.find(PollOptionEntity, { where: { pollId: In(ids) }, order: { position: 'ASC' } }),
      this.db.manager
        .createQueryBuilder(BallotEntity, 'b')
        .select('b.option_id', 'optionId')
        .addSelect('COUNT(*)::int', 'count')
        .where('b.poll_id IN (:...ids)', { ids })
        .groupBy('b.option_id')
        .getRawMany<{ optionId: string; count: number }>(),
      this.namedVotes(polls.filter((p) => p.method === 'named').map((p) => p.id)),
      this.db.manager
        .createQueryBuilder(DecisionEntity, 'd')
        .leftJoin(AgreementEntity, 'a', 'a.decision_id = d.id')
        .select(['d.poll_id AS "pollId"', 'd.yes AS yes', 'd.no AS no', 'd.abstain AS abstain', 'a.number AS number'])
        .where('d.poll_id IN (:...ids)', { ids })
        .getRawMany<{ pollId: string; yes: number | null; no: number | null; abstain: number | null; number: string | null }>(),
    ]);
    const countOf = new Map(counts.map((c) => [c.optionId, c.count]));
    const outcomeOf = new Map(outcomes.map((o) => [o.pollId, o]));
    // Yes, no and abstain are the outcome's counts (a show of hands has no ballot rows); a choice is counted from ballots.
    const optionCount = (pollId: string, o: PollOptionEntity) => {
      const outcome = outcomeOf.get(pollId);
      if (outcome && (o.meaning === 'yes' || o.meaning === 'no' || o.meaning === 'abstain')) return outcome[o.meaning] ?? 0;
      return countOf.get(o.id) ?? 0;
    };
    return polls.map((poll) => ({
      id: poll.id,
      meetingId: poll.meetingId,
      agendaItemId: poll.agendaItemId,
      subject: poll.subject,
      method: poll.method,
      rule: poll.rule,
      base: poll.base,
      passed: poll.result?.passed ?? false,
      unanimous: poll.result?.unanimous ?? false,
      reason: poll.result?.reason ?? 'no_votes',
      yes: poll.result?.yes ?? 0,
      no: poll.result?.no ?? 0,
      abstain: poll.result?.abstain ?? 0,
      rights: poll.result?.quorum.present ?? 0,
      options: options
        .filter((o) => o.pollId === poll.id)
        .map((o) => ({ label: o.label, meaning: o.meaning, count: optionCount(poll.id, o) })),
      votes: poll.method === 'named' ? (named.get(poll.id) ?? []) : null,
      agreementNumber: outcomeOf.get(poll.id)?.number ?? null,
      closedAt: poll.closedAt?.toISOString() ?? null,
    }));
  }

  /** Each named ballot with the member's name, and the name (only) of the representative who cast it. */
  private async namedVotes(pollIds: string[]): Promise<Map<string, PublicPoll['votes'] & object>> {
    const byPoll = new Map<string, NonNullable<PublicPoll['votes']>>();
    if (pollIds.length === 0) return byPoll;
    const ballots = await this.db.manager
      .createQueryBuilder(BallotEntity, 'b')
      .innerJoinAndSelect('b.voter', 'v')
      .innerJoinAndSelect('b.option', 'o')
      .leftJoinAndSelect('b.castBy', 'c')
      .where('b.poll_id IN (:...pollIds) AND b.voter_person_id IS NOT NULL', { pollIds })
      .orderBy(inSpanishOrder('v.name'))
      .getMany();
    for (const b of ballots) {
      const list = byPoll.get(b.pollId) ?? [];
      list.push({
        personId: b.voterPersonId as string,
        name: b.voter?.name ?? '',
        choice: b.option.label,
        meaning: b.option.meaning,
        castBy: b.castBy && b.castByPersonId !== b.voterPersonId ? b.castBy.name : null,
      });
      byPoll.set(b.pollId, list);
    }
    return byPoll;
  }

  async agreementCounts(meetingIds: string[]): Promise<Map<string, number>> {
    if (meetingIds.length === 0) return new Map();
    const rows = await this.db.manager
      .createQueryBuilder(AgreementEntity, 'a')
      .select('a.meeting_id', 'meetingId')
      .addSelect('COUNT(*)::int', 'count')
      .where('a.meeting_id IN (:...meetingIds)', { meetingIds })
      .groupBy('a.meeting_id')
      .getRawMany<{ meetingId: string; count: number }>();
    return new Map(rows.map((r) => [r.meetingId, r.count]));
  }

  /** The agreements of held sessions, newest session first, then in their order in it. */
  agreementsQuery(query: Omit<PublicAgreementQuery, 'page' | 'pageSize'>): SelectQueryBuilder<AgreementEntity> {
    const qb = withOutcomePoll(this.db.manager.createQueryBuilder(AgreementEntity, 'a').innerJoinAndSelect('a.meeting', 'm')).where(
      `${heldMeetingSql('m')}`,
    );
    if (query.commissionId) qb.andWhere('a.commission_id = :commissionId', { commissionId: query.commissionId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.meetingId) qb.andWhere('a.meeting_id = :meetingId', { meetingId: query.meetingId });
    whereYear(qb, 'm.scheduled_at', query.year);
    whereTextMatches(qb, ['a.text', 'a.number', 'a.responsible'], query.q);
    return qb.orderBy('m.scheduled_at', 'DESC').addOrderBy('a.sequence', 'ASC');
  }

  agreements(query: PublicAgreementQuery): Promise<Page<PublicAgreement>> {
    const today = commissionDay(this.clock.now());
    return paginate(this.agreementsQuery(query), query, (a) => toPublicAgreement(a, today));
  }

  /** By id or by its stable number. */
  async agreement(ref: string): Promise<PublicAgreementDetail> {
    const qb = this.agreementsQuery({});
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);
    qb.andWhere(isUuid ? 'a.id = :ref' : 'a.number = :ref', { ref });
    const agreement = await qb.getOne();
    if (!agreement) throw notFound('un acuerdo', 'agreement');
    // Only steps that change the status or bring evidence: a note's text and author are internal.
    const notes = (
      await this.db.manager.find(AgreementNoteEntity, { where: { agreementId: agreement.id }, order: { createdAt: 'ASC' } })
    ).filter((n) => n.statusTo !== null || n.attachmentIds.length > 0);
    const files = new Map((await this.files(notes.flatMap((n) => n.attachmentIds))).map((f) => [f.id, f]));
    return {
      ...toPublicAgreement(agreement, commissionDay(this.clock.now())),
      ...(await historyOf(this.db.manager, agreement)),
      followUp: notes.map((n) => ({
        id: n.id,
        statusFrom: n.statusFrom,
        statusTo: n.statusTo,
        evidence: n.attachmentIds.flatMap((fileId) => {
          const file = files.get(fileId);
          return file ? [file] : [];
        }),
        createdAt: n.createdAt.toISOString(),
      })),
    };
  }

  /** Files as the public sees them (their versión pública when there is one), in the order of `ids`. */
  private async files(ids: readonly string[]): Promise<PublicFile[]> {
    if (ids.length === 0) return [];
    const found = new Map(
      (await this.db.manager.find(AttachmentEntity, { where: { id: In([...new Set(ids)]) }, relations: { publicVersion: true } })).map(
        (a) => [a.id, a],
      ),
    );
    return ids.flatMap((id) => {
      const file = found.get(id);
      return file ? [toPublicFile(file, file.publicVersion ?? null)] : [];
    });
  }

  /**
   * The file to send for a public download: only one the portal links (documents of an issued call, evidence of
   * an agreement of a held session), and then its versión pública when there is one. Anything else is a 404.
   */
  async publicFile(id: string): Promise<AttachmentEntity> {
    const linked = await this.db.manager.query<unknown[]>(
      `SELECT 1 FROM meetings m WHERE ${publicMeetingSql('m')} AND $1 = ANY(m.document_ids)
       UNION ALL
       SELECT 1 FROM agreement_notes n JOIN agreements a ON a.id = n.agreement_id JOIN meetings m ON m.id = a.meeting_id
        WHERE ${heldMeetingSql('m')} AND $1 = ANY(n.attachment_ids)
       LIMIT 1`,
      [id],
    );
    const file = linked.length
      ? await this.db.manager.findOne(AttachmentEntity, { where: { id }, relations: { publicVersion: true } })
      : null;
    if (!file) throw notFound('un archivo', 'attachment');
    return file.publicVersion ?? file;
  }

  async groups(query: PublicGroupQuery): Promise<Page<PublicGroup>> {
    const page = await publicGroupsPage(this.db.manager, query);
    const progress = await groupsProgress(
      this.db.manager,
      page.items.map((g) => g.id),
    );
    return { ...page, items: page.items.map((g) => this.toGroup(g, progress.get(g.id))) };
  }

  async group(id: string): Promise<PublicGroupDetail> {
    const group = await publicGroup(this.db.manager, id);
    if (!group) throw notFound('un grupo de trabajo', 'group');
    const [deliverables, milestones, progress, documents] = await Promise.all([
      publicDeliverablesOf(this.db.manager, id),
      publicMilestonesOf(this.db.manager, id),
      groupsProgress(this.db.manager, [id]),
      this.documents({ page: 1, pageSize: 100, groupId: id }),
    ]);
    return { ...this.toGroup(group, progress.get(id)), deliverables, milestones, documents: documents.items };
  }

  private toGroup(g: PublicGroupFacts, counted: { total: number; progress: number } | undefined): PublicGroup {
    return { ...g, progress: counted?.progress ?? 0, deliverableCount: counted?.total ?? 0 };
  }

  documentsQuery(query: Omit<PublicDocumentQuery, 'page' | 'pageSize'>): SelectQueryBuilder<DocumentVersionEntity> {
    const qb = this.db.manager
      .createQueryBuilder(DocumentVersionEntity, 'v')
      .innerJoinAndSelect('v.document', 'd')
      .leftJoinAndSelect('d.group', 'g')
      .where('v.published = true');
    if (query.commissionId) qb.andWhere('d.commission_id = :commissionId', { commissionId: query.commissionId });
    if (query.groupId) qb.andWhere('d.group_id = :groupId', { groupId: query.groupId });
    if (query.meetingId) qb.andWhere('d.meeting_id = :meetingId', { meetingId: query.meetingId });
    whereYear(qb, 'v.published_at', query.year);
    whereTextMatches(qb, ['d.title', 'v.name'], query.q);
    return qb.orderBy('v.published_at', 'DESC').addOrderBy('v.id');
  }

  documents(query: PublicDocumentQuery): Promise<Page<PublicDocumentVersion>> {
    return paginate(this.documentsQuery(query), query, toPublicDocumentVersion);
  }

  /** A published version's text: its versión pública when there is one, so the original never leaves. */
  async document(versionId: string): Promise<PublicDocumentVersionDetail> {
    const version = await this.documentsQuery({}).andWhere('v.id = :versionId', { versionId }).getOne();
    if (!version) throw notFound('una versión publicada', 'document version');
    return { ...toPublicDocumentVersion(version), text: version.publicText ?? version.text };
  }
}
