import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export type DatabaseTarget = { url: string } | { socketDir: string; port: number };

/** One set of options for PGlite and a real server: same driver, same migrations. */
export function dataSourceOptions(target: DatabaseTarget, poolSize: number): DataSourceOptions {
  const connection =
    'url' in target ? { url: target.url } : { host: target.socketDir, port: target.port, username: 'postgres', database: 'postgres' };
  return {
    type: 'postgres',
    ...connection,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // PGlite keeps idle connections for free; dropping them only races the socket server's slot count. Its one
    // connection makes every request queue for it, so a burst (a whole room voting at once) waits longer than on a server.
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 'url' in target ? 10_000 : 60_000,
      query_timeout: 15_000,
      idleTimeoutMillis: 'url' in target ? 10_000 : 0,
    },
  };
}
