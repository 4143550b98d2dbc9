import { LinkedAttachment } from '@cocrea/contracts';
import { EntityManager } from 'typeorm';

/** What deliverables need from the attachments module: check that uploaded files exist, and describe them. */
export interface AttachmentCatalog {
  requireAll(ids: string[], em?: EntityManager): Promise<unknown>;
  summaries(ids: string[], em?: EntityManager): Promise<LinkedAttachment[]>;
}

export const ATTACHMENT_CATALOG = Symbol('AttachmentCatalog');
