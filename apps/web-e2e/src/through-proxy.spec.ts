import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { CHAIR, COMMISSIONER, openRoomWithPoll } from './room-setup';

/**
 * The deployed topology as a browser meets it: `deploy/local-cluster.sh` (nginx in front of two api instances,
 * Redis, PostgreSQL), everything reached through the proxy's one origin. Node clients send no Origin, so only a
 * browser shows that the proxy keeps the host's port, which the live room and co-editing check against the Origin.
 */
const E2E_PORT = Number(process.env['E2E_PORT'] ?? 3100);
const PORTS = {
  PROXY_PORT: E2E_PORT + 40,
  API1_PORT: E2E_PORT + 41,
  API2_PORT: E2E_PORT + 42,
  PG_PORT: E2E_PORT + 43,
  REDIS_PORT: E2E_PORT + 44,
};
const PROXY = `http://127.0.0.1:${PORTS.PROXY_PORT}`;
const CLUSTER = join(__dirname, '../../../deploy/local-cluster.sh');
const env = {
  ...process.env,
  ...Object.fromEntries(Object.entries(PORTS).map(([k, v]) => [k, String(v)])),
  CLUSTER_DIR: `/tmp/cocrea-e2e-cluster-${E2E_PORT}`,
};

const TITLE = 'Sesión Extraordinaria a través del proxy (e2e)';
const SUBJECT = 'Aprobación por el proxy (e2e)';
const GESOC_PARTNER = 'javier.moro@demo.cocrea.mx';
const DOCUMENT_PATH = [
  'Grupos de trabajo',
  'Estado del arte de apertura',
  'Diagnóstico de la situación de apertura en las entidades federativas',
];

function cluster(command: 'start' | 'stop'): void {
  const run = spawnSync('bash', [CLUSTER, command], { env, encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0) throw new Error(`local-cluster.sh ${command} failed:\n${run.stdout}\n${run.stderr}`);
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: PROXY })).newPage();
  await signIn(page, email);
  return page;
}

test.describe('through the proxy of the deployed topology', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    cluster('stop');
    cluster('start');
  });
  test.afterAll(() => cluster('stop'));

  test('a commissioner votes in the live room while the chair, on the same origin, sees the count move', async ({ browser }) => {
    const { meetingId } = await openRoomWithPoll(PROXY, TITLE, SUBJECT);
    const chair = await signedIn(browser, CHAIR);
    const commissioner = await signedIn(browser, COMMISSIONER);
    for (const page of [chair, commissioner]) {
      await page.goto(`/sessions/${meetingId}`);
      await expect(page.getByText('En vivo', { exact: true })).toBeVisible();
    }
    const onChair = chair.getByRole('article', { name: SUBJECT });
    await expect(onChair).toContainText('Han votado 0 de');

    const ballot = commissioner.getByRole('article', { name: SUBJECT }).getByRole('group', { name: 'Su voto' });
    await ballot.getByRole('radio', { name: 'A favor' }).check();
    await ballot.getByRole('button', { name: 'Emitir mi voto' }).click();
    await ballot.getByRole('button', { name: 'Sí, emitir' }).click();
    await expect(ballot.getByRole('status').filter({ hasText: 'Voto registrado' })).toBeVisible();
    // No reload: the chair's screen got it over its own live socket, through the proxy and Redis.
    await expect(onChair).toContainText('Han votado 1 de');
  });

  test('two browsers on the same document: what the coordinator types reaches the partner live', async ({ browser }) => {
    const coordinator = await signedIn(browser, CHAIR);
    for (const link of DOCUMENT_PATH) await coordinator.getByRole('link', { name: link }).click();
    await coordinator.getByRole('link', { name: 'Documentos colaborativos de este producto' }).click();
    await coordinator.getByRole('link', { name: 'Diagnóstico de la situación de apertura (borrador)' }).click();
    await expect(coordinator.getByText(/Conectado: los cambios se guardan en vivo/)).toBeVisible();

    const partner = await signedIn(browser, GESOC_PARTNER);
    await partner.goto(coordinator.url());
    await expect(partner.getByText(/Conectado en modo de lectura/)).toBeVisible();

    const typed = ' Escrito a través del proxy.';
    await coordinator.getByTestId('document-editor').locator('.ProseMirror').click();
    await coordinator.keyboard.press('Control+End');
    await coordinator.keyboard.type(typed);
    await expect(partner.getByTestId('document-editor')).toContainText(typed.trim());
  });
});
