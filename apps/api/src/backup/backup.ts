/**
 * Backup and restore of an installation: its database and its file store, together, in one folder with a manifest
 * of every file's SHA-256 (checked again on restore). The database is dumped consistently: on PGlite, the data dir
 * as a tarball taken by PGlite itself (the service must be stopped: one process opens an embedded database); on
 * PostgreSQL, `pg_dump` in its custom format, restored with `pg_restore` (the service may run during a backup).
 */
import { PGlite } from '@electric-sql/pglite';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import type { AppConfig } from '../config/config';
import { DIRECTORY_MODE, FILE_MODE, prepareDataDir } from '../database/data-dir';

const run = promisify(execFile);

export const MANIFEST = 'manifest.json';
const PGLITE_DUMP = 'database.tar.gz';
const POSTGRES_DUMP = 'database.dump';

export interface BackupManifest {
  format: 1;
  engine: 'pglite' | 'postgres';
  createdAt: string;
  files: { key: string; sha256: string; size: number }[];
}

type Installation = Pick<AppConfig, 'dataDir' | 'databaseUrl'>;

/** Writes a backup of `installation` into the new folder `target`, stamped `createdAt`. */
export async function backup(installation: Installation, target: string, createdAt: Date): Promise<BackupManifest> {
  await mkdir(target, { recursive: false, mode: DIRECTORY_MODE });
  if (installation.databaseUrl) {
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-acl', `--file=${join(target, POSTGRES_DUMP)}`, installation.databaseUrl]);
  } else {
    const db = await PGlite.create({ dataDir: join(installation.dataDir, 'pglite') });
    try {
      const tarball = await db.dumpDataDir('gzip');
      await writeFile(join(target, PGLITE_DUMP), Buffer.from(await tarball.arrayBuffer()), { mode: FILE_MODE });
    } finally {
      await db.close();
    }
  }
  const store = join(installation.dataDir, 'files');
  if (existsSync(store)) await cp(store, join(target, 'files'), { recursive: true });
  const manifest: BackupManifest = {
    format: 1,
    engine: installation.databaseUrl ? 'postgres' : 'pglite',
    createdAt: createdAt.toISOString(),
    files: await hashes(join(target, 'files')),
  };
  await writeFile(join(target, MANIFEST), JSON.stringify(manifest, null, 2), { mode: FILE_MODE });
  return manifest;
}

/** Restores the backup in `source` into `installation`, whose database and file store must be empty. */
export async function restore(installation: Installation, source: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(join(source, MANIFEST), 'utf8')) as BackupManifest;
  const found = new Map((await hashes(join(source, 'files'))).map((file) => [file.key, file.sha256]));
  const damaged = manifest.files.filter((file) => found.get(file.key) !== file.sha256).map((file) => file.key);
  if (damaged.length > 0) throw new Error(`The backup's files differ from its manifest: ${damaged.join(', ')}`);
  if (manifest.engine !== (installation.databaseUrl ? 'postgres' : 'pglite')) {
    throw new Error(`This backup is of a ${manifest.engine} installation; restore it into the same kind of database.`);
  }
  const store = join(installation.dataDir, 'files');
  if (existsSync(store) && readdirSync(store).length > 0) throw new Error(`${store} is not empty: restore into an empty installation.`);
  prepareDataDir(installation.dataDir);
  if (installation.databaseUrl) {
    await run('pg_restore', [
      '--no-owner',
      '--no-acl',
      '--exit-on-error',
      `--dbname=${installation.databaseUrl}`,
      join(source, POSTGRES_DUMP),
    ]);
  } else {
    const databaseDir = join(installation.dataDir, 'pglite');
    if (existsSync(databaseDir) && readdirSync(databaseDir).length > 0)
      throw new Error(`${databaseDir} is not empty: restore into an empty installation.`);
    const tarball = new Blob([new Uint8Array(await readFile(join(source, PGLITE_DUMP)))]);
    const db = await PGlite.create({ dataDir: databaseDir, loadDataDir: tarball });
    await db.close();
  }
  if (existsSync(join(source, 'files'))) await cp(join(source, 'files'), store, { recursive: true });
  prepareDataDir(installation.dataDir);
  return manifest;
}

async function hashes(root: string): Promise<BackupManifest['files']> {
  if (!existsSync(root)) return [];
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const content = await readFile(join(entry.parentPath, entry.name));
      const key = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
      return { key, sha256: createHash('sha256').update(content).digest('hex'), size: content.length };
    }),
  );
}
