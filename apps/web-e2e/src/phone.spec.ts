import { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

/**
 * Reflow (WCAG 1.4.10): at 320 and 390 px no page scrolls sideways, signed in or not; axe does not catch it. On a
 * phone the navigation sits behind "Menú", which closes once a link is followed.
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

  test('no page of the secretary scrolls sideways at 320 or 390 px; "Menú" opens the navigation and a link closes it', async ({ page }) => {
    await signIn(page, 'luis.parra@demo.cocrea.mx');
    expect(await visitAll(page, SIGNED_IN)).toEqual([]);

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
