import { CreatePublicVersion, Me, PublicFileVersionView, PublicVersionView } from '@cocrea/contracts';
import { can } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { AttachmentsService } from '../attachments';
import { AppException, invalidField, notFound } from '../common/problem';
import { DocumentAccess, publicTextOf, setPublicText } from '../documents';

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
    return setPublicText(this.db.manager, documentId, versionId, input, this.clock.now());
  }

  async publicVersionOf(me: Me, documentId: string, versionId: string): Promise<PublicVersionView | null> {
    await this.access.require(me, documentId, 'edit');
    return publicTextOf(this.db.manager, documentId, versionId);
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
    if (!(await this.files.exists(attachmentId))) throw notFound('un archivo adjunto', 'attachment');
    if (owners.length === 0) {
      // Not linked yet: its uploader gives it the stand-in first, so the original is never public even for a moment.
      await this.files.requireOwn([attachmentId], me.id);
    } else if (!owners.every((o) => can(me, 'meetings.manage', o.commission_id))) {
      throw new AppException('forbidden');
    }
    await this.files.requireOwn([publicVersionId], me.id);
    await this.files.setPublicVersion(attachmentId, publicVersionId);
    return { attachmentId, publicVersionId };
  }
}
