/**
 * An upload stores its file first and its row second (so a reader never finds a row without bytes); a process
 * killed in between leaves a file nothing points to. At start, such files are removed. On the embedded database only
 * this process uses the file store, so every orphan goes; on a PostgreSQL server other instances may share the store
 * and be between the two steps right now, so only orphans older than a grace period go.
 */
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { DATABASE_ENGINE, DatabaseEngine } from '../database/database-engine';
import { FileStorage } from './file-storage';

export const SHARED_STORE_GRACE_MS = 10 * 60_000;

@Injectable()
export class OrphanFileSweeper implements OnApplicationBootstrap {
  private readonly logger = new Logger('Attachments');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
    @Inject(DATABASE_ENGINE) private readonly engine: DatabaseEngine,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const removed = await this.sweep(this.engine === 'pglite' ? 0 : SHARED_STORE_GRACE_MS);
    if (removed > 0) this.logger.warn(`Removed ${removed} stored file(s) no attachment refers to (an upload cut short)`);
  }

  /** Removes files older than `graceMs` that no attachment row names; returns how many. */
  async sweep(graceMs: number): Promise<number> {
    const cutoff = this.clock.nowMs() - graceMs;
    const candidates = (await this.storage.list()).filter((file) => file.modifiedAt.getTime() <= cutoff);
    if (candidates.length === 0) return 0;
    const rows = (await this.db.query(`SELECT storage_key FROM attachments WHERE storage_key = ANY($1)`, [
      candidates.map((file) => file.key),
    ])) as { storage_key: string }[];
    const referenced = new Set(rows.map((row) => row.storage_key));
    const orphans = candidates.filter((file) => !referenced.has(file.key));
    for (const orphan of orphans) await this.storage.remove(orphan.key);
    return orphans.length;
  }
}
