import { expect, seriousViolations, signIn, test } from './fixtures';

test.describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  test('the login page has no serious or critical violations', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('button', { name: 'Entrar' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the home, the directory and a person page have none, and the login works from the keyboard alone', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Correo electrónico').focus();
    await page.keyboard.type('maria.nava@demo.cocrea.mx');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Cocrea-2021');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/inicio$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/directory');
    await expect(page.getByRole('heading', { level: 1, name: 'Directorio de integrantes' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Adrián Alcalá Méndez' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Adrián Alcalá Méndez' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Adrián Alcalá Méndez' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the follow-up board of agreements and an agreement page have none', async ({ page }) => {
    await signIn(page, 'luis.parra@demo.cocrea.mx');
    await page.getByRole('link', { name: 'Acuerdos', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Seguimiento de acuerdos' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'CGATP/03/17-12-2020' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'CGATP/03/17-12-2020' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Acuerdo CGATP/03/17-12-2020' })).toBeVisible();
    await expect(page.getByText('Plan Anual de Trabajo 2020-2021 de la Comisión')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the documents of a deliverable and the live editor have none', async ({ page }) => {
    // Signing in, opening the editor and connecting it takes longer than 30 s on a loaded machine.
    test.setTimeout(90_000);
    await signIn(page, 'maria.nava@demo.cocrea.mx');
    await page.getByRole('link', { name: 'Grupos de trabajo' }).click();
    await page.getByRole('link', { name: 'Estado del arte de apertura' }).click();
    await page.getByRole('link', { name: 'Diagnóstico de la situación de apertura en las entidades federativas' }).click();
    await page.getByRole('link', { name: 'Documentos colaborativos de este producto' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Documentos colaborativos' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Diagnóstico de la situación de apertura (borrador)' }).click();
    await expect(page.getByText(/Conectado: los cambios se guardan en vivo/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Versiones' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
