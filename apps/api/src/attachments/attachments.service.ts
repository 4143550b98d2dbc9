import { ATTACHMENT_FIELD, ATTACHMENT_MEDIA_TYPES, AttachmentMediaType, AttachmentSummary } from '@cocrea/contracts';
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

  async meta(id: string): Promise<AttachmentSummary> {
    return toSummary(await this.find(id));
  }

  async download(id: string): Promise<AttachmentDownload> {
    const attachment = await this.find(id);
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

  /** Summaries of the ids that exist, in the order of `ids`. */
  async summaries(ids: readonly string[], em: EntityManager = this.db.manager): Promise<AttachmentSummary[]> {
    if (ids.length === 0) return [];
    const found = new Map((await em.findBy(AttachmentEntity, { id: In([...ids]) })).map((a) => [a.id, a]));
    return ids.flatMap((id) => {
      const attachment = found.get(id);
      return attachment ? [toSummary(attachment)] : [];
    });
  }

  private async find(id: string): Promise<AttachmentEntity> {
    const attachment = await this.db.getRepository(AttachmentEntity).findOneBy({ id });
    if (!attachment) throw attachmentNotFound();
    return attachment;
  }
}

async function sniffMediaType(content: Buffer): Promise<AttachmentMediaType> {
  const detected = await fromBuffer(content);
  const allowed = ATTACHMENT_MEDIA_TYPES.find((type) => type === detected?.mime);
  if (!allowed) throw new AppException('unsupported_media_type');
  return allowed;
}

/** Keeps the visible name a person gave the file, without paths or control characters. */
function cleanFilename(original: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (original.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
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
