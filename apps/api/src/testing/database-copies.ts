// PGlite's initdb, the migrations and the seed were most of every api spec file's start, so a jest run does them
// once (global-setup.ts) and each file starts from a copy: a PGlite dump loaded into a new in-memory database, or on
// a PostgreSQL server a new database created from a template. Each file still gets a fresh database of its own.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/** Set by the run's globalSetup: the directory of the PGlite dumps. */
export const PGLITE_COPIES_VARIABLE = 'COCREA_TEST_PGLITE_COPIES';
/** Set by the run's globalSetup when there is a TEST_DATABASE_URL: `<server url> <template database name>`. */
export const SERVER_TEMPLATE_VARIABLE = 'COCREA_TEST_SERVER_TEMPLATE';

/** An empty database with every migration run, or that one with the demo commission seeded. */
export type PgliteCopy = 'migrated' | 'seeded';

export const pgliteCopyPath = (directory: string, copy: PgliteCopy) => join(directory, `${copy}.tar`);

/** The run's dump of that database; undefined when no globalSetup made one (the caller then builds it). */
export function pgliteCopy(copy: PgliteCopy): Blob | undefined {
  const directory = process.env[PGLITE_COPIES_VARIABLE];
  return directory ? new Blob([readFileSync(pgliteCopyPath(directory, copy))]) : undefined;
}

/** The migrated and seeded template database on the server at `serverUrl`, when the run made one there. */
export function serverTemplate(serverUrl: string): string | undefined {
  const [url, name] = (process.env[SERVER_TEMPLATE_VARIABLE] ?? '').split(' ');
  return url === serverUrl ? name : undefined;
}

/** Drops what the run's globalSetup made (global-teardown.ts). */
export async function removeDatabaseCopies(): Promise<void> {
  const directory = process.env[PGLITE_COPIES_VARIABLE];
  if (directory) rmSync(directory, { recursive: true, force: true });
  const [serverUrl, template] = (process.env[SERVER_TEMPLATE_VARIABLE] ?? '').split(' ');
  if (template) await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
}

/** One statement on the server's maintenance database (CREATE and DROP DATABASE). */
export async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end();
  }
}
