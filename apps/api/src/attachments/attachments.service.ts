import { ATTACHMENT_FIELD, ATTACHMENT_MEDIA_TYPES, AttachmentMediaType, AttachmentSummary, GroupRole, Me } from '@cocrea/contracts';
import { can, canReadGroup } from '@cocrea/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fromBuffer } from 'file-type';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppException, invalidField, notFound } from '../common/problem';
import { AttachmentEntity } from './attachment.entity';
import { FileStorage } from './file-storage';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

export interface AttachmentDownload {
  attachment: AttachmentEntity;
  content: Readable;
}

const attachmentNotFound = () => notFound('un archivo adjunto', 'attachment');

@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
  ) {}

  /** Stores an upload whose content is an allowed type; on any failure nothing is left behind. */
  async store(uploaderId: string, file: UploadedFile | undefined): Promise<AttachmentSummary> {
    if (!file || file.buffer.length === 0) {
      throw invalidField(ATTACHMENT_FIELD, 'Adjunta un archivo que no esté vacío.', 'Attach a file that is not empty.');
    }
    const mediaType = await sniffMediaType(file.buffer);
    const id = randomUUID();
    const storageKey = `${id.slice(0, 2)}/${id}`;
    await this.storage.put(storageKey, file.buffer);
    try {
      const attachment = await this.db.getRepository(AttachmentEntity).save({
        id,
        filename: cleanFilename(file.originalname),
        mediaType,
        size: file.buffer.length,
        sha256: createHash('sha256').update(file.buffer).digest('hex'),
        storageKey,
        uploadedById: uploaderId,
      });
      return toSummary(attachment);
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  async meta(me: Me, id: string): Promise<AttachmentSummary> {
    return toSummary(await this.findReadable(me, id));
  }

  async download(me: Me, id: string): Promise<AttachmentDownload> {
    const attachment = await this.findReadable(me, id);
    return { attachment, content: this.storage.read(attachment.storageKey) };
  }

  /** A file the public portal has already found public (`PublicService.publicFile`), so no caller is checked. */
  async downloadPublished(id: string): Promise<AttachmentDownload> {
    const attachment = await this.db.getRepository(AttachmentEntity).findOneBy({ id });
    if (!attachment) throw attachmentNotFound();
    return { attachment, content: this.storage.read(attachment.storageKey) };
  }

  /** Summaries in the order of `ids`; unknown ids are a 404 so a link to a missing file is never stored. */
  async requireAll(ids: readonly string[], em: EntityManager = this.db.manager): Promise<AttachmentSummary[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = new Map((await em.findBy(AttachmentEntity, { id: In(unique) })).map((a) => [a.id, a]));
    return unique.map((id) => {
      const attachment = found.get(id);
      if (!attachment) throw attachmentNotFound();
      return toSummary(attachment);
    });
  }

  /**
   * Like `requireAll`, and every file must have been uploaded by `personId`: someone else's file is a 404 too,
   * so nobody links (and so publishes to a group) a file they could only guess the id of.
   */
  async requireOwn(ids: readonly string[], personId: string, em: EntityManager = this.db.manager): Promise<AttachmentSummary[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const found = new Map((await em.findBy(AttachmentEntity, { id: In(unique), uploadedById: personId })).map((a) => [a.id, a]));
    return unique.map((id) => {
      const attachment = found.get(id);
      if (!attachment) throw attachmentNotFound();
      return toSummary(attachment);
    });
  }

  exists(id: string): Promise<boolean> {
    return this.db.manager.existsBy(AttachmentEntity, { id });
  }

  /** Names the redacted file that stands in for `id` wherever the public sees it (the caller checks who may). */
  async setPublicVersion(id: string, publicVersionId: string): Promise<void> {
    await this.db.manager.update(AttachmentEntity, { id }, { publicVersionId });
  }

  /** Summaries of the ids that exist, in the order of `ids`. */
  async summaries(ids: readonly string[], em: EntityManager = this.db.manager): Promise<AttachmentSummary[]> {
    if (ids.length === 0) return [];
    const found = new Map((await em.findBy(AttachmentEntity, { id: In([...ids]) })).map((a) => [a.id, a]));
    return ids.flatMap((id) => {
      const attachment = found.get(id);
      return attachment ? [toSummary(attachment)] : [];
    });
  }

  /** A file the caller may not read is a 404, like one that does not exist: an id alone reveals nothing. */
  private async findReadable(me: Me, id: string): Promise<AttachmentEntity> {
    const attachment = await this.db.getRepository(AttachmentEntity).findOneBy({ id });
    if (!attachment || !(await this.mayRead(me, attachment))) throw attachmentNotFound();
    return attachment;
  }

  /**
   * Who reads a file follows what it is attached to: its uploader and platform admins always; otherwise whoever may
   * read one of the things that link it. A file nothing links yet is its uploader's alone.
   */
  private async mayRead(me: Me, attachment: AttachmentEntity): Promise<boolean> {
    if (me.platformRole === 'admin' || attachment.uploadedById === me.id) return true;
    const rows = <T>(sql: string, params: unknown[] = [attachment.id]) => this.db.query(sql, params) as Promise<T[]>;

    // Evidence in an agreement's follow-up: agreements are open to everyone signed in.
    if ((await rows(`SELECT 1 FROM agreement_notes WHERE $1 = ANY(attachment_ids) LIMIT 1`)).length > 0) return true;

    // Documents of a session's call: whoever may enter the session (its commission's members, its accredited representatives).
    const calls = await rows<{ commission_id: string; representative: boolean }>(
      `SELECT m.commission_id,
              EXISTS (SELECT 1 FROM attendances a WHERE a.meeting_id = m.id AND a.representative_person_id = $2)
              OR EXISTS (SELECT 1 FROM representations r WHERE r.meeting_id = m.id AND r.representative_person_id = $2) AS representative
         FROM meetings m WHERE $1 = ANY(m.document_ids)`,
      [attachment.id, me.id],
    );
    if (calls.some((call) => call.representative || me.commissions.some((grant) => grant.commissionId === call.commission_id))) return true;

    // A representation letter: the session's chair and secretary, the member represented and the representative.
    const letters = await rows<{ commission_id: string; member_person_id: string; representative_person_id: string | null }>(
      `SELECT m.commission_id, r.member_person_id, r.representative_person_id
         FROM representations r JOIN meetings m ON m.id = r.meeting_id WHERE r.letter_attachment_id = $1`,
    );
    if (
      letters.some(
        (letter) =>
          can(me, 'meetings.manage', letter.commission_id) ||
          letter.member_person_id === me.id ||
          letter.representative_person_id === me.id,
      )
    )
      return true;

    // Files of a deliverable or of an input to it: whoever may read the working group.
    const groups = await rows<{ commission_id: string; role: GroupRole | null }>(
      `SELECT g.commission_id, gm.role
         FROM working_groups g LEFT JOIN group_members gm ON gm.group_id = g.id AND gm.person_id = $2
        WHERE g.id IN (SELECT d.group_id FROM deliverables d WHERE $1 = ANY(d.attachment_ids)
                       UNION SELECT d.group_id FROM deliverable_inputs i JOIN deliverables d ON d.id = i.deliverable_id
                        WHERE $1 = ANY(i.attachment_ids))`,
      [attachment.id, me.id],
    );
    return groups.some((group) =>
      canReadGroup({
        platformRole: me.platformRole,
        commissionRole: me.commissions.find((grant) => grant.commissionId === group.commission_id) ?? null,
        groupRole: group.role,
      }),
    );
  }
}

async function sniffMediaType(content: Buffer): Promise<AttachmentMediaType> {
  const detected = await fromBuffer(content);
  const allowed = ATTACHMENT_MEDIA_TYPES.find((type) => type === detected?.mime);
  if (!allowed) throw new AppException('unsupported_media_type');
  return allowed;
}

/** The last path segment, without control or format characters (bidi overrides, zero-width marks) that disguise a name. */
function cleanFilename(original: string): string {
  const base = (original.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  return (base || 'archivo').slice(0, 255);
}

function toSummary(attachment: AttachmentEntity): AttachmentSummary {
  return {
    id: attachment.id,
    filename: attachment.filename,
    mediaType: attachment.mediaType,
    size: attachment.size,
    createdAt: attachment.createdAt.toISOString(),
  };
}
