import { Browser, Page } from '@playwright/test';
import { bearer, expect, seriousViolations, signIn, startMailSink, test } from './fixtures';

/**
 * Issue 20's whole journey, through the product only (no clock or database touched): the secretary launches a
 * challenge with two problems from the "Lanzar un reto" form; two citizens sign up and verify by e-mail, propose ideas
 * and support each other's; the secretary moves each phase on from the challenge's page, filters one idea out with a
 * reason and scores feasibility; a juror who declares a conflict is no longer offered that idea and the api refuses
 * the score; the ranking gives the winner, which becomes a pilot followed with a milestone and its evidence; and an
 * anonymous visitor reads all of it on the portal.
 */
test.describe.configure({ timeout: 480_000 });

const SECRETARY = 'luis.parra@demo.cocrea.mx';
const JUROR = 'javier.moro@demo.cocrea.mx';
const TITLE = 'Reto de datos abiertos municipales 2027';
const WATER = 'Reportes de fugas sin seguimiento público';
const BUDGET = 'Presupuesto de obra difícil de consultar';
let mail: Awaited<ReturnType<typeof startMailSink>>;

test.beforeAll(async () => {
  mail = await startMailSink();
});

test.afterAll(async () => {
  await mail.close();
});

/**
 * A citizen's sign-up with the mailed confirmation, in a browser of their own; returns their signed-in page. (Sign-up
 * steps live only here, so a change to the sign-up page is adapted in one place.)
 */
async function signUpAndVerify(browser: Browser, name: string, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'es-MX' })).newPage();
  await page.goto('/registro');
  await page.getByLabel('Nombre').fill(name);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByRole('button', { name: 'Registrarme' }).click();
  await expect(page.getByRole('status')).toContainText('Revise su correo');
  await page.goto(`/invitacion#${await mail.linkToken(email)}`);
  await page.getByLabel('Contraseña nueva', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Guardar contraseña' }).click();
  await expect(page.getByRole('status')).toContainText('Ya puede iniciar sesión');
  await signIn(page, email, password);
  return page;
}

