import { CreatePublicVersion, Me, PublicFileVersionView, PublicVersionView } from '@cocrea/contracts';
import { can, redact } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { AttachmentEntity } from '../attachments/attachment.entity';
import { AttachmentsService } from '../attachments';
import { AppException, invalidField, notFound } from '../common/problem';
import { DocumentAccess } from '../documents';
import { DocumentVersionEntity } from '../documents/entities/document-version.entity';

/**
 * Versiones públicas. Whoever may publish a version (edit permission: the group's coordinator, the session's
 * chair or secretary) redacts its text before publishing it; chair and secretary give an evidence file or a call
 * document a redacted stand-in. The originals stay as they are, private.
 */
@Injectable()
export class PublicVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DocumentAccess,
    private readonly files: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  async redactVersion(me: Me, documentId: string, versionId: string, input: CreatePublicVersion): Promise<PublicVersionView> {
    await this.access.require(me, documentId, 'edit');
    const version = await this.db.manager.findOneBy(DocumentVersionEntity, { id: versionId, documentId });
    if (!version) throw notFound('una versión', 'version');
    // Once published the original has been public: a redaction now would pretend otherwise.
    if (version.published) throw new AppException('conflict');
    if (input.redactions.some((r) => r.from >= version.text.length)) {
      throw invalidField('redactions', 'Un tramo empieza después del final del texto.', 'A range starts past the end of the text.');
    }
    const text = redact(version.text, input.redactions);
    const at = this.clock.now();
    // Only while still unpublished, in the same statement: a publish that ran since the read above wins, with a 409.
    const result = await this.db.manager.update(
      DocumentVersionEntity,
      { id: versionId, documentId, published: false },
      { publicText: text, publicTextAt: at, publicTextRedactions: input.redactions.length },
    );
    if (!result.affected) throw new AppException('conflict');
    return { versionId, text, redactions: input.redactions.length, createdAt: at.toISOString() };
  }

  async publicVersionOf(me: Me, documentId: string, versionId: string): Promise<PublicVersionView | null> {
    await this.access.require(me, documentId, 'edit');
    const version = await this.db.manager.findOneBy(DocumentVersionEntity, { id: versionId, documentId });
    if (!version) throw notFound('una versión', 'version');
    if (version.publicText === null || !version.publicTextAt) return null;
    return {
      versionId,
      text: version.publicText,
      redactions: version.publicTextRedactions ?? 0,
      createdAt: version.publicTextAt.toISOString(),
    };
  }

  /**
   * A file the portal already shows (evidence of an agreement, a document of a session's call) takes a stand-in
   * from the chair or secretary of that commission; a file not linked yet, from its uploader. The stand-in must be
   * the caller's own upload.
   */
  async setPublicFile(me: Me, attachmentId: string, publicVersionId: string): Promise<PublicFileVersionView> {
    if (publicVersionId === attachmentId) {
      throw invalidField('publicVersionId', 'La versión pública debe ser otro archivo.', 'The public version must be another file.');
    }
    const owners = await this.db.manager.query<{ commission_id: string }[]>(
      `SELECT m.commission_id FROM meetings m WHERE $1 = ANY(m.document_ids)
       UNION
       SELECT a.commission_id FROM agreement_notes n JOIN agreements a ON a.id = n.agreement_id WHERE $1 = ANY(n.attachment_ids)`,
      [attachmentId],
    );
    if (!(await this.db.manager.existsBy(AttachmentEntity, { id: attachmentId }))) throw notFound('un archivo adjunto', 'attachment');
    if (owners.length === 0) {
      // Not linked yet: its uploader gives it the stand-in first, so the original is never public even for a moment.
      await this.files.requireOwn([attachmentId], me.id);
    } else if (!owners.every((o) => can(me, 'meetings.manage', o.commission_id))) {
      throw new AppException('forbidden');
    }
    await this.files.requireOwn([publicVersionId], me.id);
    await this.db.manager.update(AttachmentEntity, { id: attachmentId }, { publicVersionId });
    return { attachmentId, publicVersionId };
  }
}
