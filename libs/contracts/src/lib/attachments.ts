/** Files attached to inputs, deliverables, calls and proxy letters. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** What may be uploaded, recognised by the file's content (its magic bytes), never by its name. */
export const ATTACHMENT_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/png',
  'image/jpeg',
  'image/webp',
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** The multipart field that carries the file in `POST /api/attachments`. */
export const ATTACHMENT_FIELD = 'file';

export interface AttachmentSummary {
  id: string;
  filename: string;
  mediaType: AttachmentMediaType;
  /** Bytes. */
  size: number;
  createdAt: string;
}
