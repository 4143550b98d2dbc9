import type { Page } from '@playwright/test';
import { expect, seriousViolations, signIn, test } from './fixtures';

const CHAIR = 'maria.nava@demo.cocrea.mx';
/** A voting commissioner (Colima) who is not in "Vitrina de apertura". */
const COMMISSIONER = 'christian.velasco@demo.cocrea.mx';
/** Javier Moro, GESOC: a partner of the three groups, with no seat in the commission. */
const GESOC_PARTNER = 'javier.moro@demo.cocrea.mx';
const VITRINA = 'Vitrina de apertura y transparencia proactiva';
const REPOSITORY = 'Repositorio electrónico público con la evidencia de los trabajos y productos de la Comisión';
const INPUT_TITLE = 'Estructura propuesta para el repositorio';

/** A small but real PDF: the server checks the content, not the name. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Salir' }).click();
  await expect(page).toHaveURL(/\/login/);
}

async function openGroup(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Grupos de trabajo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grupos de trabajo' })).toBeVisible();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.describe('working groups', () => {
  // Four people sign in one after another: about 30 s on a busy machine, more than the default.
  test.setTimeout(90_000);

  test('a commissioner joins, a GESOC partner submits an input with a PDF, the coordinator accepts it and the dashboard shows what is overdue', async ({
    page,
  }) => {
    // A commissioner asks to join "Vitrina de apertura".
    await signIn(page, COMMISSIONER);
    await openGroup(page, VITRINA);
    await page.getByRole('button', { name: 'Solicitar integrarme' }).click();
    await page.getByLabel('Mensaje para la coordinación (opcional)').fill('Colima puede aportar su acervo de ejercicios locales.');
    await page.getByRole('button', { name: 'Enviar solicitud' }).click();
    await expect(page.getByText('Enviamos su solicitud a la coordinación del grupo.')).toBeVisible();
    await expect(page.getByText('Su solicitud está en espera')).toBeVisible();
    await signOut(page);

    // The coordinator (the chair) accepts it.
    await signIn(page, CHAIR);
    await openGroup(page, VITRINA);
    await page.getByRole('tab', { name: 'Solicitudes (1)' }).click();
    await expect(page.getByText('Colima puede aportar su acervo de ejercicios locales.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Aceptar la solicitud de Christian Velasco Milanés', exact: true }).click();
    await expect(page.getByText('Christian Velasco Milanés ya integra el grupo.')).toBeVisible();
    await page.getByRole('tab', { name: 'Integrantes' }).click();
    await expect(page.getByRole('link', { name: 'Christian Velasco Milanés' })).toBeVisible();
    await page.screenshot({ path: 'tmp/screens/groups-group-members.png', fullPage: true });
    await signOut(page);

    // A partner from GESOC submits an input with a PDF to the repository.
    await signIn(page, GESOC_PARTNER);
    await openGroup(page, VITRINA);
    await page.getByRole('link', { name: REPOSITORY }).click();
    await expect(page.getByRole('heading', { level: 1, name: REPOSITORY })).toBeVisible();
    await expect(page.getByText('Avance: 0 %')).toBeVisible();
    await page.getByLabel('Título del insumo').fill(INPUT_TITLE);
    await page.getByLabel('Contenido').fill('GESOC propone organizar la evidencia por grupo, producto y entidad federativa.');
    await page
      .getByLabel('Adjuntar archivo')
      .setInputFiles({ name: 'estructura-repositorio.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(page.getByText('Se adjuntó estructura-repositorio.pdf.')).toBeVisible();
    await page.getByRole('button', { name: 'Enviar insumo' }).click();
    await expect(page.getByText(`Se envió su insumo «${INPUT_TITLE}».`)).toBeVisible();
    const input = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: INPUT_TITLE }) });
    await expect(input).toContainText('Javier Moro');
    await expect(input).toContainText('GESOC');
    await expect(input).toContainText('En espera de respuesta');
    await expect(input.getByRole('link', { name: /estructura-repositorio\.pdf/ })).toBeVisible();
    await signOut(page);

    // The coordinator accepts the input with a reason; progress measures the work, so the answer leaves it as it was.
    await signIn(page, CHAIR);
    await openGroup(page, VITRINA);
    await page.getByRole('link', { name: REPOSITORY }).click();
    await expect(page.getByText('Avance: 0 %')).toBeVisible();
    await page.getByRole('button', { name: `Responder el insumo «${INPUT_TITLE}»` }).click();
    await page.getByRole('radio', { name: 'Aceptado', exact: true }).check();
    await page.getByLabel('Motivo de la respuesta').fill('Se adopta como estructura inicial del repositorio.');
    await page.getByRole('button', { name: 'Enviar respuesta' }).click();
    const answered = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: INPUT_TITLE }) });
    await expect(answered).toContainText('Aceptado');
    await expect(page.getByText('Avance: 0 %, según su estado')).toBeVisible();
    await expect(answered).toContainText('Se adopta como estructura inicial del repositorio.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'tmp/screens/groups-deliverable.png', fullPage: true });

    // The dashboard shows Commitment 13's overdue milestones.
    await page.getByRole('link', { name: 'Grupos de trabajo' }).click();
    await page.getByRole('link', { name: 'Tablero de coordinación' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tablero de coordinación' })).toBeVisible();
    const overdue = page.getByRole('region', { name: /Vencidos/ });
    await expect(overdue).toContainText('Compromiso 13: Reunión de trabajo Función Pública, INAI y GESOC para aprobar la ruta');
    await expect(page.getByRole('region', { name: /Solicitudes de integración/ })).toContainText('No hay solicitudes pendientes.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'tmp/screens/groups-dashboard.png', fullPage: true });
  });
});
