import { workspaceRoot } from '@nx/devkit';
import { nxE2EPreset } from '@nx/playwright/preset';
import { defineConfig } from '@playwright/test';

/**
 * Journeys run against the real built platform (api + web on one port, fresh embedded database with the demo
 * commission), in Debian's Chromium: no browser is ever downloaded.
 *
 * They run in two lanes at once, one per core: each lane is a project with its own server (port, SMTP port and data
 * directory), and runs its files one at a time, so no journey ever sees another's writes while it runs. The second
 * lane takes the files listed below; the first takes every other file, so a new spec always runs somewhere.
 */
const port = Number(process.env['E2E_PORT'] ?? 3100);
/** Set by nx for the tasks it runs: `nx e2e web-e2e` has run the api and web builds already. */
const builtByNx = process.env['NX_TASK_TARGET_TARGET'] === 'e2e';
/** A server already running elsewhere (BASE_URL): one lane, since its data is shared. */
const external = process.env['BASE_URL'];

/** The second lane's files, chosen so both lanes take about as long. */
const SECOND_LANE = [
  'accounts',
  'admin',
  'challenge-journey',
  'challenges',
  'groups',
  'phone',
  'roll-call',
  'sessions',
  'voting-keyboard',
].map((name) => `**/${name}.spec.ts`);

interface Lane {
  name: string;
  baseURL: string;
  /** accounts.spec.ts and the challenge journeys read the mail that lane's server sends here (fixtures.ts). */
  smtpPort: number;
  dataDir: string;
}

/**
 * Two lanes unless E2E_LANES=1: on a machine busy with other work a second lane slows both lanes' journeys past their
 * timeouts, and one lane is the better choice there. (The config is read again in every worker, so the choice must not
 * depend on anything that changes during a run.)
 */
const laneCount = external || process.env['E2E_LANES'] === '1' ? 1 : 2;
const lanes: Lane[] = external
  ? [{ name: 'chromium', baseURL: external, smtpPort: port + 1, dataDir: '' }]
  : [
      { name: 'chromium', baseURL: `http://localhost:${port}`, smtpPort: port + 1, dataDir: 'tmp/e2e-data' },
      { name: 'chromium-2', baseURL: `http://localhost:${port + 2}`, smtpPort: port + 3, dataDir: 'tmp/e2e-data-2' },
    ].slice(0, laneCount);

export default defineConfig({
  ...nxE2EPreset(__filename, { testDir: './src' }),
  // Two lanes share two cores with the api servers and the browsers: a journey of three axe scans took 31.5 s in a
  // clean-clone CI run, so the budget is 60 s (journeys that need more still say so with test.setTimeout).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: lanes.length,
  reporter: [['list']],
  use: {
    locale: 'es-MX',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
  // Playwright starts these one after the other. Under `nx e2e web-e2e` nx has built api and web before (the e2e
  // target depends on their builds); run directly, the first server's command builds them and the second reuses that.
  webServer: external
    ? undefined
    : lanes.map((lane, index) => ({
        command: `rm -rf ${lane.dataDir} && ${index === 0 && !builtByNx ? 'npx nx run-many -t build -p api web && ' : ''}node dist/apps/api/main.js`,
        url: `${lane.baseURL}/api/health`,
        cwd: workspaceRoot,
        // A build on a busy 2-core machine takes minutes.
        timeout: index === 0 && !builtByNx ? 600_000 : 240_000,
        reuseExistingServer: false,
        env: {
          PORT: new URL(lane.baseURL).port,
          DATA_DIR: lane.dataDir,
          LOG_LEVEL: 'warn',
          NX_DAEMON: 'false',
          SMTP_URL: `smtp://127.0.0.1:${lane.smtpPort}`,
          MAIL_POLL_MS: '500',
          // Every journey signs in from the same address: the per-address login limit is for real clients.
          LOGIN_RATE_LIMIT: '100',
          // The sign-up's proof of work at a low difficulty, so a journey's browser solves it at once.
          PROOF_OF_WORK_MAX_NUMBER: '1000',
        },
      })),
  projects: lanes.map((lane, index) => ({
    name: lane.name,
    workers: 1,
    use: { baseURL: lane.baseURL },
    metadata: { smtpPort: lane.smtpPort },
    ...(lanes.length === 1 ? {} : index === 0 ? { testIgnore: SECOND_LANE } : { testMatch: SECOND_LANE }),
  })),
});
