import { APIRequestContext, Page } from '@playwright/test';
import { bearer, expect, signIn, test } from './fixtures';

/**
 * Reflow (WCAG 1.4.10): at 320 and 390 px no page scrolls sideways, signed in or not; axe does not catch it. On a
 * phone the navigation sits behind "Menú", which closes once a link is followed. Besides the lists, the pages of one
 * thing: a group, a document, a session's room, its minutes and its projector.
 */
const SIGNED_IN = [
  '/inicio',
  '/directory',
  '/groups',
  '/sessions',
  '/sessions/new',
  '/voting/agreements',
  '/admin',
  '/admin/personas',
  '/admin/integrantes',
  '/cuenta',
  '/invitar',
];
const PUBLIC = [
  '/portal',
  '/portal/sessions',
  '/portal/agreements',
  '/portal/groups',
  '/portal/commissioners',
  '/portal/challenges',
  '/portal/data',
];

/** The demo's pages of one thing, found through the api: its first group and document, and its session of 2021. */
async function pagesOfOneThing(api: APIRequestContext): Promise<string[]> {
  const headers = await bearer(api, 'luis.parra@demo.cocrea.mx');
  const read = async (url: string) => (await api.get(url, { headers })).json();
  const commissionId = (await read('/api/commissions')).items[0].id as string;
  const groups = (await read(`/api/commissions/${commissionId}/groups?status=active`)).items as Array<{ id: string }>;
  const documents = await Promise.all(
    groups.map(async (g) => (await read(`/api/documents?groupId=${g.id}`)).items as Array<{ id: string }>),
  );
  const documentId = documents.flat()[0].id;
  const session = (
    (await read(`/api/commissions/${commissionId}/meetings?status=closed`)).items as Array<{ id: string; title: string }>
  ).find((m) => m.title === 'Primera Sesión Ordinaria 2021');
  const sessionId = session?.id as string;
  return [
    `/groups/${groups[0].id}`,
    `/documents/${documentId}`,
    '/documents',
    `/sessions/${sessionId}`,
    `/sessions/${sessionId}/minutes`,
    `/sessions/${sessionId}/projector`,
  ];
}

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function visitAll(page: Page, paths: string[]): Promise<string[]> {
  const wide: string[] = [];
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) wide.push(`${path} at ${width} px: ${overflow} px too wide`);
    }
  }
  return wide;
}

test.describe('on a phone', () => {
  test.setTimeout(240_000);

  test('no public page scrolls sideways at 320 or 390 px', async ({ page }) => {
    expect(await visitAll(page, PUBLIC)).toEqual([]);
  });

  test('no page of the secretary scrolls sideways at 320 or 390 px; "Menú" opens the navigation and a link closes it', async ({
    page,
    request,
  }) => {
    await signIn(page, 'luis.parra@demo.cocrea.mx');
    expect(await visitAll(page, [...SIGNED_IN, ...(await pagesOfOneThing(request))])).toEqual([]);

    await page.goto('/inicio');
    const menu = page.getByRole('button', { name: 'Menú' });
    await expect(page.getByRole('link', { name: 'Sesiones', exact: true })).toBeHidden();
    await menu.click();
    await expect(page.getByRole('button', { name: 'Cerrar menú' })).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('link', { name: 'Sesiones', exact: true }).click();
    await expect(page).toHaveURL(/\/sessions$/);
    await expect(page.getByRole('button', { name: 'Menú' })).toHaveAttribute('aria-expanded', 'false');
  });
});
