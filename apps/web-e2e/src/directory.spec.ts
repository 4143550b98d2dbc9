import { expect, signIn, test } from './fixtures';

const SECRETARY = { email: 'luis.parra@demo.cocrea.mx', password: 'Cocrea-2021' };

test.describe('members directory', () => {
  test('the secretary logs in, finds a commissioner by state, and switches to English and back', async ({ page }) => {
    // Without an account the front door is the public portal; members sign in from its toolbar.
    await page.goto('/');
    await expect(page).toHaveURL(/\/portal$/);
    await page.getByRole('link', { name: 'Entrar' }).click();
    await expect(page).toHaveURL(/\/login/);

    await page.getByLabel('Correo electrónico').fill(SECRETARY.email);
    await page.getByLabel('Contraseña').fill(SECRETARY.password);
    await page.getByRole('button', { name: 'Entrar' }).click();
    // Signed in, each person lands on their own home; the directory is one link away.
    await expect(page).toHaveURL(/\/inicio$/);
    await page.getByRole('link', { name: 'Directorio', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Directorio de integrantes' })).toBeVisible();
    await expect(page.getByRole('row')).not.toHaveCount(0);

    await page.getByLabel('Entidad federativa').click();
    await page.getByRole('option', { name: 'Morelos' }).click();
    await expect(page).toHaveURL(/state=Morelos/);
    const rows = page.getByRole('row').filter({ has: page.getByRole('link') });
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Dora Ivonne Rosales Sotelo');
    await page.screenshot({ path: 'test-output/members-page.png', fullPage: true });

    await rows.first().getByRole('link', { name: 'Dora Ivonne Rosales Sotelo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dora Ivonne Rosales Sotelo' })).toBeVisible();
    await expect(page.getByText('Organismo garante de transparencia de Morelos')).toBeVisible();
    await page.getByRole('link', { name: /Volver al directorio/ }).click();
    await expect(page).toHaveURL(/state=Morelos/);
    await expect(page.getByRole('row').filter({ has: page.getByRole('link') })).toHaveCount(1);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Members directory' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Members directory' })).toBeVisible();

    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Directorio de integrantes' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
  });

  test('a wrong password shows the server’s message and stays on the login page', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Correo electrónico').fill(SECRETARY.email);
    await page.getByLabel('Contraseña').fill('no-es-la-clave');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await expect(page.getByText('Credenciales incorrectas')).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test('searching without accents finds accented names, and an impossible search says so', async ({ page }) => {
    await signIn(page, SECRETARY.email);
    await page.goto('/directory');
    await page.getByLabel('Buscar').fill('echavarria');
    await expect(page.getByRole('link', { name: 'José Echavarría Trejo' })).toBeVisible();
    await page.getByLabel('Buscar').fill('zzzz no existe');
    await expect(page.getByText('No hay integrantes que coincidan con la búsqueda')).toBeVisible();
  });
});
