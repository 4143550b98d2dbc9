// Jest's globalSetup for the api project: migrates and seeds once per run the databases every spec file copies
// (see database-copies.ts). The app is built in a child process, so nothing it loads (Yjs marks the global object,
// for one) leaks into the jest process, which runs a single spec file in itself.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGLITE_COPIES_VARIABLE, SERVER_TEMPLATE_VARIABLE } from './database-copies';

const WORKSPACE = join(__dirname, '../../../..');

export default async function globalSetup(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'cocrea-test-copies-'));
  process.env[PGLITE_COPIES_VARIABLE] = directory;
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) process.env[SERVER_TEMPLATE_VARIABLE] = `${serverUrl} cocrea_test_template_${randomBytes(4).toString('hex')}`;
  await promisify(execFile)(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(__dirname, 'make-database-copies.ts')],
    {
      cwd: WORKSPACE,
      env: { ...process.env, TS_NODE_PROJECT: 'apps/api/tsconfig.spec.json', TS_NODE_TRANSPILE_ONLY: '1', TS_NODE_SWC: 'true' },
    },
  );
}
