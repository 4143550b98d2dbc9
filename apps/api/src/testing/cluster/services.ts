import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * Real services for the multi-instance tests: a throwaway PostgreSQL cluster and a redis-server from Debian's packages,
 * and api processes, all on loopback. In CI a missing binary fails the run; elsewhere the suites skip.
 */
/** Debian's newest PostgreSQL (15 on bookworm) unless PG_BIN says otherwise. */
export const PG_BIN =
  process.env['PG_BIN'] ??
  `/usr/lib/postgresql/${
    (existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : ['15']).sort((x, y) => Number(y) - Number(x))[0]
  }/bin`;
export const REDIS_SERVER = process.env['REDIS_SERVER'] ?? '/usr/bin/redis-server';
const ROOT = join(__dirname, '../../../../..');

/** Whether this machine can run the cluster tests; in CI their absence is an error, not a skip. */
export function clusterAvailable(): boolean {
  const present = existsSync(join(PG_BIN, 'initdb')) && existsSync(REDIS_SERVER);
  if (!present && process.env['CI'] === 'true') throw new Error(`CI needs PostgreSQL (${PG_BIN}) and redis-server (${REDIS_SERVER})`);
  return present;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Synchronous teardown of everything started here, for a process ended by a signal (a benchmark's Ctrl-C). */
const teardowns = new Set<() => void>();
export function tearDownOnSignals(): void {
  const stop = () => {
    for (const teardown of teardowns) teardown();
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function eventually<T>(check: () => T | Promise<T>, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

const asRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the `postgres` OS user when we are root (the server refuses to run as root). */
function pg(binary: string, args: string[]): string {
  const [cmd, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, binary), ...args]] : [join(PG_BIN, binary), args];
  return execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

export interface TempPostgres {
  port: number;
  url(db: string): string;
  psql(db: string, sql: string): string;
  /** `pg_ctl stop -m immediate`: a crash, as far as the data directory knows. */
  crash(): void;
  start(): void;
  destroy(): void;
}

/** initdb into a temp dir and start on a free port, with the durable defaults (fsync, synchronous_commit, full_page_writes on). */
export async function startTempPostgres(): Promise<TempPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'cocrea-cluster-pg-'));
  if (asRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-instructions']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const start = () => void pg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  start();
  const destroy = () => {
    teardowns.delete(destroy);
    const [cmd, argv] = asRoot()
      ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop']]
      : [join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']];
    spawnSync(cmd, argv, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  teardowns.add(destroy);
  return {
    port,
    url: (db) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    psql: (db, sql) =>
      pg('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql]),
    crash: () => void pg('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']),
    start,
    destroy,
  };
}

export interface RedisServer {
  port: number;
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A redis-server without persistence on a free port; `stop` + `start` is a restart on the same port. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  teardowns.add(() => child?.kill('SIGKILL'));
  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      await eventually(
        () =>
          spawnSync('redis-cli', ['-p', String(port), 'ping'])
            .stdout?.toString()
            .includes('PONG'),
        'redis-server',
      );
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      await new Promise((resolve) => {
        running.once('exit', resolve);
        running.kill('SIGKILL');
      });
    },
  };
  await server.start();
  return server;
}

export interface ApiProcess {
  base: string;
  port: number;
  /** Starts (again) and waits for /api/health. */
  start(): Promise<void>;
  /** SIGKILL: no shutdown hooks, no flush. */
  kill(): Promise<void>;
  /** Whether the process started last is still running (false once it exited, by itself or killed). */
  alive(): boolean;
  stop(): Promise<void>;
}

/**
 * The api's own main.ts in a child process, compiled on the fly by ts-node with swc (no webpack build).
 */
export async function apiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  teardowns.add(() => child?.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  const exited = (c: ChildProcess) =>
    new Promise((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve(null) : c.once('exit', resolve)));
  const api: ApiProcess = {
    base,
    port,
    async start() {
      // BENCH_API_NODE_ARGS: node flags for the api processes alone (e.g. --cpu-prof for the profile behind a bench figure).
      const nodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
      const c = spawn(process.execPath, [...nodeArgs, '-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
        cwd: ROOT,
        env: {
          ...process.env,
          TS_NODE_PROJECT: 'apps/api/tsconfig.app.json',
          TS_NODE_TRANSPILE_ONLY: '1',
          TS_NODE_SWC: 'true',
          NODE_OPTIONS: '',
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'error',
          WEB_DIST: '/nonexistent',
          ...env,
        },
        stdio: ['ignore', 'ignore', process.env['CLUSTER_DEBUG'] ? 'inherit' : 'ignore'],
      });
      child = c;
      await eventually(
        async () => {
          if (c.exitCode !== null) throw new Error(`api exited with ${c.exitCode}`);
          return fetch(`${base}/api/health`).then(
            (r) => r.ok,
            () => false,
          );
        },
        `api on ${port}`,
        // Compiling and booting takes ~10 s on an idle 2-core machine, minutes when it is shared with other work.
        240_000,
      );
    },
    alive: () => child !== undefined && child.exitCode === null && child.signalCode === null,
    async kill() {
      if (!child) return;
      const c = child;
      child = undefined;
      c.kill('SIGKILL');
      await exited(c);
    },
    async stop() {
      if (!child) return;
      const c = child;
      child = undefined;
      c.kill('SIGTERM');
      const timer = setTimeout(() => c.kill('SIGKILL'), 10_000);
      await exited(c);
      clearTimeout(timer);
    },
  };
  return api;
}