/** A citizen proposes an idea to a problem from the challenge's page; returns the new idea's id. */
async function proposeIdea(page: Page, challengeId: string, problem: string, title: string, description: string): Promise<string> {
  await page.goto(`/portal/challenges/${challengeId}`);
  const region = page.getByRole('region', { name: problem });
  await region.getByLabel('Título').fill(title);
  await region.getByLabel('Descripción').fill(description);
  await region.getByRole('button', { name: 'Enviar idea' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.url().split('/').pop() as string;
}

/** The challenge's manager closes the open phase from its page; the next one opens at once. */
async function movePhaseOn(page: Page, challengeId: string, phase: string, next: string): Promise<void> {
  await page.goto(`/portal/challenges/${challengeId}`);
  const manage = page.getByRole('region', { name: 'Gestión del reto' });
  await manage.getByRole('button', { name: `Cerrar ${phase} ahora` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cerrar la fase' }).click();
  await expect(manage.getByRole('status').first()).toContainText(`La fase ${phase} se cerró`);
  await expect(manage.getByRole('button', { name: `Cerrar ${next} ahora` })).toBeVisible();
}

async function score(
  page: Page,
  ideaId: string,
  kind: 'Calificar factibilidad (institución)' | 'Calificar como jurado',
  value: number,
  why: string,
) {
  await page.goto(`/portal/challenges/ideas/${ideaId}`);
  const form = page.locator('cc-score-form').filter({ hasText: kind });
  await form.getByLabel('Calificación (0 a 10)').fill(String(value));
  await form.getByLabel('Justificación').fill(why);
  const saved = page.waitForResponse((r) => r.url().includes(`/api/challenge-ideas/${ideaId}/`) && r.request().method() === 'PUT');
  await form.getByRole('button', { name: 'Guardar calificación' }).click();
  expect((await saved).status()).toBe(204);
  await expect(form.getByRole('alert')).toHaveCount(0);
}

test('an institution runs a challenge with two problems from launch to pilot, and the portal shows every step', async ({
  page,
  browser,
  request,
}) => {
  // The secretary launches the challenge; the form refuses a missing title and weights that do not add up to 100.
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, SECRETARY);
  await page.goto('/portal/challenges');
  await page.getByRole('link', { name: 'Lanzar un reto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lanzar un reto' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Lanzar el reto' }).click();
  await expect(page.getByLabel('Título del reto')).toBeFocused();

  await page.getByLabel('Título del reto').fill(TITLE);
  await page.getByLabel('Descripción', { exact: true }).fill('Dos instituciones abren sus datos con ideas de la ciudadanía.');
  const first = page.getByRole('group', { name: 'Problema 1' });
  await first.getByLabel('Institución que lo plantea').fill('Municipio de Saltillo');
  await first.getByLabel('Problema', { exact: true }).fill(WATER);
  await first.getByLabel('Contexto y datos').fill('En 2026 se reportaron 4,200 fugas; el 60 % tardó más de dos semanas.');
  const second = page.getByRole('group', { name: 'Problema 2' });
  await second.getByLabel('Institución que lo plantea').fill('Instituto Coahuilense de Acceso a la Información');
  await second.getByLabel('Problema', { exact: true }).fill(BUDGET);
  await page.getByRole('group', { name: '1. Ideas' }).getByLabel('Reglas de la fase').fill('Una o más ideas por problema.');
  await page.getByLabel('Ganadoras por problema').fill('1');
  await page.getByLabel('Apoyo ciudadano').fill('50');
  await expect(page.getByText('Los pesos suman 110 de 100.')).toBeVisible();
  await page.getByRole('button', { name: 'Lanzar el reto' }).click();
  await expect(page.getByLabel('Apoyo ciudadano')).toBeFocused();
  await expect(page.getByText('Los pesos deben sumar 100 (ahora suman 110).').first()).toBeVisible();
  await page.getByLabel('Apoyo ciudadano').fill('40');
  await page.getByRole('button', { name: 'Lanzar el reto' }).click();
  await expect(page.getByRole('dialog')).toContainText(`¿Lanzar «${TITLE}»?`);
  await page.getByRole('dialog').getByRole('button', { name: 'Lanzar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const challengeId = /\/portal\/challenges\/([0-9a-f-]{36})$/.exec(page.url())?.[1] as string;
  expect(challengeId).toBeTruthy();

  // The secretary names the juror from the directory's search.
  const manage = page.getByRole('region', { name: 'Gestión del reto' });
  await manage.getByLabel('Buscar a una persona').fill('Javier Moro');
  await expect(manage.getByLabel('Persona', { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await manage.getByLabel('Papel en el reto').selectOption({ label: 'Jurado' });
  await manage.getByRole('button', { name: 'Nombrar' }).click();
  await expect(manage.getByText('Se nombró a Javier Moro en Jurado.')).toBeVisible();
  await expect(manage.getByRole('listitem').filter({ hasText: 'Javier Moro' })).toContainText('Jurado');
  expect(await seriousViolations(page)).toEqual([]);

  // Two citizens sign up, confirm by e-mail and propose ideas; one idea is off the problem's scope.
  const ana = await signUpAndVerify(browser, 'Ana Villarreal', 'ana.villarreal@example.mx', 'Clave-de-ana-2027');
  const beto = await signUpAndVerify(browser, 'Beto Ramos', 'beto.ramos@example.mx', 'Clave-de-beto-2027');
  const map = await proposeIdea(ana, challengeId, WATER, 'Mapa abierto de fugas', 'Cada reporte en un mapa público con su estado.');
  const alerts = await proposeIdea(beto, challengeId, WATER, 'Avisos por colonia', 'Un aviso a cada colonia cuando su fuga avanza.');
  const offTopic = await proposeIdea(beto, challengeId, BUDGET, 'Concurso de murales', 'Murales en las oficinas del instituto.');

  // Filtering: the secretary admits two ideas and declines one with its reason.
  await movePhaseOn(page, challengeId, 'Ideas', 'Filtrado');
  for (const id of [map, alerts]) {
    await page.goto(`/portal/challenges/ideas/${id}`);
    await page.getByRole('button', { name: 'Guardar respuesta' }).click();
    await expect(page.locator('p').filter({ hasText: 'Admitida' }).first()).toBeVisible();
  }
  await page.goto(`/portal/challenges/ideas/${offTopic}`);
  await page.getByLabel('Respuesta').click();
  await page.getByRole('option', { name: 'Declinada' }).click();
  await page.getByLabel('Motivo').click();
  await page.getByRole('option', { name: 'Fuera de alcance' }).click();
  await page.getByLabel('Explicación para la autora o el autor').fill('El problema trata del presupuesto de obra, no de murales.');
  await page.getByRole('button', { name: 'Guardar respuesta' }).click();
  await expect(page.getByText('El problema trata del presupuesto de obra, no de murales.')).toBeVisible();

  // The vote: each citizen supports the other's idea.
  await movePhaseOn(page, challengeId, 'Filtrado', 'Votación ciudadana');
  for (const [citizen, idea] of [
    [ana, alerts],
    [beto, map],
  ] as const) {
    await citizen.goto(`/portal/challenges/ideas/${idea}`);
    await citizen.getByRole('button', { name: 'Apoyar esta idea' }).click();
    await expect(citizen.getByText('Usted tiene 1 de 3 apoyos en este problema.')).toBeVisible();
    await expect(citizen.getByRole('heading', { name: 'Apoyos: 1' })).toBeVisible();
  }

  // Feasibility by the institution's team.
  await movePhaseOn(page, challengeId, 'Votación ciudadana', 'Factibilidad');
  await score(page, map, 'Calificar factibilidad (institución)', 8, 'El municipio ya tiene los reportes georreferenciados.');
  await score(page, alerts, 'Calificar factibilidad (institución)', 6, 'Requiere un padrón de contactos por colonia.');

  // The jury: the juror declares a conflict on one idea, is no longer offered its score, and the api refuses it.
  await movePhaseOn(page, challengeId, 'Factibilidad', 'Jurado');
  const juror = await (await browser.newContext({ locale: 'es-MX' })).newPage();
  await signIn(juror, JUROR);
  await juror.goto(`/portal/challenges/ideas/${map}`);
  const jury = juror.locator('cc-score-form').filter({ hasText: 'Calificar como jurado' });
  await jury.getByLabel('Justificación').fill('Asesoré a la autora en una versión anterior.');
  await jury.getByRole('button', { name: /Declarar conflicto de interés/ }).click();
  await expect(juror.getByText('Usted declaró un conflicto de interés con esta idea: no la califica.')).toBeVisible();
  await expect(juror.locator('cc-score-form')).toHaveCount(0);
  const refused = await request.put(`/api/challenge-ideas/${map}/jury-score`, {
    headers: await bearer(request, JUROR),
    data: { score: 10, justification: 'Excelente.' },
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).code).toBe('juror_conflict');
  await score(juror, alerts, 'Calificar como jurado', 9, 'Resuelve el seguimiento que hoy no existe.');

  // Winners from the ranking, then the winner's pilot followed with a milestone and its evidence.
  await movePhaseOn(page, challengeId, 'Jurado', 'Ganadoras');
  const water = page.getByRole('region', { name: WATER });
  await expect(water.getByRole('row').nth(1)).toContainText('Avisos por colonia');
  await water.getByRole('button', { name: 'Registrar ganadoras' }).click();
  await expect(water.getByText(/Decisión de ganadoras del/)).toBeVisible();
  await expect(water.getByRole('row').filter({ hasText: 'Ganadora' })).toContainText('Avisos por colonia');

  await movePhaseOn(page, challengeId, 'Ganadoras', 'Pilotos');
  await page.goto(`/portal/challenges/ideas/${alerts}`);
  await page.getByRole('button', { name: 'Iniciar el piloto' }).click();
  const follow = page.getByRole('region', { name: 'Seguimiento del piloto (equipo)' });
  await follow.getByLabel('Estado del piloto').selectOption({ label: 'En curso' });
  await follow.getByRole('button', { name: 'Guardar estado' }).click();
  await expect(follow.getByText('Se guardó el estado del piloto.')).toBeVisible();
  await follow.getByLabel('Nuevo hito').fill('Avisos en tres colonias piloto');
  await follow.getByLabel('Fecha compromiso').fill('30/06/2027');
  await follow.getByRole('button', { name: 'Agregar hito' }).click();
  await follow.getByRole('button', { name: 'Marcar cumplido: Avisos en tres colonias piloto' }).click();
  await follow.getByLabel('Evidencia').fill('https://saltillo.example.mx/informe-avisos.pdf');
  await follow.getByRole('button', { name: 'Guardar cumplimiento' }).click();
  await expect(follow.getByText('Se registró el hito cumplido con su evidencia.')).toBeVisible();

  // The moderation log holds every step the secretary took.
  await page.goto(`/portal/challenges/${challengeId}`);
  const log = page.getByRole('list', { name: 'Bitácora de moderación' });
  await expect(log).toContainText('Nombró a Javier Moro en Jurado.');
  await expect(log).toContainText('Respondió la idea «Concurso de murales»: Declinada.');
  await expect(log).toContainText('Cerró la fase Ganadoras');
  await expect(log).toContainText('Marcó cumplido el hito «Avisos en tres colonias piloto».');

  // An anonymous visitor reads all of it on the portal, on a wide screen and on a phone.
  const visitor = await (await browser.newContext({ locale: 'es-MX' })).newPage();
  for (const width of [1366, 390]) {
    await visitor.setViewportSize({ width, height: 900 });
    await visitor.goto(`/portal/challenges/${challengeId}`);
    await expect(visitor.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(visitor.getByRole('region', { name: 'Gestión del reto' })).toHaveCount(0);
    const problem = visitor.getByRole('region', { name: WATER });
    await expect(problem.getByText('Municipio de Saltillo')).toBeVisible();
    await expect(problem.getByRole('row').filter({ hasText: 'Ganadora' })).toContainText('Avisos por colonia');
    await expect(visitor.getByRole('region', { name: BUDGET }).getByText('Fuera de alcance')).toBeVisible();
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    await visitor.goto(`/portal/challenges/ideas/${alerts}`);
    await expect(visitor.getByText('Requiere un padrón de contactos por colonia.')).toBeVisible();
    await expect(visitor.getByText('Resuelve el seguimiento que hoy no existe.')).toBeVisible();
    await expect(visitor.getByRole('heading', { level: 2, name: 'Piloto' })).toBeVisible();
    await expect(visitor.getByText('https://saltillo.example.mx/informe-avisos.pdf')).toBeVisible();
    await expect(visitor.getByText('En curso')).toBeVisible();

    await visitor.goto(`/portal/challenges/ideas/${map}`);
    await expect(visitor.getByText(/Javier Moro declaró un conflicto de interés y no calificó esta idea/)).toBeVisible();
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});
