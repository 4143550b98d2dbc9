import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seriousViolations, test } from './fixtures';

const SESSION_2021 = 'Primera Sesión Ordinaria 2021';
const WORKING_GROUPS = /Propuesta de grupos de trabajo e inclusión de integrantes de la Comisión/;

test.describe('public portal (anonymous visitor)', () => {
  test('finds the working-groups agreement reviewed on 15 February 2021, its session, who represented whom, the agenda vote, and the CSV', async ({
    page,
  }) => {
    // No account: the front door is the portal.
    await page.goto('/');
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Comisión de Gobierno Abierto y de Transparencia Proactiva' })).toBeVisible();

    // Search across the portal, without accents.
    await page.getByLabel('Buscar en el portal').fill('grupos de trabajo');
    await page.getByRole('button', { name: 'Buscar' }).click();
    await expect(page).toHaveURL(/\/portal\/search\?q=grupos/);
    const hit = page.getByRole('listitem').filter({ hasText: WORKING_GROUPS });
    await hit.getByRole('link').click();

    // The agreement, by its stable number, with its follow-up status.
    await expect(page.getByRole('heading', { level: 1, name: /^Acuerdo CGATP\/\d{2}\/17-12-2020$/ })).toBeVisible();
    await expect(page.getByText(WORKING_GROUPS)).toBeVisible();
    await expect(page.getByText('En desarrollo')).toBeVisible();
    const number = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace('Acuerdo ', '').trim();

    // The session of 15 February 2021 that reviewed it: the sessions of 2021.
    await page.getByRole('navigation', { name: 'Secciones del portal' }).getByRole('link', { name: 'Sesiones' }).click();
    await page.getByLabel('Año').selectOption('2021');
    await expect(page).toHaveURL(/year=2021/);
    await page.getByRole('link', { name: SESSION_2021 }).click();
    await expect(page.getByRole('heading', { level: 1, name: SESSION_2021 })).toBeVisible();
    const shareable = page.url();

    // Who was represented, and by whom.
    const represented = page.getByRole('row').filter({ hasText: 'Paulina Elizabeth Compean Torres' });
    await expect(represented).toContainText('En representación');
    await expect(represented).toContainText('Ruvalcaba');

    // How the agenda vote went, under its agenda item.
    const agendaItem = page.getByRole('listitem').filter({ hasText: /^\s*Aprobación del Orden del Día/ });
    await expect(agendaItem.first()).toContainText('Aprobado por unanimidad');

    // The session's URL is stable: opened fresh, it shows the same session.
    await page.goto(shareable);
    await expect(page.getByRole('heading', { level: 1, name: SESSION_2021 })).toBeVisible();

    // The agreements as open data: UTF-8 with a BOM, the documented header, the agreement's row.
    await page.getByRole('navigation', { name: 'Secciones del portal' }).getByRole('link', { name: 'Acuerdos' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Acuerdos de la Comisión' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Descargar acuerdos (CSV)' }).click();
    const bytes = readFileSync(await (await download).path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split(/\r?\n/);
    expect(lines[0].split(',').slice(0, 3)).toEqual(['number', 'agreement_id', 'session_id']);
    const row = lines.find((line) => line.startsWith(`${number},`));
    expect(row).toMatch(WORKING_GROUPS);
    expect(row).toContain('Cuarta Sesión Ordinaria 2020');
  });

  test('the English interface is a click away', async ({ page }) => {
    await page.goto('/portal/agreements');
    await expect(page.getByRole('heading', { level: 1, name: 'Acuerdos de la Comisión' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Agreements of the Commission' })).toBeVisible();
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Acuerdos de la Comisión' })).toBeVisible();
  });

  test.describe('accessibility of every portal page (axe-core, WCAG 2.2 AA: no serious or critical violations)', () => {
    // axe-core takes seconds per page on the shared 2-core machine; three pages per test need more than the default 30 s.
    test.describe.configure({ timeout: 90_000 });

    /** Opens `url` (or stays), waits until the page `heading` has loaded, and lists its serious violations with its URL. */
    async function violationsOn(page: Page, url: string | null, heading: string | RegExp): Promise<{ page: string; violations: string[] }> {
      if (url) await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('mat-progress-bar')).toHaveCount(0);
      return { page: new URL(page.url()).pathname, violations: await seriousViolations(page) };
    }
    const none = expect.objectContaining({ violations: [] });

    test('home, sessions and a session', async ({ page }) => {
      expect(await violationsOn(page, '/portal', 'Comisión de Gobierno Abierto y de Transparencia Proactiva')).toEqual(none);
      expect(await violationsOn(page, '/portal/sessions', 'Sesiones de la Comisión')).toEqual(none);
      await page.getByRole('link', { name: SESSION_2021 }).click();
      expect(await violationsOn(page, null, SESSION_2021)).toEqual(none);
    });

    test('agreements, an agreement and search', async ({ page }) => {
      expect(await violationsOn(page, '/portal/agreements', 'Acuerdos de la Comisión')).toEqual(none);
      await page
        .getByRole('link', { name: /^CGATP\/\d{2}\/17-12-2020$/ })
        .first()
        .click();
      expect(await violationsOn(page, null, /^Acuerdo CGATP/)).toEqual(none);
      expect(await violationsOn(page, '/portal/search?q=grupos', 'Resultados para «grupos»')).toEqual(none);
    });

    test('working groups, a group and documents', async ({ page }) => {
      expect(await violationsOn(page, '/portal/groups', 'Grupos de trabajo')).toEqual(none);
      await page.getByRole('link', { name: 'Apertura en COVID-19' }).click();
      expect(await violationsOn(page, null, 'Apertura en COVID-19')).toEqual(none);
      expect(await violationsOn(page, '/portal/documents', 'Documentos publicados')).toEqual(none);
    });

    test('voting records, a voting record and open data', async ({ page }) => {
      expect(await violationsOn(page, '/portal/commissioners', 'Registro de votaciones')).toEqual(none);
      await page.getByLabel('Entidad federativa').selectOption('Durango');
      await expect(page).toHaveURL(/state=Durango/);
      await page.getByRole('link', { name: 'Paulina Elizabeth Compean Torres' }).click();
      expect(await violationsOn(page, null, 'Paulina Elizabeth Compean Torres')).toEqual(none);
      expect(await violationsOn(page, '/portal/data', 'Datos abiertos')).toEqual(none);
    });
  });
});

test.describe('public portal, live', () => {
  test.setTimeout(120_000);

  test('an open session’s page follows the current agenda item without reload', async ({ page, playwright, baseURL }) => {
    // The chair runs the session through the api (a bearer token, no browser), the visitor only watches.
    const login = await playwright.request.newContext({ baseURL });
    const { token } = (await (
      await login.post('/api/auth/login', { data: { email: 'maria.nava@demo.cocrea.mx', password: 'Cocrea-2021' } })
    ).json()) as { token: string };
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    const ok = async <T>(response: Promise<{ ok(): boolean; status(): number; text(): Promise<string>; json(): Promise<unknown> }>) => {
      const r = await response;
      expect(r.ok(), `${r.status()} ${await r.text()}`).toBe(true);
      return (await r.json()) as T;
    };
    type State = { meeting: { id: string }; agenda: { id: string; title: string }[]; attendance: { personId: string; votes: boolean }[] };
    const commissions = await ok<{ items: { id: string }[] }>(api.get('/api/commissions'));
    const created = await ok<State>(
      api.post(`/api/commissions/${commissions.items[0].id}/meetings`, {
        data: {
          title: 'Sesión Extraordinaria en vivo',
          kind: 'extraordinary',
          scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
          agenda: [
            { title: 'Lista de asistencia y quórum', kind: 'procedural' },
            { title: 'Informe del grupo de trabajo', kind: 'report' },
          ],
        },
      }),
    );
    const id = created.meeting.id;
    await ok(api.post(`/api/meetings/${id}/convene`, { data: {} }));
    // Quorum: every voting member present.
    for (const row of created.attendance.filter((a) => a.votes)) {
      await ok(api.put(`/api/meetings/${id}/attendance/${row.personId}`, { data: { status: 'present' } }));
    }
    await ok(api.post(`/api/meetings/${id}/open`, { data: {} }));
    await ok(api.put(`/api/meetings/${id}/current-item`, { data: { agendaItemId: created.agenda[0].id } }));

    await page.goto(`/portal/sessions/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sesión Extraordinaria en vivo' })).toBeVisible();
    await expect(page.getByText('En vivo: esta página se actualiza sola')).toBeVisible();
    await expect(page.locator('[aria-current="step"]')).toContainText('Lista de asistencia y quórum');

    await ok(api.put(`/api/meetings/${id}/current-item`, { data: { agendaItemId: created.agenda[1].id } }));
    await expect(page.locator('[aria-current="step"]')).toContainText('Informe del grupo de trabajo');
    await expect(page.locator('[aria-current="step"]')).toContainText('En curso');
    await api.dispose();
    await login.dispose();
  });
});
