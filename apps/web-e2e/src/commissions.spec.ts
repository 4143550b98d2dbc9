import { expect, signIn, test } from './fixtures';

/**
 * Two commissions in one installation, end to end: a person who sits on both switches commission in the header and
 * sees the other commission's sessions (and only those); a person with one seat sees no switcher; the portal lists
 * both commissions, each with its own sessions and members; an admin creates a third.
 */

const SECRETARY = 'luis.parra@demo.cocrea.mx';
const CHAIR = 'maria.nava@demo.cocrea.mx';
const ADMIN = 'admin@demo.cocrea.mx';
const FIRST_SESSION = 'Primera Sesión Ordinaria 2021';
const ARCHIVES_SESSION = 'Primera Sesión Ordinaria 2020 de Archivos';

test.describe('several commissions', () => {
  test.setTimeout(90_000);

  test('the secretary of both commissions switches to the archives commission and sees its sessions, on a phone too', async ({ page }) => {
    await signIn(page, SECRETARY);
    // On a phone the switcher stays in the toolbar's row (the navigation folds behind "Menú").
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/sessions');
    const sessions = page.locator('main');
    await expect(sessions.getByRole('link', { name: FIRST_SESSION, exact: true })).toBeVisible();
    await expect(sessions.getByRole('link', { name: ARCHIVES_SESSION })).toHaveCount(0);

    const switcher = page.getByLabel('Comisión', { exact: true });
    await expect(switcher).toBeVisible();
    // On a phone each option shows its acronym; the full name is its title.
    await expect(switcher.locator('option', { hasText: 'CAGD' })).toHaveAttribute('title', 'Comisión de Archivos y Gestión Documental');
    // The select is a native control: the keyboard chooses, as a person would.
    await switcher.focus();
    await switcher.selectOption({ label: 'CAGD' });
    // The URL names the commission, so the link can be shared.
    await expect(page).toHaveURL(/\/sessions\?comision=CAGD$/);

    await expect(sessions.getByText('Comisión de Archivos y Gestión Documental', { exact: true })).toBeVisible();
    await expect(sessions.getByRole('link', { name: ARCHIVES_SESSION })).toBeVisible();
    await expect(sessions.getByRole('link', { name: FIRST_SESSION, exact: true })).toHaveCount(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);

    // The choice is remembered: the agreements board opens in the same commission.
    await page.goto('/voting/agreements');
    await expect(page.locator('main').getByText(/CAGD\/01\/26-11-2020/)).toBeVisible();
    await expect(page.locator('main').getByText(/CGATP\//)).toHaveCount(0);
  });

  test('a shared link that names a commission opens the page in it, whatever was chosen before', async ({ page }) => {
    await signIn(page, SECRETARY);
    await page.goto('/voting/agreements?comision=CAGD');
    await expect(page.locator('main').getByText(/CAGD\/01\/26-11-2020/)).toBeVisible();
    await expect(page.getByLabel('Comisión', { exact: true })).toHaveValue(/.+/);
    await expect(page.getByLabel('Comisión', { exact: true }).locator('option:checked')).toHaveText(/CAGD/);
    await page.goto('/voting/agreements?comision=CGATP');
    await expect(
      page
        .locator('main')
        .getByText(/CGATP\//)
        .first(),
    ).toBeVisible();
    await expect(page.locator('main').getByText(/CAGD\//)).toHaveCount(0);
  });

  test('a person with one seat sees no commission switcher', async ({ page }) => {
    await signIn(page, CHAIR);
    await page.goto('/sessions');
    await expect(page.locator('main').getByRole('link', { name: FIRST_SESSION, exact: true })).toBeVisible();
    await expect(page.getByLabel('Comisión', { exact: true })).toHaveCount(0);
  });

  test('the portal lists both commissions, each with its own sessions and members', async ({ page }) => {
    await page.goto('/portal/commissions');
    const list = page.getByTestId('portal-commissions');
    await expect(list.getByRole('link', { name: /Comisión de Gobierno Abierto y de Transparencia Proactiva \(CGATP\)/ })).toBeVisible();
    await list.getByRole('link', { name: /Comisión de Archivos y Gestión Documental \(CAGD\)/ }).click();

    await expect(page.getByRole('heading', { level: 1, name: /Comisión de Archivos y Gestión Documental/ })).toBeVisible();
    await expect(page.getByTestId('portal-commission-members').getByRole('listitem')).toHaveCount(5);
    await page.getByRole('link', { name: 'Sesiones de esta comisión' }).click();
    await expect(page.locator('main').getByRole('link', { name: ARCHIVES_SESSION })).toBeVisible();
    await expect(page.locator('main').getByRole('link', { name: FIRST_SESSION, exact: true })).toHaveCount(0);
  });

  test('an admin creates a commission, which the switcher then offers', async ({ page }) => {
    await signIn(page, ADMIN);
    await page.goto('/admin/comisiones/nueva');
    await page.getByLabel('Nombre').fill('Comisión de Capacitación, Educación y Cultura');
    await page.getByLabel('Siglas').fill('CCEC');
    await page.getByLabel('Prefijo de los acuerdos').fill('CCEC');
    await page.getByLabel('Fundamento legal').fill('artículo 32 de los Lineamientos de las Instancias del Sistema');
    await page.getByRole('button', { name: 'Crear comisión' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Editar comisión' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Se guardaron los datos de la comisión.');
    await expect(page.getByLabel('Comisión', { exact: true }).locator('option')).toHaveCount(3);
  });
});
