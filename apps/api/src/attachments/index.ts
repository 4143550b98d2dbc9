/**
 * The attachments domain's front door: what other domains may import from it (apps/api's lint allows nothing else).
 * It exports no entity; TypeORM's wiring takes every entity from database/entities.ts.
 */
export { AttachmentsModule } from './attachments.module';
export { AttachmentsService } from './attachments.service';
export type { AttachmentDownload } from './attachments.service';
