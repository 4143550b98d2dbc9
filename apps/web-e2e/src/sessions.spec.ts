import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, seriousViolations, signIn, test } from './fixtures';

/** The seed record (the api's copy): its agenda and roll call drive the journey. */
interface SeedRecord {
  session: { agenda: Array<{ title: string; kind: string; presenter?: string; minutes?: number }> };
  people: {
    chair: { name: string };
    secretary: { name: string };
    roll_call: Array<{ name: string; answered: boolean; represented_by?: string }>;
  };
}
const seed = JSON.parse(readFileSync(join(__dirname, '../../api/src/seed/demo-commission.json'), 'utf8')) as SeedRecord;

const SECRETARY = 'luis.parra@demo.cocrea.mx';
const CHAIR = 'maria.nava@demo.cocrea.mx';
const COMMISSIONER = 'mariana.contreras@demo.cocrea.mx';
const COMMISSIONER_NAME = 'Mariana Contreras Soto';

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Item `n` of the call's agenda form, which starts with the usual items: those are overwritten, the rest added. */
async function fillAgendaItem(page: Page, n: number, item: SeedRecord['session']['agenda'][number]): Promise<void> {
  if ((await page.getByLabel(`Punto ${n}`, { exact: true }).count()) === 0)
    await page.getByRole('button', { name: 'Agregar punto' }).click();
  await page.getByLabel(`Punto ${n}`, { exact: true }).fill(item.title);
  await page.getByLabel(`Tipo del punto ${n}`).selectOption(item.kind);
  if (item.presenter) await page.getByLabel(`Presenta (punto ${n})`).fill(item.presenter);
  if (item.minutes) await page.getByLabel(`Minutos (punto ${n})`).fill(String(item.minutes));
}

