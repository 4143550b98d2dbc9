import {
  DiffPart,
  DocumentVersion,
  Me,
  Page,
  PublishedVersionQuery,
  PublishedVersion,
  VersionDiff,
  VersionExportFormat,
  VersionKind,
} from '@cocrea/contracts';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { diffWords } from 'diff';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { Clock } from '../common/clock';
import { paginate } from '../common/pagination';
import { AppException, notFound } from '../common/problem';
import { CollabServer } from './collab/collab.server';
import { DocumentAccess } from './document-access.service';
import { toVersion } from './document.mapper';
import { docToJson, jsonToText, replaceContent } from './editor-schema';
import { DocumentVersionEntity } from './entities/document-version.entity';
import { DocumentEntity } from './entities/document.entity';
import { versionDocx } from './version-docx';
import { versionMarkdown, versionPdf } from './version-export';

/** A uuid no document has: `IN ()` is not valid SQL when the caller reads none. */
const NO_DOCUMENT = '00000000-0000-0000-0000-000000000000';

/** An automatic snapshot is taken on a store when the last version is older than this and the text changed. */
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const AUTO_SNAPSHOT_EVERY_MS = 10 * 60 * 1000;

@Injectable()
export class VersionsService implements OnModuleInit {
  private readonly logger = new Logger(VersionsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DocumentAccess,
    private readonly collab: CollabServer,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.collab.onStored((documentId) => {
      this.autoSnapshot(documentId).catch((error: unknown) =>
        this.logger.warn(`automatic snapshot of ${documentId} failed: ${String(error)}`),
      );
    });
  }

  /** Takes an automatic snapshot when the last version is older than AUTO_SNAPSHOT_EVERY_MS and the text changed. */
  async autoSnapshot(documentId: string, now = this.clock.now()): Promise<boolean> {
    const last = await this.db.manager.findOne(DocumentVersionEntity, {
      where: { documentId },
      order: { number: 'DESC' },
      select: { id: true, createdAt: true, text: true },
    });
    if (last && now.getTime() - last.createdAt.getTime() < AUTO_SNAPSHOT_EVERY_MS) return false;
    const text = await this.collab.read(documentId, (doc) => jsonToText(docToJson(doc)));
    if (last && last.text === text) return false;
    await this.snapshot(documentId, 'auto', null, null);
    return true;
  }

  async list(me: Me, documentId: string): Promise<DocumentVersion[]> {
    await this.access.context(me, documentId);
    const rows = await this.db.manager.find(DocumentVersionEntity, {
      where: { documentId },
      relations: { createdBy: { organization: true } },
      order: { number: 'DESC' },
      select: {
        id: true,
        documentId: true,
        number: true,
        name: true,
        kind: true,
        text: true,
        createdAt: true,
        published: true,
        publishedAt: true,
      },
    });
    return rows.map(toVersion);
  }

  /** Names the current state (those who may edit). */
  async name(me: Me, documentId: string, name: string): Promise<DocumentVersion> {
    await this.access.require(me, documentId, 'edit');
    return toVersion(await this.snapshot(documentId, 'named', name, me.id));
  }

  /** Freezes the document's live state as a new version; numbers are consecutive per document. */
  async snapshot(documentId: string, kind: VersionKind, name: string | null, personId: string | null): Promise<DocumentVersionEntity> {
    const { state, content } = await this.collab.read(documentId, (doc) => ({
      state: Y.encodeStateAsUpdate(doc),
      content: docToJson(doc),
    }));
    const id = await this.db.transaction(async (em) => {
      // One writer at a time per document, so two snapshots never take the same number.
      await em.query('SELECT id FROM documents WHERE id = $1 FOR UPDATE', [documentId]);
      const last = await em.findOne(DocumentVersionEntity, {
        where: { documentId },
        order: { number: 'DESC' },
        select: { id: true, number: true },
      });
      const saved = await em.save(
        em.create(DocumentVersionEntity, {
          documentId,
          number: (last?.number ?? 0) + 1,
          name,
          kind,
          state: Buffer.from(state),
          content: content as Record<string, unknown>,
          text: jsonToText(content),
          createdById: personId,
        }),
      );
      return saved.id;
    });
    this.collab.signal(documentId, 'versions');
    return this.db.manager.findOneOrFail(DocumentVersionEntity, { where: { id }, relations: { createdBy: { organization: true } } });
  }

