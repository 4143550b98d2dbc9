import { Page } from '@playwright/test';
import { bearer, expect, signIn, test } from './fixtures';

/**
 * The secretary administers without the api by hand: registers an organization, a person in it, and seats that
 * person in the commission as an observer (a partner's voice without a vote), disables and enables their account, then
 * finds them in the members list.
 */
const SECRETARY = 'luis.parra@demo.cocrea.mx';

/** True when the page scrolls sideways (something wider than the screen). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test('the secretary registers an organization and a person, and seats the person in the commission', async ({ page }) => {
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const organization = `Observatorio Ciudadano ${run}`;
  const person = `Mariana Solís ${run}`;
  const email = `mariana.${run}@observatorio.example.org`;

  await signIn(page, SECRETARY);
  await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Administración' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administración' })).toBeFocused();

  // An organization.
  await page.getByRole('link', { name: /Organizaciones/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organizaciones' })).toBeVisible();
  await page.getByRole('link', { name: 'Registrar organización' }).click();
  await page.getByLabel('Nombre', { exact: true }).fill(organization);
  await page.getByLabel('Siglas').fill(`OC${run}`.slice(0, 40));
  await page.getByRole('combobox', { name: 'Tipo' }).click();
  await page.getByRole('option', { name: 'Sociedad civil' }).click();
  await page.getByRole('button', { name: 'Registrar organización' }).click();
  await expect(page).toHaveURL(/\/admin\/organizaciones\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status')).toHaveText('Datos de la organización guardados.');

  // A person in it.
  await page.goto('/admin/personas/nueva');
  await page.getByLabel('Nombre completo').fill(person);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByRole('searchbox', { name: 'Buscar organización' }).fill(`OC${run}`);
  await page.getByRole('combobox', { name: 'Organización' }).click();
  await page.getByRole('option', { name: organization }).click();
  await page.getByRole('button', { name: 'Registrar persona' }).click();
  await expect(page).toHaveURL(/\/admin\/personas\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('status')).toHaveText('Datos de la persona guardados.');

  // Their account: disabling asks first, says what happened and can be undone; all of it fits a phone.
  const account = page.getByRole('region', { name: 'Cuenta y acceso' });
  await account.getByRole('button', { name: 'Deshabilitar la cuenta…' }).click();
  await expect(account.getByText(`¿Confirma que desea deshabilitar la cuenta de ${person}?`)).toBeFocused();
  await account.getByRole('button', { name: 'Sí, deshabilitar' }).click();
  await expect(account.getByRole('status')).toHaveText(`Se deshabilitó la cuenta de ${person} y se cerraron sus sesiones.`);
  await expect(account.getByRole('status')).toBeFocused();
  await expect(account.getByText(/Deshabilitado desde el/)).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await scrollsSideways(page)).toBe(false);
  await account.getByRole('button', { name: 'Habilitar la cuenta' }).click();
  await expect(account.getByRole('status')).toHaveText(`Se habilitó la cuenta de ${person}: ya puede iniciar sesión.`);
  await page.setViewportSize({ width: 1366, height: 900 });

  // Seated in the commission, without a vote.
  await page.goto('/admin/integrantes/nuevo');
  await page.getByLabel('Buscar persona por nombre o correo').fill(email);
  await expect(page.getByText('Elija a la persona entre los resultados.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Persona' }).click();
  await page.getByRole('option', { name: new RegExp(person) }).click();
  await page.getByRole('combobox', { name: 'Cargo' }).click();
  await page.getByRole('option', { name: 'Observador/a' }).click();
  await expect(page.getByRole('checkbox', { name: 'Tiene voto en las sesiones' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Agregar integrante' }).click();
  await expect(page.getByRole('status')).toHaveText('Integrante agregado a la comisión.');

  // In the members list, on a phone as on a laptop.
  await page.getByRole('link', { name: 'Volver a Integrantes' }).click();
  await page.getByLabel('Buscar integrante por nombre').fill(person);
  const row = page.getByRole('row', { name: new RegExp(person) });
  await expect(row).toContainText('Observador/a');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  expect(await scrollsSideways(page)).toBe(false);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await scrollsSideways(page)).toBe(false);
});

test('the secretary reads who changed what in Actividad, filtered by the person it was about, on a laptop and on a phone', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const auth = await bearer(request, SECRETARY);
  const partner = (await (await request.get('/api/people?q=javier.moro', { headers: auth })).json()).items[0] as {
    id: string;
    name: string;
  };
  expect((await request.post(`/api/people/${partner.id}/account/disable`, { headers: auth })).ok()).toBe(true);
  expect((await request.post(`/api/people/${partner.id}/account/enable`, { headers: auth })).ok()).toBe(true);

  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, SECRETARY);
  await page.goto('/admin');
  await page.getByRole('link', { name: /Actividad/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Actividad' })).toBeVisible();
  const events = page.getByRole('list').filter({ hasText: 'reactivó la cuenta' });
  await expect(events.getByRole('listitem').first()).toContainText(`Luis Gustavo Parra Noriega reactivó la cuenta de ${partner.name}.`);
  await expect(events.getByRole('listitem').nth(1)).toContainText(`desactivó la cuenta de ${partner.name}.`);
  expect(await scrollsSideways(page)).toBe(false);

  await events
    .getByRole('button', { name: `Solo lo relativo a ${partner.name}` })
    .first()
    .click();
  await expect(page.getByRole('button', { name: `Quitar filtro: relativo a ${partner.name}` })).toBeVisible();
  await expect(page.getByText('2 resultados')).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await scrollsSideways(page)).toBe(false);
});
