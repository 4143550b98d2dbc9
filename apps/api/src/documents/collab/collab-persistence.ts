import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { DocumentUpdateEntity } from '../entities/document-update.entity';
import { DocumentEntity } from '../entities/document.entity';

/** After this many appended rows (or once they weigh half the merged state) a store folds them into `documents.state`. */
export const COMPACT_AFTER_UPDATES = 20;

interface Pending {
  updates: Uint8Array[];
  /** Characters typed per person since the last store. */
  chars: Map<string, number>;
}

/**
 * PostgreSQL persistence of co-edited documents: every update applied in memory is queued, and each (debounced)
 * store appends the queue as one merged row with the contributions it carries, in one transaction; every
 * COMPACT_AFTER_UPDATES rows the rows are folded into the document's merged state. Loading applies state + rows.
 */
@Injectable()
export class CollabPersistence {
  private readonly logger = new Logger(CollabPersistence.name);
  private readonly pending = new Map<string, Pending>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(documentId: string, doc: Y.Doc): Promise<void> {
    const row = await this.db.manager.findOne(DocumentEntity, { where: { id: documentId }, select: { id: true, state: true } });
    const updates = await this.db.manager.find(DocumentUpdateEntity, { where: { documentId }, order: { id: 'ASC' } });
    Y.transact(
      doc,
      () => {
        if (row?.state) Y.applyUpdate(doc, row.state);
        for (const u of updates) Y.applyUpdate(doc, u.update);
      },
      this,
    );
  }

  /** Queues an update Hocuspocus applied, credited to `personId` when a person typed it. */
  record(documentId: string, update: Uint8Array, personId: string | null, insertedChars: number): void {
    const entry = this.pending.get(documentId) ?? { updates: [], chars: new Map<string, number>() };
    entry.updates.push(update);
    if (personId && insertedChars > 0) entry.chars.set(personId, (entry.chars.get(personId) ?? 0) + insertedChars);
    this.pending.set(documentId, entry);
  }

  /**
   * Writes what is queued for the document (true if it wrote something); `doc` is its live state, used when compacting.
   * Never rejects: on a database failure the updates stay queued for the next store.
   */
  async store(documentId: string, doc: Y.Doc): Promise<boolean> {
    const entry = this.pending.get(documentId);
    if (!entry || entry.updates.length === 0) return false;
    this.pending.delete(documentId);
    try {
      await this.db.transaction(async (em) => {
        // One store per document at a time, across api processes too: a compaction never writes an older state over a newer one.
        await em.query('SELECT id FROM documents WHERE id = $1 FOR UPDATE', [documentId]);
        await em.insert(DocumentUpdateEntity, { documentId, update: Buffer.from(Y.mergeUpdates(entry.updates)) });
        for (const [personId, chars] of entry.chars) {
          await em.query(
            `INSERT INTO document_contributions (document_id, person_id, inserted_chars) VALUES ($1, $2, $3)
             ON CONFLICT (document_id, person_id) DO UPDATE SET inserted_chars = document_contributions.inserted_chars + EXCLUDED.inserted_chars`,
            [documentId, personId, chars],
          );
        }
        const [{ rows, bytes, state }] = (await em.query(
          `SELECT COUNT(u.id)::int AS rows, COALESCE(SUM(length(u.update)), 0)::int AS bytes, COALESCE(length(d.state), 0)::int AS state
           FROM documents d LEFT JOIN document_updates u ON u.document_id = d.id WHERE d.id = $1 GROUP BY d.id`,
          [documentId],
        )) as { rows: number; bytes: number; state: number }[];
        // Merged rows keep deleted text that the live document has already collected: fold them in before they outweigh the state.
        if (rows >= COMPACT_AFTER_UPDATES || bytes > state / 2) await this.compactIn(em, documentId, doc);
        await em.update(DocumentEntity, { id: documentId }, { updatedAt: new Date() });
      });
    } catch (error) {
      // Put the queue back so the next store retries it: nothing typed is lost while the database is away.
      const now = this.pending.get(documentId);
      this.pending.set(documentId, {
        updates: [...entry.updates, ...(now?.updates ?? [])],
        chars: mergeCounts(entry.chars, now?.chars),
      });
      // Resolves instead of rethrowing: Hocuspocus runs debounced stores from a timer, and a rejection there would end the process.
      this.logger.error(`storing document ${documentId} failed: ${String(error)}`);
      return false;
    }
    return true;
  }

  /** Folds every row into the merged state: the persisted size stays close to the Y.Doc's own encoding. */
  private async compactIn(em: DataSource['manager'], documentId: string, doc: Y.Doc): Promise<void> {
    const last = await em.findOne(DocumentUpdateEntity, { where: { documentId }, order: { id: 'DESC' }, select: { id: true } });
    await em.update(DocumentEntity, { id: documentId }, { state: Buffer.from(Y.encodeStateAsUpdate(doc)) });
    if (last)
      await em
        .createQueryBuilder()
        .delete()
        .from(DocumentUpdateEntity)
        .where('document_id = :documentId AND id <= :id', { documentId, id: last.id })
        .execute();
  }

  /** Documents with something queued (flushed on shutdown). */
  queued(): string[] {
    return [...this.pending.keys()];
  }
}

function mergeCounts(a: Map<string, number>, b: Map<string, number> | undefined): Map<string, number> {
  const merged = new Map(a);
  for (const [k, v] of b ?? []) merged.set(k, (merged.get(k) ?? 0) + v);
  return merged;
}