  async diff(me: Me, documentId: string, fromId: string, toId: string): Promise<VersionDiff> {
    await this.access.context(me, documentId);
    const from = await this.version(documentId, fromId);
    const to = await this.version(documentId, toId);
    const parts: DiffPart[] = diffWords(from.text, to.text).map((c) => ({ value: c.value, added: !!c.added, removed: !!c.removed }));
    return { from: toVersion(from), to: toVersion(to), parts };
  }

  /**
   * Makes an earlier version the current text, recorded as a new version: history is never rewritten. If the version
   * cannot be written, the previous text is put back (the live document and the database cannot share a transaction).
   */
  async restore(me: Me, documentId: string, versionId: string): Promise<DocumentVersion> {
    await this.access.require(me, documentId, 'edit');
    const version = await this.version(documentId, versionId);
    const previous = await this.collab.change(documentId, null, (doc) => {
      const current = docToJson(doc);
      replaceContent(doc, version.content);
      return current;
    });
    try {
      return toVersion(await this.snapshot(documentId, 'restore', `Restaurada de la versión ${version.number}`, me.id));
    } catch (error) {
      // No restore without its version: put the text back as it was, so history and the live text agree.
      await this.collab.change(documentId, null, (doc) => replaceContent(doc, previous));
      throw error;
    }
  }

  async publish(me: Me, documentId: string, versionId: string): Promise<DocumentVersion> {
    await this.access.require(me, documentId, 'edit');
    const version = await this.version(documentId, versionId);
    if (version.published) throw new AppException('conflict');
    await this.db.manager.update(DocumentVersionEntity, { id: versionId }, { published: true, publishedAt: this.clock.now() });
    this.collab.signal(documentId, 'versions');
    return toVersion(await this.version(documentId, versionId));
  }

  /** A version as a downloadable file (Markdown, PDF or Word); the caller must read the document. */
  async exportFile(
    me: Me,
    documentId: string,
    versionId: string,
    format: VersionExportFormat,
  ): Promise<{ filename: string; contentType: string; body: string | Buffer }> {
    const { document } = await this.access.context(me, documentId);
    const version = await this.version(documentId, versionId);
    const exported = { title: document.title, number: version.number, name: version.name, content: version.content };
    const filename = `documento-v${version.number}.${format}`;
    switch (format) {
      case 'pdf':
        return { filename, contentType: 'application/pdf', body: await versionPdf(exported) };
      case 'docx':
        return { filename, contentType: DOCX_TYPE, body: await versionDocx(exported) };
      case 'md':
        return { filename, contentType: 'text/markdown; charset=utf-8', body: versionMarkdown(exported) };
    }
  }

  /** Published versions of the documents the caller may read (of one commission when asked), newest first. */
  async published(me: Me, query: Pick<PublishedVersionQuery, 'page' | 'pageSize' | 'commissionId'>): Promise<Page<PublishedVersion>> {
    // The caller's readable documents among those with a published version: one permission check per document,
    // with no blob (document state, version state or content) loaded.
    const candidates = this.db.manager
      .createQueryBuilder(DocumentEntity, 'd')
      .select(['d.id', 'd.groupId', 'd.meetingId'])
      .where('EXISTS (SELECT 1 FROM document_versions pv WHERE pv.document_id = d.id AND pv.published)');
    if (query.commissionId) candidates.andWhere('d.commission_id = :commissionId', { commissionId: query.commissionId });
    const owners = await candidates.getMany();
    const readable: string[] = [];
    for (const owner of owners) if (await this.access.permissionIn(me, owner).catch(() => null)) readable.push(owner.id);
    const qb = this.db.manager
      .createQueryBuilder(DocumentVersionEntity, 'v')
      .select(['v.id', 'v.documentId', 'v.number', 'v.name', 'v.kind', 'v.text', 'v.createdAt', 'v.published', 'v.publishedAt'])
      .innerJoin('v.document', 'd')
      .addSelect(['d.id', 'd.title'])
      .leftJoinAndSelect('v.createdBy', 'author')
      .leftJoinAndSelect('author.organization', 'organization')
      .where('v.published AND v.document_id IN (:...readable)', { readable: readable.length ? readable : [NO_DOCUMENT] })
      .orderBy('v.publishedAt', 'DESC')
      .addOrderBy('v.id', 'ASC');
    return paginate(qb, query, (row) => ({ ...toVersion(row), documentTitle: row.document.title }));
  }

  private async version(documentId: string, versionId: string): Promise<DocumentVersionEntity> {
    const version = await this.db.manager.findOne(DocumentVersionEntity, {
      where: { id: versionId, documentId },
      relations: { createdBy: { organization: true } },
    });
    if (!version) throw notFound('una versión', 'version');
    return version;
  }
}
