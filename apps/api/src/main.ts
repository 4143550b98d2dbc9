import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { loadConfig } from './config/config';
import { createApp } from './create-app';
import { prepareDataDir } from './database/data-dir';
import { requireDurablePostgres } from './database/durability';
import { startEmbeddedPostgres } from './database/embedded-postgres';

async function main(): Promise<void> {
  const config = loadConfig();
  prepareDataDir(config.dataDir);
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir);
  // Before migrations or seeding write anything: a server that could lose acknowledged ballots is refused outright.
  if (!embedded) await checkDurability(config.databaseUrl as string);
  const app = await createApp(config, embedded ?? { url: config.databaseUrl as string });
  await app.listen(config.port, config.host);
  const logger = new Logger('Cocrea');
  logger.log(
    `Cocrea at http://localhost:${config.port}/ (api /api, docs /api/docs) on ${embedded ? `PGlite in ${config.dataDir}` : 'PostgreSQL'}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    try {
      await app.close();
      await embedded?.stop();
      process.exit(0);
    } catch (error) {
      // A dependency that is down at shutdown: say so and exit with a failure rather than an unhandled rejection.
      logger.error(`shutdown failed: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

async function checkDurability(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await requireDurablePostgres({ query: (text, params) => client.query(text, params).then((r) => r.rows) });
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
