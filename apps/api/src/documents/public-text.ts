import { CreatePublicVersion, PublicVersionView } from '@cocrea/contracts';
import { redact } from '@cocrea/domain';
import { EntityManager } from 'typeorm';
import { AppException, invalidField, notFound } from '../common/problem';
import { DocumentVersionEntity } from './entities/document-version.entity';

/**
 * A document version's versión pública: its text with ranges redacted, set before the version is published and shown
 * by the portal instead of the original. Who may set it is the caller's to check (the public domain's versions service).
 */

/** Redacts a still unpublished version's text into its versión pública, stamped `at`. */
export async function setPublicText(
  em: EntityManager,
  documentId: string,
  versionId: string,
  input: CreatePublicVersion,
  at: Date,
): Promise<PublicVersionView> {
  const version = await em.findOneBy(DocumentVersionEntity, { id: versionId, documentId });
  if (!version) throw notFound('una versión', 'version');
  // Once published the original has been public: a redaction now would pretend otherwise.
  if (version.published) throw new AppException('conflict');
  if (input.redactions.some((r) => r.from >= version.text.length)) {
    throw invalidField('redactions', 'Un tramo empieza después del final del texto.', 'A range starts past the end of the text.');
  }
  const text = redact(version.text, input.redactions);
  // Only while still unpublished, in the same statement: a publish that ran since the read above wins, with a 409.
  const result = await em.update(
    DocumentVersionEntity,
    { id: versionId, documentId, published: false },
    { publicText: text, publicTextAt: at, publicTextRedactions: input.redactions.length },
  );
  if (!result.affected) throw new AppException('conflict');
  return { versionId, text, redactions: input.redactions.length, createdAt: at.toISOString() };
}

/** A version's versión pública, or null when it has none. */
export async function publicTextOf(em: EntityManager, documentId: string, versionId: string): Promise<PublicVersionView | null> {
  const version = await em.findOneBy(DocumentVersionEntity, { id: versionId, documentId });
  if (!version) throw notFound('una versión', 'version');
  if (version.publicText === null || !version.publicTextAt) return null;
  return {
    versionId,
    text: version.publicText,
    redactions: version.publicTextRedactions ?? 0,
    createdAt: version.publicTextAt.toISOString(),
  };
}
