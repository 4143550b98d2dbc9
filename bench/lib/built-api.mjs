// The built api (`dist/apps/api/main.js`, from `nx build api`) as its own process on a benchmark's database.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  return { base, cpuMs: () => processCpuMs(child.pid), stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) };
}

/** A process's user + system CPU time so far in ms (Linux `/proc/<pid>/stat`, clock ticks of 10 ms); NaN elsewhere. */
export function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
