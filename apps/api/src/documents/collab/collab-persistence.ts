import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { Clock } from '../../common/clock';
import { DocumentUpdateEntity } from '../entities/document-update.entity';
import { DocumentEntity } from '../entities/document.entity';

/** After this many appended rows (or once they weigh half the merged state) a store folds them into `documents.state`. */
export const COMPACT_AFTER_UPDATES = 20;

interface Pending {
  /** Updates applied since the last store (their content is read from the live document when storing). */
  updates: number;
  /** Characters typed per person since the last store. */
  chars: Map<string, number>;
}

/**
 * PostgreSQL persistence of co-edited documents: every update applied in memory is counted (with the characters each
 * person typed), and each (debounced) store appends one row, the live document's difference from its state vector at
 * the last store, with the contributions, in one transaction; every COMPACT_AFTER_UPDATES rows the rows are folded
 * into the document's merged state. Loading applies state + rows. The difference is one encoding of the document,
 * where merging the queued updates cost seconds of CPU for a long document's thousands of one-character updates.
 */
@Injectable()
export class CollabPersistence {
  private readonly logger = new Logger(CollabPersistence.name);
  private readonly pending = new Map<string, Pending>();
  /** Each loaded document's state vector when its last store began (or when it was loaded). */
  private readonly storedVectors = new Map<string, Uint8Array>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

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
    this.storedVectors.set(documentId, Y.encodeStateVector(doc));
  }

  /** Counts an update Hocuspocus applied, credited to `personId` when a person typed it. */
  record(documentId: string, personId: string | null, insertedChars: number): void {
    const entry = this.pending.get(documentId) ?? { updates: 0, chars: new Map<string, number>() };
    entry.updates += 1;
    if (personId && insertedChars > 0) entry.chars.set(personId, (entry.chars.get(personId) ?? 0) + insertedChars);
    this.pending.set(documentId, entry);
  }

  /**
   * Writes what is queued for the document (true if it wrote something); `doc` is its live state, used when compacting.
   * Never rejects: on a database failure the updates stay queued for the next store.
   */
  async store(documentId: string, doc: Y.Doc): Promise<boolean> {
    const entry = this.pending.get(documentId);
    if (!entry || entry.updates === 0) return false;
    this.pending.delete(documentId);
    const since = this.storedVectors.get(documentId);
    const update = Y.encodeStateAsUpdate(doc, since);
    this.storedVectors.set(documentId, Y.encodeStateVector(doc));
    try {
      await this.db.transaction(async (em) => {
        // One store per document at a time, across api processes too: a compaction never writes an older state over a newer one.
        await em.query('SELECT id FROM documents WHERE id = $1 FOR UPDATE', [documentId]);
        await em.insert(DocumentUpdateEntity, { documentId, update: Buffer.from(update) });
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
        await em.update(DocumentEntity, { id: documentId }, { updatedAt: this.clock.now() });
      });
    } catch (error) {
      // Put the queue back so the next store retries it: nothing typed is lost while the database is away.
      const now = this.pending.get(documentId);
      this.pending.set(documentId, { updates: entry.updates + (now?.updates ?? 0), chars: mergeCounts(entry.chars, now?.chars) });
      if (since) this.storedVectors.set(documentId, since);
      else this.storedVectors.delete(documentId);
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
