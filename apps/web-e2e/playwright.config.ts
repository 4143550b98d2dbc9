import { workspaceRoot } from '@nx/devkit';
import { nxE2EPreset } from '@nx/playwright/preset';
import { defineConfig } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 3100);
const baseURL = process.env['BASE_URL'] ?? `http://localhost:${port}`;
const dataDir = 'tmp/e2e-data';
/** accounts.spec.ts starts an SMTP server on this port and reads the mail the platform sends there. */
const smtpPort = Number(process.env['E2E_SMTP_PORT'] ?? port + 1);

/**
 * Journeys run against the real built platform (api + web on one port, fresh embedded database
 * with the demo commission), in Debian's Chromium: no browser is ever downloaded.
 */
export default defineConfig({
  ...nxE2EPreset(__filename, { testDir: './src' }),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'es-MX',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
  webServer: process.env['BASE_URL']
    ? undefined
    : {
        command: `rm -rf ${dataDir} && npx nx run-many -t build -p api web && node dist/apps/api/main.js`,
        url: `${baseURL}/api/health`,
        cwd: workspaceRoot,
        timeout: 240_000,
        reuseExistingServer: false,
        env: {
          PORT: String(port),
          DATA_DIR: dataDir,
          LOG_LEVEL: 'warn',
          NX_DAEMON: 'false',
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          MAIL_POLL_MS: '500',
          // Every journey signs in from the same address: the per-address login limit is for real clients.
          LOGIN_RATE_LIMIT: '100',
          // The sign-up's proof of work at a low difficulty, so a journey's browser solves it at once.
          PROOF_OF_WORK_MAX_NUMBER: '1000',
        },
      },
  projects: [{ name: 'chromium' }],
});
