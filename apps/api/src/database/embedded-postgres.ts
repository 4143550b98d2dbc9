import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Port number pg appends to a Unix socket directory (`.s.PGSQL.<port>`). */
const SOCKET_PORT = 5432;
export const EMBEDDED_MAX_CONNECTIONS = 10;

export interface EmbeddedPostgres {
  /** Directory holding the Unix socket: the `host` for the pg driver. */
  socketDir: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Real Postgres compiled to WASM, served in-process over the wire protocol so that the
 * ordinary `pg` driver (and so the same TypeORM code path as a real server) talks to it.
 * `dataDir` undefined keeps the database in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const socketDir = mkdtempSync(join(tmpdir(), 'cocrea-pg-'));
  const server = new PGLiteSocketServer({
    db,
    path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
  });
  await server.start();
  return {
    socketDir,
    port: SOCKET_PORT,
    async stop() {
      await server.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
