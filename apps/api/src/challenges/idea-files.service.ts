import { IDEA_ATTACHMENT_LIMIT, Me, PublicIdeaAttachment } from '@cocrea/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttachmentDownload, AttachmentsService } from '../attachments';
import { AppException, notFound } from '../common/problem';
import { ChallengeAccess } from './challenge-access';
import { ChallengeIdeaAttachmentEntity } from './entities';
import { IdeaTeamService } from './idea-team.service';

const fileNotFound = () => notFound('un archivo de esta idea', 'file of this idea');

/**
 * Files attached to ideas. The bytes, their size and type limits are the attachments domain's (`POST
 * /api/attachments`, 413 and 415 problems); here an editor of the idea links a file they uploaded, or removes one,
 * until the ideas phase closes, up to IDEA_ATTACHMENT_LIMIT per idea. Linked files are public with the idea.
 */
@Injectable()
export class IdeaFilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ChallengeAccess,
    private readonly team: IdeaTeamService,
    private readonly attachments: AttachmentsService,
  ) {}

  /**
   * Links the file under a per-idea lock, so parallel links never pass the limit. A file already on this idea is
   * answered as it is; a file on another idea is a 409.
   */
  async attach(me: Me, ideaId: string, attachmentId: string): Promise<PublicIdeaAttachment> {
    const context = await this.access.idea(ideaId);
    await this.team.requireEditor(me, context);
    this.access.requirePhase(context, 'edit_idea');
    const [file] = await this.attachments.requireOwn([attachmentId], me.id);
    await this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`challenge-idea-files:${ideaId}`]);
      const linked = await em.findOneBy(ChallengeIdeaAttachmentEntity, { attachmentId });
      if (linked?.ideaId === ideaId) return;
      if (linked) throw new AppException('conflict');
      if ((await em.countBy(ChallengeIdeaAttachmentEntity, { ideaId })) >= IDEA_ATTACHMENT_LIMIT) {
        throw new AppException('idea_attachment_limit', { limit: String(IDEA_ATTACHMENT_LIMIT) });
      }
      await em.insert(ChallengeIdeaAttachmentEntity, { ideaId, attachmentId, addedById: me.id });
    });
    return { id: file.id, filename: file.filename, mediaType: file.mediaType, size: file.size };
  }

  /** Takes a file off the idea (the stored file stays its uploader's). */
  async detach(me: Me, ideaId: string, attachmentId: string): Promise<void> {
    const context = await this.access.idea(ideaId);
    await this.team.requireEditor(me, context);
    this.access.requirePhase(context, 'edit_idea');
    const removed = await this.db.manager.delete(ChallengeIdeaAttachmentEntity, { ideaId, attachmentId });
    if (!removed.affected) throw fileNotFound();
  }

  /** The idea's files, oldest first, as the portal lists them. */
  async list(ideaId: string): Promise<PublicIdeaAttachment[]> {
    const links = await this.db.manager.find(ChallengeIdeaAttachmentEntity, {
      where: { ideaId },
      order: { createdAt: 'ASC', attachmentId: 'ASC' },
    });
    const files = await this.attachments.summaries(links.map((l) => l.attachmentId));
    return files.map((f) => ({ id: f.id, filename: f.filename, mediaType: f.mediaType, size: f.size }));
  }

  /** A public download: only a file linked to that idea; anything else is a 404. */
  async download(ideaId: string, attachmentId: string): Promise<AttachmentDownload> {
    if (!(await this.db.manager.existsBy(ChallengeIdeaAttachmentEntity, { ideaId, attachmentId }))) throw fileNotFound();
    return this.attachments.downloadPublished(attachmentId);
  }
}
