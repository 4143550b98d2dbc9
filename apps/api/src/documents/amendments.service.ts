import { Amendment, AMENDMENT_REF, Me, PollState } from '@cocrea/contracts';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { actorIn, findMeetingRef } from '../meetings';
import { meetingNotFound, MeetingsService, requireEntry } from '../meetings';
import { PollOutcomes } from '../voting';
import { toProposal } from './document.mapper';
import { DocumentProposalEntity } from './entities/document-proposal.entity';
import { ProposalsService } from './proposals.service';

/**
 * Amendments: proposals sent to a session (`in_session`) are put to the vote there by a poll whose `subjectRef` is
 * `amendmentRef(proposalId)`; when that poll closes, its result accepts (passed) or rejects (not passed) the proposal
 * in the text. Only a proposal sent to that very session is decided, so a poll cannot reach another session's text.
 */
@Injectable()
export class AmendmentsService implements OnModuleInit {
  private readonly logger = new Logger(AmendmentsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly proposals: ProposalsService,
    private readonly outcomes: PollOutcomes,
    private readonly meetings: MeetingsService,
  ) {}

  onModuleInit(): void {
    this.outcomes.listen((poll, closedById) => this.settle(poll, closedById));
    // One outcome per amendment: a poll names only an amendment sent to that session and not yet decided.
    this.outcomes.checkSubjects(async (em, subjectRef, meetingId) => {
      const proposalId = AMENDMENT_REF.exec(subjectRef)?.[1];
      return !proposalId || em.existsBy(DocumentProposalEntity, { id: proposalId, meetingId, status: 'in_session' });
    });
    this.meetings.onClosed((em, meeting) => this.returnUndecided(em, meeting));
  }

  /** Amendments still awaiting a vote when their session closes go back to open, with a note saying why. */
  private async returnUndecided(em: EntityManager, meeting: { id: string; title: string }): Promise<void> {
    await em
      .createQueryBuilder()
      .update(DocumentProposalEntity)
      .set({
        status: 'open',
        meetingId: null,
        note: () => `concat_ws(E'\\n', note, CAST(:returned AS text))`,
      })
      .setParameter('returned', `Devuelta sin votar: la ${meeting.title} se clausuró sin decidirla.`)
      .where('meeting_id = :id AND status = :status', { id: meeting.id, status: 'in_session' })
      .execute();
  }

  /** The amendments sent to a session, for everyone who may enter its room. */
  async list(me: Me, meetingId: string): Promise<Amendment[]> {
    const meeting = await findMeetingRef(this.db.manager, meetingId);
    if (!meeting) throw meetingNotFound();
    requireEntry(await actorIn(this.db.manager, me, meeting));
    const rows = await this.db.manager.find(DocumentProposalEntity, {
      where: { meetingId },
      relations: { author: { organization: true }, decidedBy: { organization: true }, document: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => ({ proposal: toProposal(row), documentTitle: row.document.title }));
  }

  private async settle(poll: PollState, closedById: string): Promise<void> {
    const proposalId = AMENDMENT_REF.exec(poll.subjectRef ?? '')?.[1];
    if (!proposalId || poll.status !== 'closed' || !poll.result) return;
    const sent = await this.db.manager.existsBy(DocumentProposalEntity, {
      id: proposalId,
      meetingId: poll.meetingId,
      status: 'in_session',
    });
    if (!sent) {
      this.logger.warn(`poll ${poll.id} names amendment ${proposalId}, which is not awaiting a vote in its session`);
      return;
    }
    await this.proposals.decideProposal(proposalId, poll.result.passed ? 'accept' : 'reject', closedById);
  }
}
