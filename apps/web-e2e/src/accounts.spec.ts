import type { APIRequestContext, Page } from '@playwright/test';
import { mimeParts } from '../../api/src/testing/smtp-sink';
import { bearer, DEMO_PASSWORD, expect, signIn, startMailSink, test } from './fixtures';

/**
 * Accounts and role-fitting navigation, end to end: mail really goes out through SMTP to the test's server
 * (fixtures.ts `startMailSink`), and the journeys read what arrived.
 */

// Each journey signs in several times and waits for real mail: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });
let mail: Awaited<ReturnType<typeof startMailSink>>;

test.beforeAll(async () => {
  mail = await startMailSink();
});

test.afterAll(async () => {
  await mail.close();
});

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Salir' }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function aSessionId(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/auth/login', { data: { email: 'luis.parra@demo.cocrea.mx', password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${(await login.json()).token}` };
  const commissions = await (await request.get('/api/commissions', { headers })).json();
  const meetings = await (await request.get(`/api/commissions/${commissions.items[0].id}/meetings`, { headers })).json();
  return meetings.items[0].id as string;
}

test('an admin invites a partner’s staff member, who sets a password from the mail and lands on a home with their group’s deliverable due', async ({
  page,
}) => {
  await signIn(page, 'admin@demo.cocrea.mx');
  await page.getByRole('link', { name: 'Invitar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invitar a una persona' })).toBeVisible();
  await page.getByLabel('Nombre completo').fill('Lucía Herrera Campos');
  await page.getByLabel('Correo electrónico').fill('lucia.herrera@gesoc.example.org');
  await page.getByRole('combobox', { name: 'Grupo de trabajo' }).click();
  await page.getByRole('option', { name: 'Estado del arte de apertura' }).click();
  await page.getByRole('button', { name: 'Enviar invitación' }).click();
  await expect(page.getByRole('status')).toContainText('Invitación enviada a lucia.herrera@gesoc.example.org');
  await signOut(page);

  const token = await mail.linkToken('lucia.herrera@gesoc.example.org', '/invitacion');
  await page.goto(`/invitacion#${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenida a Cocrea' })).toBeVisible();
  await page.getByLabel('Contraseña nueva', { exact: true }).fill('Mi-clave-de-gesoc');
  await page.getByRole('button', { name: 'Guardar contraseña' }).click();
  await expect(page.getByRole('status')).toContainText('Ya puede iniciar sesión');

  await signIn(page, 'lucia.herrera@gesoc.example.org', 'Mi-clave-de-gesoc');
  await expect(page).toHaveURL(/\/inicio$/);
  const owed = page.getByRole('region', { name: 'Lo que tengo pendiente' });
  await expect(owed.getByRole('listitem').filter({ hasText: 'Diagnóstico de la situación de apertura' })).toContainText('Venció el');
  await expect(page.getByRole('region', { name: 'Mis próximas sesiones' })).toContainText('No tiene sesiones convocadas');
});

// A commissioner no other journey signs in as: the suite shares one database, and the others use the demo password.
const FORGETFUL = 'adrian.alcala@demo.cocrea.mx';

test('a commissioner resets a forgotten password from the login page', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: '¿Olvidó su contraseña?' }).click();
  // The login page has a field of the same name: fill the reset page's once it is there.
  await expect(page.getByRole('heading', { level: 1, name: 'Restablecer contraseña' })).toBeVisible();
  await page.getByLabel('Correo electrónico').fill(FORGETFUL);
  await expect(page.getByLabel('Correo electrónico')).toHaveValue(FORGETFUL);
  await page.getByRole('button', { name: 'Enviar enlace' }).click();
  await expect(page.getByRole('status')).toContainText('le llegará un enlace');

  const token = await mail.linkToken(FORGETFUL, '/restablecer');
  await page.goto(`/restablecer#${token}`);
  await page.getByLabel('Contraseña nueva', { exact: true }).fill('Una-clave-nueva-2026');
  await page.getByRole('button', { name: 'Guardar contraseña' }).click();
  await expect(page.getByRole('status')).toContainText('Ya puede iniciar sesión');

  await signIn(page, FORGETFUL, 'Una-clave-nueva-2026');
  await expect(page).toHaveURL(/\/inicio$/);
});