test.describe('formal session, live', () => {
  test.setTimeout(180_000);

  test('secretary convenes the seed agenda, takes the roll call with proxies; the commissioner sees quorum, asks for the floor and sees the timer; the chair closes; the minutes list representatives and closing time', async ({
    page: secretary,
    browser,
  }) => {
    // --- the call: the secretary drafts the seed's 11-item agenda and issues it.
    await signIn(secretary, SECRETARY);
    await secretary.getByRole('link', { name: 'Sesiones', exact: true }).click();
    await expect(secretary.getByRole('heading', { level: 1, name: 'Sesiones de la comisión' })).toBeVisible();
    await expect(secretary.getByRole('link', { name: 'Primera Sesión Ordinaria 2021' })).toBeVisible();
    await secretary.getByRole('link', { name: 'Nueva sesión' }).click();
    // The demo session's minutes await approval: the call proposes them as item 3.
    await expect(secretary.getByLabel('Punto 3', { exact: true })).toHaveValue(
      'Lectura y, en su caso, aprobación del acta de la Primera Sesión Ordinaria 2021',
    );
    await secretary.getByLabel('Título').fill('Segunda Sesión Ordinaria 2021');
    // A call is drafted for a future date; the chair then opens it early, after a warning.
    await secretary.getByLabel('Fecha y hora').fill(`${new Date().getFullYear() + 1}-04-19T11:00`);
    await secretary.getByLabel('Lugar').fill('Ciudad de México (virtual)');
    for (const [index, item] of seed.session.agenda.entries()) await fillAgendaItem(secretary, index + 1, item);
    await secretary.getByRole('button', { name: 'Guardar borrador' }).click();
    await expect(secretary.getByRole('heading', { level: 1, name: 'Segunda Sesión Ordinaria 2021' })).toBeVisible();
    const agenda = secretary.getByRole('region', { name: 'Orden del Día' }).getByRole('listitem');
    await expect(agenda).toHaveCount(11);
    await secretary.getByRole('button', { name: 'Emitir convocatoria' }).click();
    // Every seat is notified: the 43 of the seed, and whoever another journey seated in the shared database before.
    await expect(secretary.getByText(/Se notificará a 4[3-9] integrantes\. ¿Emitir la convocatoria\?/)).toBeVisible();
    await secretary.getByRole('button', { name: 'Sí, convocar' }).click();
    await expect(secretary.getByText('Convocada', { exact: true })).toBeVisible();
    const sessionUrl = secretary.url();

    // --- the commissioner opens the same session in another browser context.
    const commissioner = await newPage(browser);
    await signIn(commissioner, COMMISSIONER);
    // The call reached them as an in-app notice that leads to the session.
    await commissioner.getByRole('link', { name: 'Sesiones', exact: true }).click();
    const notices = commissioner.getByRole('region', { name: 'Avisos' });
    await notices.getByRole('link', { name: 'Convocatoria: Segunda Sesión Ordinaria 2021' }).click();
    await expect(commissioner).toHaveURL(sessionUrl);
    await expect(commissioner.getByText('En vivo')).toBeVisible();
    const quorumBox = commissioner.getByRole('region', { name: 'Quórum' });
    await expect(quorumBox).toContainText('Sin quórum: 0 de 43');

    // --- roll call: 5 members represented by 4 people (Ruvalcaba for both Durango commissioners), then present members to quorum.
    const represented = seed.people.roll_call.filter((r) => r.represented_by);
    expect(represented).toHaveLength(5);
    for (const entry of represented) {
      const representative = (entry.represented_by as string).split(',')[0].trim();
      // "Representado" asks for the representative in the member's row: typed once, then Enter.
      await secretary.getByRole('button', { name: `En representación: ${entry.name}` }).click();
      await secretary.getByLabel(`Representante de ${entry.name}`).fill(representative);
      await secretary.getByLabel(`Representante de ${entry.name}`).press('Enter');
      await expect(secretary.getByRole('row', { name: new RegExp(entry.name) })).toHaveAttribute('data-status', 'represented');
    }
    const present = [
      seed.people.chair.name,
      seed.people.secretary.name,
      ...seed.people.roll_call.filter((r) => r.answered && !r.represented_by).map((r) => r.name),
    ].slice(0, 17);
    for (const name of present) {
      // One click records it.
      await secretary.getByRole('button', { name: `Presente: ${name}` }).click();
      await expect(secretary.getByRole('button', { name: `Presente: ${name}` })).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(secretary.getByRole('region', { name: 'Quórum' })).toContainText('Hay quórum: 22 de 43');
    // Live on the other screen, with no reload.
    await expect(quorumBox).toContainText('Hay quórum: 22 de 43 integrantes con voto (se requieren 22)');
    await expect(quorumBox).toContainText('En representación: 5');
    expect(await seriousViolations(commissioner)).toEqual([]);

    // --- the chair (the secretary's browser, switching account) opens the session.
    await secretary.getByRole('button', { name: 'Salir' }).click();
    await signIn(secretary, CHAIR);
    const chair = secretary;
    await chair.goto(sessionUrl);
    await chair.getByRole('button', { name: 'Abrir la sesión' }).click();
    await expect(chair.getByText(/¿Abrirla antes de su fecha\?/)).toBeVisible();
    await chair.getByRole('button', { name: 'Sí, abrir' }).click();
    await expect(commissioner.getByText('Abierta', { exact: true })).toBeVisible();

    // --- the floor: the commissioner asks; the chair gives it; the commissioner sees the timer.
    await commissioner.getByRole('button', { name: 'Pedir la palabra' }).press('Enter');
    await expect(commissioner.getByText('Usted está en la lista de oradores.')).toBeVisible();
    // Keyboard focus lands on the new control (withdrawing the request), not on <body>.
    await expect(commissioner.locator('[data-my-withdraw]')).toBeFocused();
    await chair.getByRole('button', { name: `Dar la palabra a ${COMMISSIONER_NAME}` }).click();
    await expect(commissioner.getByText(`Tiene la palabra: ${COMMISSIONER_NAME}`)).toBeVisible();
    const timer = commissioner.getByRole('timer', { name: 'Tiempo restante de la intervención' });
    await expect(timer).toBeVisible();
    await expect(timer).toContainText('límite 3 min');
    await expect(timer).toContainText(/2:5\d|3:00/);
    await commissioner.screenshot({ path: 'tmp/screens/session-floor.png', fullPage: true });

    // --- the chair closes, after confirming.
    await chair.getByRole('button', { name: 'Clausurar la sesión' }).press('Enter');
    await expect(chair.getByRole('button', { name: 'Sí, clausurar' })).toBeFocused();
    // Escape cancels the prompt and returns focus to the close button.
    await chair.keyboard.press('Escape');
    await expect(chair.getByRole('button', { name: 'Clausurar la sesión' })).toBeFocused();
    await chair.getByRole('button', { name: 'Clausurar la sesión' }).click();
    await chair.getByRole('button', { name: 'Sí, clausurar' }).click();
    await expect(commissioner.getByText('Clausurada', { exact: true })).toBeVisible();
    await expect(commissioner.getByRole('timer')).toHaveCount(0);

    // --- the minutes draft lists the representatives and the closing time.
    await commissioner.getByRole('link', { name: 'Ver acta' }).click();
    const acta = commissioner.getByRole('article', { name: 'Acta' });
    await expect(acta.getByRole('heading', { level: 1, name: 'Acta de la Segunda Sesión Ordinaria 2021' })).toBeVisible();
    for (const entry of represented) {
      const representative = (entry.represented_by as string).split(',')[0].trim();
      await expect(acta).toContainText(`${entry.name}, en representación: ${representative}`);
    }
    await expect(acta).toContainText(/Siendo las \d\d:\d\d horas del \d+ de \w+ de \d{4}, se declaró clausurada la sesión\./);
    await expect(acta).toContainText(`${COMMISSIONER_NAME}, `);
    await expect(commissioner.getByRole('link', { name: 'Descargar Markdown' })).toHaveAttribute('href', /\/minutes\.md$/);
    expect(await seriousViolations(commissioner)).toEqual([]);
    await commissioner.screenshot({ path: 'tmp/screens/session-minutes.png', fullPage: true });
    await commissioner.context().close();
  });

  test('the seed session is in the demo as a closed session, with its minutes', async ({ page }) => {
    await signIn(page, COMMISSIONER);
    await page.goto('/sessions');
    await page.getByRole('link', { name: 'Primera Sesión Ordinaria 2021' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Primera Sesión Ordinaria 2021' })).toBeVisible();
    await expect(page.getByText('Clausurada', { exact: true })).toBeVisible();
    await expect(page.getByText('Instalada a las 11:23')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Quórum' })).toContainText('En representación: 5');
    await page.getByRole('link', { name: 'Ver acta' }).click();
    const acta = page.getByRole('article', { name: 'Acta' });
    await expect(acta).toContainText('Siendo las 11:23 horas del 15 de febrero de 2021, se declaró instalada la sesión.');
    await expect(acta).toContainText('Siendo las 12:57 horas del 15 de febrero de 2021, se declaró clausurada la sesión.');
    await expect(acta).toContainText('Luz María Mariscal Cárdenas, en representación: Ruvalcaba');
    await expect(acta).toContainText('Aprobación del Orden del Día: aprobado por unanimidad.');
  });
});
