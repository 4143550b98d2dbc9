// The built api (`dist/apps/api/main.js`, from `nx build api`) as its own process on a benchmark's database.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Starts the api on `port` against `databaseUrl` with the demo seeded, and resolves once its health answers. `env`
 * adds settings of the bench's own (e.g. a rate limit lifted for the one address the load comes from).
 */
export async function startBuiltApi({ port, databaseUrl, logLevel = 'warn', env = {} }) {
  // BENCH_API_NODE_ARGS: extra node flags for the api alone (e.g. --cpu-prof for the profile behind a figure).
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist/apps/api/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
      LOG_LEVEL: logLevel,
      WEB_DIST: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const start = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() - start > 120_000) throw new Error('api did not start');
    await sleep(250);
  }
  return { base, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) };
}