test('a partner’s menu has no Sesiones, a session’s URL shows the 403 page and an unknown URL the 404 page', async ({ page, request }) => {
  const sessionId = await aSessionId(request);
  await signIn(page, 'javier.moro@demo.cocrea.mx');
  const nav = page.getByRole('navigation', { name: 'Navegación principal' });
  await expect(nav.getByRole('link', { name: 'Inicio' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Sesiones' })).toHaveCount(0);

  await page.goto(`/sessions/${sessionId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sin permiso para ver esta página' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/sessions/${sessionId}$`));
  await expect(page.getByRole('button', { name: 'Reintentar' })).toHaveCount(0);

  await page.goto('/una-direccion-que-no-existe');
  await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible();
  await expect(page).toHaveURL(/\/una-direccion-que-no-existe$/);
  await page.getByRole('link', { name: 'Ir a mi inicio' }).click();
  await expect(page).toHaveURL(/\/inicio$/);
});

// A commissioner no other journey changes the preferences of: the call reaches her in the app only.
const APP_ONLY = 'conrado.mendoza@demo.cocrea.mx';

test('the secretary issues a call and every member who takes calls by e-mail receives it with a valid calendar file', async ({
  page,
  request,
}) => {
  await signIn(page, APP_ONLY);
  await page.getByRole('link', { name: 'Mi cuenta' }).click();
  const calls = page.getByRole('radiogroup', { name: 'Convocatoria a una sesión' });
  await calls.getByRole('radio', { name: 'Solo en la aplicación' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Guardado' })).toBeVisible();
  await signOut(page);

  await signIn(page, 'luis.parra@demo.cocrea.mx');
  await page.getByRole('link', { name: 'Sesiones', exact: true }).click();
  await page.getByRole('link', { name: 'Nueva sesión' }).click();
  await page.getByLabel('Título').fill('Sesión Extraordinaria de Correo');
  await page.getByLabel('Fecha y hora').fill(`${new Date().getFullYear() + 1}-06-14T10:30`);
  await page.getByLabel('Lugar').fill('Ciudad de México (virtual)');
  await page.getByRole('button', { name: 'Guardar borrador' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sesión Extraordinaria de Correo' })).toBeVisible();
  const meetingId = /\/sessions\/([0-9a-f-]{36})/.exec(page.url())?.[1] as string;
  await page.getByRole('button', { name: 'Emitir convocatoria' }).click();
  await page.getByRole('button', { name: 'Sí, convocar' }).click();
  await expect(page.getByText('Convocada', { exact: true })).toBeVisible();

  // Who should receive it: every seat of the commission but the one who chose the app only.
  const headers = await bearer(request, 'luis.parra@demo.cocrea.mx');
  const meeting = await (await request.get(`/api/meetings/${meetingId}`, { headers })).json();
  const members = await (await request.get(`/api/commissions/${meeting.meeting.commissionId}/members?pageSize=100`, { headers })).json();
  const expected = (members.items as Array<{ person: { email: string | null } }>)
    .map((m) => m.person.email?.toLowerCase())
    .filter((email): email is string => !!email && email !== APP_ONLY)
    .sort();
  const calendarOf = (raw: string) => mimeParts(raw).find((p) => p.contentType === 'text/calendar')?.body;
  const uid = `UID:${meetingId}@cocrea`;
  const callMails = () => mail.received.filter((m) => calendarOf(m.raw)?.includes(uid));
  await expect
    .poll(
      () =>
        callMails()
          .flatMap((m) => m.to)
          .sort(),
      { timeout: 30_000 },
    )
    .toEqual(expected);

  const start = `DTSTART:${new Date(meeting.meeting.scheduledAt).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  for (const received of callMails()) {
    const ics = calendarOf(received.raw) as string;
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n[\s\S]*BEGIN:VEVENT\r\n[\s\S]*END:VEVENT\r\nEND:VCALENDAR\r\n?$/);
    expect(ics).toContain(start);
    expect(ics).toContain('SUMMARY:Sesión Extraordinaria de Correo');
  }
});
