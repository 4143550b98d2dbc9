/**
 * DATA_DIR holds the embedded database and every uploaded file (representation letters, originals behind redacted
 * versions): only the service's own user may read or write it. Prepared once at start, before anything opens it:
 * owner-only permissions on what an earlier version or a copy left behind (new uploads are written owner-only by
 * LocalDiskStorage), and no socket folders a killed embedded database could not remove.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const DIRECTORY_MODE = 0o700;
export const FILE_MODE = 0o600;
/** Prefix of the folder holding the embedded database's Unix socket (see embedded-postgres.ts). */
export const SOCKET_DIR_PREFIX = '.pg-socket-';

export function prepareDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: DIRECTORY_MODE });
  for (const entry of readdirSync(dataDir)) {
    // Only one process opens a PGlite data dir, so any socket folder here belongs to one that is gone.
    if (entry.startsWith(SOCKET_DIR_PREFIX)) rmSync(join(dataDir, entry), { recursive: true, force: true });
  }
  restrictToOwner(dataDir);
}

/**
 * Owner-only modes on `path` and everything under it; symbolic links are left alone. PGlite creates its files 0666
 * whatever the umask, so they are tightened at every start, before the database opens; while it runs, the 0700
 * folder above keeps them out of anyone else's reach.
 */
export function restrictToOwner(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    if ((stat.mode & 0o777) !== DIRECTORY_MODE) chmodSync(path, DIRECTORY_MODE);
    for (const entry of readdirSync(path)) restrictToOwner(join(path, entry));
  } else if ((stat.mode & 0o077) !== 0) {
    chmodSync(path, stat.mode & FILE_MODE);
  }
}
