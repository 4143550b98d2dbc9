import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { loadConfig } from '../config/config';
import { createApp } from '../create-app';
import { EmbeddedPostgres, holdsEmbeddedDatabase, startEmbeddedPostgres } from '../database/embedded-postgres';
import { DEMO_PASSWORD } from '../seed/demo-accounts';
import { SeedService } from '../seed/seed.service';
import { pgliteCopy, runOnServer, serverTemplate } from './database-copies';
import { TestClock } from './test-clock';

export interface TestApp {
  app: INestApplication;
  /** This app's DATA_DIR (uploaded files live under `files/`). */
  dataDir: string;
  http: TestAgent;
  /** The app's clock: follows the wall clock until a spec sets or advances it. */
  clock: TestClock;
  /** Logs in and returns an `Authorization` header value. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real application on a fresh in-memory PGlite with the real migrations: one per test file
 * (or on the PostgreSQL server at `databaseUrl`). `seed` loads the demo commission from the 2021-02-15 record.
 * The in-memory database starts as a copy of the run's migrated (or seeded) one, see database-copies.ts.
 */
type TestAppOptions = {
  seed?: boolean;
  env?: Record<string, string>;
  databaseUrl?: string;
  /** The database at `databaseUrl` already holds the demo commission (a copy of the run's template). */
  databaseSeeded?: boolean;
  /** Runs every migration on an empty PGlite instead of starting from the run's migrated copy. */
  fromNothing?: boolean;
  /** Runs on this PGlite, which stays up when the app closes (the run's copies are dumped from it). */
  embedded?: EmbeddedPostgres;
  /**
   * Keeps PGlite on disk in this directory, which outlives the app: a second app on it sees what the first stored.
   * Seeded, it starts from the run's seeded copy unless it already holds a database.
   */
  dataDir?: string;
  /** Receives the log lines (set `LOG_LEVEL` in `env` to see any). */
  logDestination?: DestinationStream;
};

const started = new Set<Promise<TestApp>>();

export function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const app = boot(options);
  started.add(app);
  return app;
}

/**
 * Closes every app the test file started, including one whose beforeAll timed out before it was
 * ready: a leaked PGlite socket server would keep jest from ever exiting. Run after each file.
 */
export async function closeStartedTestApps(): Promise<void> {
  for (const app of started) await app.then((t) => t.close()).catch(() => undefined);
  started.clear();
}

async function boot(options: TestAppOptions): Promise<TestApp> {
  // A data directory starts from the seeded copy when a seeded app is asked for and it holds no database yet; one
  // asked for unseeded starts from nothing, as the platform does on its first boot.
  const onDiskCopy = options.dataDir === undefined || (options.seed === true && !holdsEmbeddedDatabase(options.dataDir));
  const copy =
    options.databaseUrl || options.embedded || options.fromNothing || !onDiskCopy
      ? undefined
      : pgliteCopy(options.seed ? 'seeded' : 'migrated');
  const seeded = copy !== undefined || options.databaseSeeded === true;
  const ownPg = options.databaseUrl || options.embedded ? null : await startEmbeddedPostgres(options.dataDir, copy);
  const pg = ownPg ?? options.embedded ?? null;
  // Uploaded files land in a directory of this app's own, removed when it closes (unless the caller gave it).
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cocrea-test-'));
  const removeDataDir = () => (options.dataDir ? undefined : rmSync(dataDir, { recursive: true, force: true }));
  // The sign-up's proof of work at its easiest, so a spec solves it in a few milliseconds.
  const config = loadConfig({
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    DATA_DIR: dataDir,
    PROOF_OF_WORK_MAX_NUMBER: '10',
    ...options.env,
  });
  const clock = new TestClock();
  const app = await createApp(config, pg ?? { url: options.databaseUrl as string }, options.logDestination, clock).catch(
    async (error: unknown) => {
      await ownPg?.stop();
      removeDataDir();
      throw error;
    },
  );
  try {
    await app.init();
    if (options.seed && !seeded) await app.get(SeedService).loadDemo();
  } catch (error) {
    await app.close();
    await ownPg?.stop();
    removeDataDir();
    throw error;
  }
  const http = request(app.getHttpServer());
  let closing: Promise<void> | undefined;
  return {
    app,
    dataDir,
    http,
    clock,
    async login(email, password = DEMO_PASSWORD) {
      const response = await http.post('/api/auth/login').send({ email, password });
      if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${response.text}`);
      return `Bearer ${(response.body as { token: string }).token}`;
    },
    close() {
      closing ??= (async () => {
        try {
          await app.close();
        } finally {
          await ownPg?.stop();
          removeDataDir();
        }
      })();
      return closing;
    },
  };
}

export interface DemoSession {
  t: TestApp;
  /** `Authorization` header of the demo commission's secretary. */
  secretary: string;
  commissionId: string;
}

/** The seeded app, signed in as the demo commission's secretary: the starting point of most specs. */
export async function startAsSecretary(): Promise<DemoSession> {
  const t = await startTestApp({ seed: true });
  const secretary = await t.login(DEMO.secretary);
  const commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id as string;
  return { t, secretary, commissionId };
}

export const DEMO = {
  admin: 'admin@demo.cocrea.mx',
  chair: 'maria.nava@demo.cocrea.mx',
  secretary: 'luis.parra@demo.cocrea.mx',
  commissioner: 'mariana.contreras@demo.cocrea.mx',
  representative: 'jimena.reigosa@demo.cocrea.mx',
  partner: 'javier.moro@demo.cocrea.mx',
} as const;

/**
 * The seeded app on a fresh database of the PostgreSQL server at TEST_DATABASE_URL when there is one (CI), else on
 * PGlite. Specs of concurrent requests use it: PGlite runs one transaction at a time, so only a real server can
 * interleave them and show a missing lock.
 */
export function startSeededOnServerIfAvailable(env?: Record<string, string>): Promise<TestApp> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  return serverUrl ? startSeededOnServer(serverUrl, env) : startTestApp({ seed: true, env });
}

/**
 * The seeded app on a database of its own, created on the server at `serverUrl` (named `<prefix>_<random>`) and
 * dropped when the app closes: a copy of the run's seeded template when there is one on that server (and not
 * `fromNothing`), else migrated and seeded here.
 */
export async function startSeededOnServer(
  serverUrl: string,
  env?: Record<string, string>,
  prefix = 'cocrea_test',
  { fromNothing = false } = {},
): Promise<TestApp> {
  const database = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = (sql: string) => runOnServer(serverUrl, sql);
  const template = fromNothing ? undefined : serverTemplate(serverUrl);
  await admin(template ? `CREATE DATABASE ${database} TEMPLATE ${template}` : `CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const t = await startTestApp({ databaseUrl: url.toString(), seed: true, databaseSeeded: template !== undefined, env });
  return {
    ...t,
    async close() {
      await t.close();
      await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}
