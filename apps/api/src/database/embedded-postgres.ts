import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Port number pg appends to a Unix socket directory (`.s.PGSQL.<port>`). */
const SOCKET_PORT = 5432;
/**
 * One connection. PGlite is a single Postgres session: pglite-socket queues each wire message on its
 * own, so two connections' extended-protocol sequences (Parse/Bind/Execute) interleave and clobber
 * each other's unnamed statement ("bind message supplies 2 parameters…", or a query bound to the
 * wrong parameters). Seen under 40 concurrent requests; one connection serialises whole queries,
 * which PGlite does anyway.
 */
export const EMBEDDED_POOL_SIZE = 1;
/** Headroom over the pool: the server frees a slot only after a closed client's socket is gone. */
const MAX_CONNECTIONS = EMBEDDED_POOL_SIZE + 5;
const DRAIN_TIMEOUT_MS = 5_000;

/** Unix socket paths are limited to ~107 bytes; beyond that the socket goes to the temp dir. */
const MAX_SOCKET_PARENT_LENGTH = 70;

/**
 * Next to the data when the path is short enough, so no temp-dir cleanup can cut the platform off
 * its database; otherwise (and for in-memory databases) under the temp dir.
 */
function socketParent(dataDir: string | undefined): string {
  return dataDir && dataDir.length <= MAX_SOCKET_PARENT_LENGTH ? dataDir : tmpdir();
}

export interface EmbeddedPostgres {
  /** Directory holding the Unix socket: the `host` for the pg driver. */
  socketDir: string;
  port: number;
  /** The whole database as a tarball, to start another one from (`startEmbeddedPostgres(undefined, dump)`). */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

/** Where the database of a data directory lives. */
const databaseDir = (dataDir: string) => join(dataDir, 'pglite');

/** Whether `dataDir` already holds a database (then it cannot start as a copy of another). */
export const holdsEmbeddedDatabase = (dataDir: string) => existsSync(join(databaseDir(dataDir), 'PG_VERSION'));

/**
 * Real Postgres compiled to WASM, served in-process over the wire protocol so that the
 * ordinary `pg` driver (and so the same TypeORM code path as a real server) talks to it.
 * The database lives in `<dataDir>/pglite`; without `dataDir` it stays in memory (tests). A new one is empty or a
 * copy of `from` (a `dump()`): tests start from one migrated and seeded database instead of building one per file.
 */
export async function startEmbeddedPostgres(dataDir?: string, from?: Blob): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ ...(dataDir && { dataDir: databaseDir(dataDir) }), loadDataDir: from });
  const socketDir = mkdtempSync(join(socketParent(dataDir), '.pg-socket-'));
  const server = new PGLiteSocketServer({
    db,
    path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
    maxConnections: MAX_CONNECTIONS,
  });
  await server.start();
  return {
    socketDir,
    port: SOCKET_PORT,
    dump: () => db.dumpDataDir('none'),
    async stop() {
      // pg's pool.end() does not wait for its sockets to close; give them a moment before closing the server.
      for (
        const deadline = performance.now() + DRAIN_TIMEOUT_MS;
        server.getStats().activeConnections > 0 && performance.now() < deadline;

      ) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await server.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
