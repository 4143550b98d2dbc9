// A throwaway PostgreSQL server from Debian's packages: initdb into a temp dir, start on a free port, stop and delete;
// and the benches' shared baseline, pgbench's durable one-row INSERT rate on that server.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs a PostgreSQL binary as the `postgres` OS user when we are root (the server refuses to run as root). */
function pg(binary, args, options = {}) {
  const root = process.getuid?.() === 0;
  const [cmd, argv] = root ? ['runuser', ['-u', 'postgres', '--', join(BIN, binary), ...args]] : [join(BIN, binary), args];
  return execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options }).toString();
}

export async function startTempPostgres() {
  const dir = mkdtempSync(join(tmpdir(), 'cocrea-bench-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-instructions']);
  // Durable defaults (fsync, synchronous_commit on): the baseline and the api write to disk the same way.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=128MB`;
  pg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  const url = (db) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  return {
    port,
    dir,
    url,
    psql: (db, sql) =>
      pg('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql]),
    pgbench: (db, args) => pg('pgbench', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', ...args, db]),
    stop() {
      spawnSync(
        process.getuid?.() === 0 ? 'runuser' : join(BIN, 'pg_ctl'),
        process.getuid?.() === 0
          ? ['-u', 'postgres', '--', join(BIN, 'pg_ctl'), '-D', data, '-m', 'fast', 'stop']
          : ['-D', data, '-m', 'fast', 'stop'],
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** pgbench on `server`: one-row durable INSERTs by 20 clients (the api's pool size) for 5 s; returns transactions/s. */
export function pgbenchInsertRate(server) {
  server.psql('postgres', 'CREATE DATABASE pgbench_baseline');
  server.psql(
    'pgbench_baseline',
    'CREATE TABLE one_row (id bigserial PRIMARY KEY, v integer NOT NULL, at timestamptz NOT NULL DEFAULT now())',
  );
  const script = join(server.dir, 'insert.sql');
  writeFileSync(script, 'INSERT INTO one_row (v) VALUES (1);\n');
  const out = server.pgbench('pgbench_baseline', ['-n', '-c', '20', '-j', '2', '-T', '5', '-f', script]);
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
  if (!tps) throw new Error(`pgbench said: ${out}`);
  return tps;
}
