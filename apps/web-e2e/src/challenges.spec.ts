import { expect, seriousViolations, signIn, startMailSink, test } from './fixtures';

/**
 * Open challenges end to end: an anonymous visitor reads the demo's Multi City Challenge with its ranking arithmetic,
 * answers, scores and pilots; a citizen signs up with the mailed link (the test's SMTP server, `startMailSink`) and
 * proposes an idea to a challenge the secretary launched, which the portal then shows.
 */
test.describe.configure({ timeout: 120_000 });
let mail: Awaited<ReturnType<typeof startMailSink>>;

test.beforeAll(async () => {
  mail = await startMailSink();
});

test.afterAll(async () => {
  await mail.close();
});

test('an anonymous visitor follows the Multi City Challenge from the portal to its ranking arithmetic and a pilot', async ({ page }) => {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/portal');
    await page.getByRole('link', { name: 'Retos abiertos' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Retos abiertos' })).toBeVisible();
    await page.getByRole('link', { name: 'Multi City Challenge México 2020' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Multi City Challenge México 2020' })).toBeVisible();
    const problem = page.getByRole('region', { name: 'Fugas de agua que tardan semanas en atenderse' });
    await expect(problem.getByText('Municipio de Reynosa')).toBeVisible();
    await expect(problem).toContainText('Total = 40 × apoyos ÷ máximo + 30 × factibilidad ÷ 10 + 30 × jurado ÷ 10');
    const winner = problem.getByRole('row').filter({ hasText: 'Ganadora' });
    await expect(winner).toHaveCount(1);
    await expect(problem.getByText('Incompleta')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await winner.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Piloto' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Jurado experto' })).toBeVisible();
    await expect(page.getByText('Plan de trabajo y métricas acordados')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});

test('the challenge pages have no serious or critical accessibility violations (axe-core, WCAG 2.2 AA)', async ({ page }) => {
  await page.goto('/portal/challenges');
  await expect(page.getByRole('heading', { level: 1, name: 'Retos abiertos' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Multi City Challenge México 2020' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Multi City Challenge México 2020' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Inventario de luminarias en línea' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inventario de luminarias en línea' })).toBeVisible();
  await expect(page.getByText('Duplicada')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Ver la idea original' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Censo abierto de luminarias' })).toBeVisible();
});

test('a citizen signs up, confirms by e-mail, proposes an idea, and the portal shows it awaiting its answer', async ({ page, request }) => {
  const login = await request.post('/api/auth/login', { data: { email: 'luis.parra@demo.cocrea.mx', password: 'Cocrea-2021' } });
  const headers = { Authorization: `Bearer ${(await login.json()).token}` };
  const start = Date.now() - 3_600_000;
  const week = 7 * 24 * 3_600_000;
  const phases = ['ideas', 'filtering', 'vote', 'feasibility', 'jury', 'winners', 'pilots'].map((phase, i) => ({
    phase,
    opensAt: new Date(start + i * week).toISOString(),
    closesAt: new Date(start + (i + 1) * week).toISOString(),
  }));
  const launched = await request.post('/api/challenges', {
    headers,
    data: {
      title: 'Reto de movilidad 2027',
      supportLimit: 3,
      winnersPerProblem: 1,
      weights: { support: 40, feasibility: 30, jury: 30 },
      problems: [
        { institution: 'Municipio de Torreón', title: 'Rutas de transporte sin horarios' },
        { institution: 'Municipio de Torreón', title: 'Ciclovías sin mantenimiento' },
      ],
      phases,
    },
  });
  expect(launched.status()).toBe(201);
  const challengeId = (await launched.json()).id as string;

  await page.goto('/portal/challenges');
  await page.getByRole('link', { name: 'Reto de movilidad 2027' }).click();
  await page.getByRole('link', { name: 'Regístrese para participar' }).click();
  await page.getByLabel('Nombre').fill('Renata Ibarra');
  await page.getByLabel('Correo electrónico').fill('renata.ibarra@example.mx');
  // The browser proves it is not a robot as the page opens (the test server's difficulty is low): no extra click.
  await page.getByRole('button', { name: 'Registrarme' }).click();
  await expect(page.getByRole('status')).toContainText('Revise su correo');

  await page.goto(`/invitacion#${await mail.linkToken('renata.ibarra@example.mx')}`);
  await page.getByLabel('Contraseña nueva', { exact: true }).fill('Clave-de-renata-1');
  await page.getByRole('button', { name: 'Guardar contraseña' }).click();
  await expect(page.getByRole('status')).toContainText('Ya puede iniciar sesión');
  await signIn(page, 'renata.ibarra@example.mx', 'Clave-de-renata-1');

  await page.goto(`/portal/challenges/${challengeId}`);
  const problem = page.getByRole('region', { name: 'Rutas de transporte sin horarios' });
  await problem.getByLabel('Título').fill('Horarios de ruta en cada parada');
  await problem.getByLabel('Descripción').fill('Un letrero con código QR que muestra el horario de cada ruta.');
  await problem.getByRole('button', { name: 'Enviar idea' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Horarios de ruta en cada parada' })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('Su idea se envió');

  // Its author attaches a file and comments on it.
  await page.getByLabel('Adjuntar un archivo a la idea').setInputFiles({
    name: 'Letrero de parada.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await expect(page.getByRole('link', { name: /Descargar Letrero de parada\.pdf/ })).toBeVisible();
  await page.getByLabel('Su comentario').fill('El letrero puede imprimirse en cada parada.');
  await page.getByRole('button', { name: 'Comentar' }).click();
  await expect(page.getByRole('heading', { name: 'Comentarios (1)' })).toBeFocused();

  await page.context().clearCookies();
  await page.goto(`/portal/challenges/${challengeId}`);
  await page.getByRole('link', { name: 'Horarios de ruta en cada parada' }).click();
  await expect(page.getByText('Pendiente de respuesta.')).toBeVisible();
  await expect(page.getByText(/Propuesta por Renata Ibarra/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Descargar Letrero de parada\.pdf/ })).toBeVisible();
  await expect(page.getByText('El letrero puede imprimirse en cada parada.')).toBeVisible();
  await expect(page.getByLabel('Su comentario')).toHaveCount(0);
});
