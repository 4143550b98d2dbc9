import { CreateDocument, DocumentDetail, DocumentQuery, DocumentSummary, Me, Page } from '@cocrea/contracts';
import { permits } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import * as Y from 'yjs';
import { paginate } from '../common/pagination';
import { AppException, invalidField, notFound } from '../common/problem';
import { DeliverableEntity } from '../deliverables/deliverable.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { findMeetingRef } from '../meetings';
import { DocumentAccess } from './document-access.service';
import { toDocumentSummary } from './document.mapper';
import { paragraphsToJson, replaceContent } from './editor-schema';
import { DocumentObservationEntity } from './entities/document-observation.entity';
import { DocumentProposalEntity } from './entities/document-proposal.entity';
import { DocumentEntity } from './entities/document.entity';

@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DocumentAccess,
  ) {}

  /** Documents of one group, deliverable or session the caller may read. */
  async list(me: Me, query: DocumentQuery): Promise<Page<DocumentSummary>> {
    const owners = [query.groupId, query.deliverableId, query.meetingId].filter(Boolean);
    if (owners.length !== 1)
      throw invalidField('groupId', 'Indica un grupo, un producto o una sesión.', 'Give one group, deliverable or session.');
    const owner = await this.ownerOf(this.db.manager, query);
    if (!(await this.access.permissionIn(me, owner))) throw new AppException('forbidden');
    const qb = this.db
      .getRepository(DocumentEntity)
      .createQueryBuilder('document')
      .leftJoinAndSelect('document.createdBy', 'creator')
      .leftJoinAndSelect('creator.organization', 'creatorOrg')
      .orderBy('document.updated_at', 'DESC')
      .addOrderBy('document.id', 'ASC');
    if (query.deliverableId) qb.where('document.deliverable_id = :id', { id: query.deliverableId });
    else if (query.groupId) qb.where('document.group_id = :id', { id: query.groupId });
    else qb.where('document.meeting_id = :id', { id: query.meetingId });
    const page = await paginate(qb, query, (d) => d);
    const counts = await this.openCounts(page.items.map((d) => d.id));
    return { ...page, items: page.items.map((d) => toDocumentSummary(d, counts(d.id))) };
  }

  async get(me: Me, documentId: string): Promise<DocumentDetail> {
    const { permission } = await this.access.context(me, documentId);
    const document = await this.db.manager.findOneOrFail(DocumentEntity, {
      where: { id: documentId },
      relations: { createdBy: { organization: true }, group: true, deliverable: true, meeting: true },
    });
    const counts = await this.openCounts([documentId]);
    return {
      ...toDocumentSummary(document, counts(documentId)),
      permission,
      mayDecide: permits(permission, 'edit'),
      commissionId: document.commissionId,
      ownerName: document.deliverable?.title ?? document.group?.name ?? document.meeting?.title ?? '',
    };
  }

  /** Those who may edit where the document goes create it, optionally with starting paragraphs. */
  async create(me: Me, input: CreateDocument, paragraphs: string[] = []): Promise<DocumentDetail> {
    const owner = await this.ownerOf(this.db.manager, input);
    if (!permits(await this.access.permissionIn(me, owner), 'edit')) throw new AppException('forbidden');
    const id = await createDocument(this.db.manager, { ...owner, title: input.title, createdById: me.id }, paragraphs);
    return this.get(me, id);
  }

  async rename(me: Me, documentId: string, title: string): Promise<DocumentDetail> {
    await this.access.require(me, documentId, 'edit');
    await this.db.manager.update(DocumentEntity, { id: documentId }, { title });
    return this.get(me, documentId);
  }

  private async ownerOf(
    em: EntityManager,
    input: { groupId?: string; deliverableId?: string; meetingId?: string },
  ): Promise<{ groupId: string | null; deliverableId: string | null; meetingId: string | null; commissionId: string }> {
    if (input.deliverableId) {
      const deliverable = await em.findOne(DeliverableEntity, { where: { id: input.deliverableId }, relations: { group: true } });
      if (!deliverable) throw notFound('un producto', 'deliverable');
      return { groupId: deliverable.groupId, deliverableId: deliverable.id, meetingId: null, commissionId: deliverable.group.commissionId };
    }
    if (input.groupId) {
      const group = await em.findOneBy(WorkingGroupEntity, { id: input.groupId });
      if (!group) throw notFound('un grupo de trabajo', 'working group');
      return { groupId: group.id, deliverableId: null, meetingId: null, commissionId: group.commissionId };
    }
    const meeting = await findMeetingRef(em, input.meetingId ?? '');
    if (!meeting) throw notFound('una sesión', 'session');
    return { groupId: null, deliverableId: null, meetingId: meeting.id, commissionId: meeting.commissionId };
  }

  private async openCounts(ids: string[]): Promise<(id: string) => { proposals: number; observations: number }> {
    if (ids.length === 0) return () => ({ proposals: 0, observations: 0 });
    const count = async (entity: typeof DocumentProposalEntity | typeof DocumentObservationEntity, where: object) => {
      const rows: { id: string; n: string }[] = await this.db
        .getRepository(entity)
        .createQueryBuilder('x')
        .select('x.document_id', 'id')
        .addSelect('COUNT(*)', 'n')
        .where({ documentId: In(ids), ...where })
        .groupBy('x.document_id')
        .getRawMany();
      return new Map(rows.map((r) => [r.id, Number(r.n)]));
    };
    const proposals = await count(DocumentProposalEntity, { status: 'open' });
    const observations = await count(DocumentObservationEntity, { resolvedAt: IsNull(), parentId: IsNull() });
    return (id) => ({ proposals: proposals.get(id) ?? 0, observations: observations.get(id) ?? 0 });
  }
}

/** Inserts a document with its first state built from `paragraphs` (also what the seed calls). */
export async function createDocument(
  em: EntityManager,
  row: {
    title: string;
    commissionId: string;
    groupId: string | null;
    deliverableId: string | null;
    meetingId: string | null;
    createdById: string;
  },
  paragraphs: string[],
): Promise<string> {
  const doc = new Y.Doc();
  replaceContent(doc, paragraphsToJson(paragraphs.length ? paragraphs : ['']));
  const saved = await em.save(em.create(DocumentEntity, { ...row, state: Buffer.from(Y.encodeStateAsUpdate(doc)) }));
  return saved.id;
}
