import { CreateObservation, Me, Observation } from '@cocrea/contracts';
import { permits } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { Clock } from '../common/clock';
import { AppException, notFound } from '../common/problem';
import { resolveSpan } from './anchors';
import { CollabServer } from './collab/collab.server';
import { DocumentAccess } from './document-access.service';
import { toObservation } from './document.mapper';
import { DocumentObservationEntity } from './entities/document-observation.entity';

const RELATIONS = { author: { organization: true }, resolvedBy: { organization: true } } as const;

/** Observations (observaciones): threads anchored to a span, answered and resolved. */
@Injectable()
export class ObservationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DocumentAccess,
    private readonly collab: CollabServer,
    private readonly clock: Clock,
  ) {}

  async list(me: Me, documentId: string): Promise<Observation[]> {
    await this.access.context(me, documentId);
    const all = await this.db.manager.find(DocumentObservationEntity, {
      where: { documentId },
      relations: RELATIONS,
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const threads = all.filter((o) => o.parentId === null);
    return threads.map((t) =>
      toObservation(
        t,
        all.filter((o) => o.parentId === t.id),
      ),
    );
  }

  async create(me: Me, documentId: string, input: CreateObservation): Promise<Observation> {
    await this.access.require(me, documentId, 'propose');
    const quote = await this.collab.read(documentId, (doc) => resolveSpan(doc, input.start, input.end)?.current ?? null);
    if (quote === null) throw new AppException('proposal_invalid_anchor');
    const saved = await this.db.manager.save(
      this.db.manager.create(DocumentObservationEntity, {
        documentId,
        start: input.start,
        end: input.end,
        quote,
        body: input.body,
        authorId: me.id,
      }),
    );
    return this.done(documentId, saved.id);
  }

  async reply(me: Me, documentId: string, observationId: string, body: string): Promise<Observation> {
    await this.access.require(me, documentId, 'propose');
    const thread = await this.thread(documentId, observationId);
    if (thread.resolvedAt) throw new AppException('observation_resolved');
    await this.db.manager.save(
      this.db.manager.create(DocumentObservationEntity, { documentId, parentId: thread.id, body, authorId: me.id }),
    );
    return this.done(documentId, thread.id);
  }

  /** Its author or someone who edits resolves a thread. */
  async resolve(me: Me, documentId: string, observationId: string): Promise<Observation> {
    const { permission } = await this.access.require(me, documentId, 'propose');
    const thread = await this.thread(documentId, observationId);
    if (thread.authorId !== me.id && !permits(permission, 'edit')) throw new AppException('forbidden');
    const result = await this.db.manager.update(
      DocumentObservationEntity,
      { id: thread.id, resolvedAt: IsNull() },
      { resolvedAt: this.clock.now(), resolvedById: me.id },
    );
    if (!result.affected) throw new AppException('observation_resolved');
    return this.done(documentId, thread.id);
  }

  private async thread(documentId: string, id: string): Promise<DocumentObservationEntity> {
    const thread = await this.db.manager.findOneBy(DocumentObservationEntity, { id, documentId, parentId: IsNull() });
    if (!thread) throw notFound('una observación', 'observation');
    return thread;
  }

  private async done(documentId: string, threadId: string): Promise<Observation> {
    this.collab.signal(documentId, 'observations');
    const rows = await this.db.manager.find(DocumentObservationEntity, {
      where: [{ id: threadId }, { parentId: In([threadId]) }],
      relations: RELATIONS,
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const thread = rows.find((r) => r.id === threadId) as DocumentObservationEntity;
    return toObservation(
      thread,
      rows.filter((r) => r.parentId === threadId),
    );
  }
}
