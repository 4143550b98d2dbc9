import { CreateProposal, DecideProposal, Me, Proposal, PROPOSAL_STATUSES, ProposalStatus } from '@cocrea/contracts';
import { proposalDecidable, receivesAmendments } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock';
import { AppException, notFound } from '../common/problem';
import { findMeetingRef, wrongStatus } from '../meetings';
import { PersonEntity } from '../people/person.entity';
import { replaceSpan, resolveSpan } from './anchors';
import { CollabServer } from './collab/collab.server';
import { DocumentAccess } from './document-access.service';
import { toProposal } from './document.mapper';
import { DocumentProposalEntity } from './entities/document-proposal.entity';
import { VersionsService } from './versions.service';

const RELATIONS = { author: { organization: true }, decidedBy: { organization: true } } as const;

/** Proposals (propuestas): suggested replacements that those who edit accept or reject, or send to a session. */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DocumentAccess,
    private readonly collab: CollabServer,
    private readonly versions: VersionsService,
    private readonly clock: Clock,
  ) {}

  async list(me: Me, documentId: string): Promise<Proposal[]> {
    await this.access.context(me, documentId);
    const rows = await this.db.manager.find(DocumentProposalEntity, {
      where: { documentId },
      relations: RELATIONS,
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toProposal);
  }

  /** Members and partners (and those who edit) propose; the span is read on the server, never taken from the client. */
  async create(me: Me, documentId: string, input: CreateProposal): Promise<Proposal> {
    await this.access.require(me, documentId, 'propose');
    const original = await this.collab.read(documentId, (doc) => resolveSpan(doc, input.start, input.end)?.current ?? null);
    if (original === null || (original === '' && input.replacement === '')) throw new AppException('proposal_invalid_anchor');
    const author = await this.db.manager.findOneByOrFail(PersonEntity, { id: me.id });
    const saved = await this.db.manager.save(
      this.db.manager.create(DocumentProposalEntity, {
        documentId,
        start: input.start,
        end: input.end,
        original,
        replacement: input.replacement,
        note: input.note || null,
        authorId: me.id,
        organizationId: author.organizationId,
      }),
    );
    this.collab.signal(documentId, 'proposals');
    return this.one(saved.id);
  }

  async decide(me: Me, documentId: string, proposalId: string, input: DecideProposal): Promise<Proposal> {
    await this.access.require(me, documentId, 'edit');
    const proposal = await this.find(documentId, proposalId);
    // An amendment sent to a session is decided by the session's vote (decideProposal), not by the coordinator.
    if (proposal.status !== 'open') throw new AppException('proposal_decided');
    return this.decideProposal(proposalId, input.decision, me.id);
  }

  /** Accepts or rejects every open proposal of one author, in order; those whose text is gone become outdated. */
  async decideAllFrom(me: Me, documentId: string, authorId: string, decision: 'accept' | 'reject'): Promise<Proposal[]> {
    await this.access.require(me, documentId, 'edit');
    const open = await this.db.manager.find(DocumentProposalEntity, {
      where: { documentId, authorId, status: 'open' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const decided: Proposal[] = [];
    for (const p of open) {
      try {
        decided.push(await this.decideProposal(p.id, decision, me.id, { snapshot: false }));
      } catch (error) {
        if (!(error instanceof AppException && (error.code === 'proposal_outdated' || error.code === 'proposal_decided'))) throw error;
        decided.push(await this.one(p.id));
      }
    }
    // One version for the whole batch, not one per proposal.
    if (decided.some((p) => p.status === 'accepted')) await this.versions.snapshot(documentId, 'acceptance', null, me.id);
    return decided;
  }

  /**
   * Decides one proposal as `deciderId`, with no role check: the route checks roles; a session's vote on an
   * amendment (voting issue) calls this with the outcome. Accepting applies the replacement to the live document
   * (broadcast to everyone, persisted) and takes a version; if the anchored text changed or is gone, the proposal
   * is marked outdated and a 409 explains it. `snapshot: false` leaves the version to the caller (accept-all takes one).
   */
  async decideProposal(
    proposalId: string,
    decision: 'accept' | 'reject',
    deciderId: string,
    options: { snapshot: boolean } = { snapshot: true },
  ): Promise<Proposal> {
    const proposal = await this.db.manager.findOneBy(DocumentProposalEntity, { id: proposalId });
    if (!proposal) throw notFound('una propuesta', 'proposal');
    const status = decision === 'accept' ? 'accepted' : 'rejected';
    const claimed = await this.transition(proposalId, status, deciderId);
    if (!claimed) throw new AppException('proposal_decided');
    if (decision === 'accept') {
      let applied: boolean;
      try {
        applied = await this.collab.change(proposal.documentId, proposal.authorId, (doc) => {
          const span = resolveSpan(doc, proposal.start, proposal.end);
          if (!span || span.current !== proposal.original) return false;
          replaceSpan(span, proposal.replacement);
          return true;
        });
      } catch (error) {
        // The text was not changed: give the claim back, so the proposal never says accepted without its text applied.
        await this.release(proposalId, status, { status: proposal.status });
        throw error;
      }
      if (!applied) {
        await this.release(proposalId, status, { status: 'outdated' });
        this.collab.signal(proposal.documentId, 'proposals');
        throw new AppException('proposal_outdated');
      }
      if (options.snapshot) await this.versions.snapshot(proposal.documentId, 'acceptance', null, deciderId);
    }
    this.collab.signal(proposal.documentId, 'proposals');
    return this.one(proposalId);
  }

  /** Undoes a claim that was not carried out: the proposal takes `next.status` and no longer names a decider. */
  private async release(proposalId: string, claimed: ProposalStatus, next: { status: ProposalStatus }): Promise<void> {
    await this.db.manager.update(
      DocumentProposalEntity,
      { id: proposalId, status: claimed },
      { status: next.status, decidedById: null, decidedAt: null },
    );
  }

  /** Sends an open proposal to a session of the document's commission as an amendment, to be voted there. */
  async sendToSession(me: Me, documentId: string, proposalId: string, meetingId: string): Promise<Proposal> {
    const { document } = await this.access.require(me, documentId, 'edit');
    await this.find(documentId, proposalId);
    const meeting = await findMeetingRef(this.db.manager, meetingId);
    if (!meeting || meeting.commissionId !== document.commissionId) throw notFound('una sesión', 'session');
    // Polls exist only once the session is convened: a draft, closed or cancelled session receives no amendment.
    if (!receivesAmendments(meeting.status)) throw wrongStatus(meeting.status, 'recibir enmiendas', 'receive amendments');
    const result = await this.db.manager.update(
      DocumentProposalEntity,
      { id: proposalId, status: 'open' },
      { status: 'in_session', meetingId },
    );
    if (!result.affected) throw new AppException('proposal_decided');
    this.collab.signal(documentId, 'proposals');
    return this.one(proposalId);
  }

  private async transition(proposalId: string, status: ProposalStatus, deciderId: string): Promise<boolean> {
    const decidable = PROPOSAL_STATUSES.filter(proposalDecidable);
    const result = await this.db.manager.update(
      DocumentProposalEntity,
      { id: proposalId, status: In(decidable) },
      { status, decidedById: deciderId, decidedAt: this.clock.now() },
    );
    return (result.affected ?? 0) > 0;
  }

  private async find(documentId: string, proposalId: string): Promise<DocumentProposalEntity> {
    const proposal = await this.db.manager.findOneBy(DocumentProposalEntity, { id: proposalId, documentId });
    if (!proposal) throw notFound('una propuesta', 'proposal');
    return proposal;
  }

  private async one(id: string): Promise<Proposal> {
    return toProposal(await this.db.manager.findOneOrFail(DocumentProposalEntity, { where: { id }, relations: RELATIONS }));
  }
}
