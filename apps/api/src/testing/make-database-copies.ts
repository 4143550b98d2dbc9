// The databases a jest run's spec files start from (see database-copies.ts): run by global-setup.ts in a child
// process, with the directory and template name it chose in the environment.
import { writeFileSync } from 'node:fs';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { PGLITE_COPIES_VARIABLE, pgliteCopyPath, removeDatabaseCopies, runOnServer, SERVER_TEMPLATE_VARIABLE } from './database-copies';
import { startTestApp } from './test-app';

/** Dumps the migrated and the seeded PGlite into the directory; on TEST_DATABASE_URL's server, makes the template. */
async function makeDatabaseCopies(): Promise<void> {
  const directory = process.env[PGLITE_COPIES_VARIABLE] as string;
  const pg = await startEmbeddedPostgres();
  try {
    await (await startTestApp({ embedded: pg })).close();
    writeFileSync(pgliteCopyPath(directory, 'migrated'), Buffer.from(await (await pg.dump()).arrayBuffer()));
    await (await startTestApp({ embedded: pg, seed: true })).close();
    writeFileSync(pgliteCopyPath(directory, 'seeded'), Buffer.from(await (await pg.dump()).arrayBuffer()));
  } finally {
    await pg.stop();
  }

  const [serverUrl, template] = (process.env[SERVER_TEMPLATE_VARIABLE] ?? '').split(' ');
  if (!template) return;
  await runOnServer(serverUrl, `CREATE DATABASE ${template}`);
  const url = new URL(serverUrl);
  url.pathname = `/${template}`;
  await (await startTestApp({ databaseUrl: url.toString(), seed: true })).close();
}

makeDatabaseCopies().catch(async (error: unknown) => {
  console.error(error);
  await removeDatabaseCopies();
  process.exit(1);
});
