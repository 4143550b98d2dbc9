import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { samplePdf } from '../testing/sample-files';
import { startTestApp, TestApp } from '../testing/test-app';
import { prepareDataDir } from './data-dir';

const ADMIN = { ADMIN_EMAIL: 'operaciones@example.org', ADMIN_PASSWORD: 'una-clave-larga-de-prueba' };

/** Every path under `root` whose permissions let anyone but the owner in. */
function openToOthers(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => join(entry.parentPath, entry.name))
    .concat(root)
    .filter((path) => (statSync(path).mode & 0o077) !== 0);
}

jest.setTimeout(300_000);

describe('DATA_DIR at start', () => {
  let dataDir: string;
  let t: TestApp | undefined;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'cocrea-datadir-'))));
  afterEach(async () => {
    await t?.close();
    t = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('removes the socket folders of an embedded database that was killed', () => {
    mkdirSync(join(dataDir, '.pg-socket-AbC123'));
    writeFileSync(join(dataDir, '.pg-socket-AbC123', '.s.PGSQL.5432.lock'), '');
    prepareDataDir(dataDir);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.pg-socket-'))).toEqual([]);
  });

  it('makes what an earlier version left readable and writable by the owner only', () => {
    mkdirSync(join(dataDir, 'files', 'ab'), { recursive: true, mode: 0o777 });
    writeFileSync(join(dataDir, 'files', 'ab', 'carta.pdf'), 'x', { mode: 0o666 });
    chmodSync(join(dataDir, 'files', 'ab', 'carta.pdf'), 0o666);
    chmodSync(dataDir, 0o755);
    prepareDataDir(dataDir);
    expect(openToOthers(dataDir)).toEqual([]);
  });

  it('keeps the database files and new uploads owner-only, and removes an upload cut off before its row', async () => {
    const orphanKey = `ff/${randomUUID()}`;
    mkdirSync(join(dataDir, 'files', 'ff'), { recursive: true });
    writeFileSync(join(dataDir, 'files', orphanKey), samplePdf('huérfano'));
    prepareDataDir(dataDir);
    t = await startTestApp({ dataDir, env: ADMIN });
    const admin = await t.login(ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    const upload = await t.http
      .post('/api/attachments')
      .set('Authorization', admin)
      .attach('file', samplePdf('carta'), 'carta.pdf')
      .expect(201);

    expect(existsSync(join(dataDir, 'files', orphanKey))).toBe(false);
    const stored = readdirSync(join(dataDir, 'files'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(stored.map((e) => e.name)).toEqual([upload.body.id]);
    expect(openToOthers(join(dataDir, 'files'))).toEqual([]);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    await t.close();
    // PGlite makes its files 0666; the next start tightens them before the database opens.
    prepareDataDir(dataDir);
    expect(readdirSync(join(dataDir, 'pglite')).length).toBeGreaterThan(0);
    expect(openToOthers(dataDir)).toEqual([]);
  });

  it('keeps a recent unreferenced file when the store may be shared with another instance', async () => {
    t = await startTestApp({ env: ADMIN });
    const { OrphanFileSweeper, SHARED_STORE_GRACE_MS } = await import('../attachments/orphan-files');
    mkdirSync(join(t.dataDir, 'files', 'ee'), { recursive: true });
    const fresh = join(t.dataDir, 'files', 'ee', randomUUID());
    const old = join(t.dataDir, 'files', 'ee', randomUUID());
    writeFileSync(fresh, 'x');
    writeFileSync(old, 'x');
    const longAgo = new Date(Date.now() - 2 * SHARED_STORE_GRACE_MS);
    utimesSync(old, longAgo, longAgo);
    expect(await t.app.get(OrphanFileSweeper).sweep(SHARED_STORE_GRACE_MS)).toBe(1);
    expect([existsSync(fresh), existsSync(old)]).toEqual([true, false]);
  });
});
