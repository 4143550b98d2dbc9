import type { Browser, Page } from '@playwright/test';
import { request as playwrightRequest } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, expect, seriousViolations, signIn, test } from './fixtures';

interface SeedRecord {
  session: { agenda: Array<{ title: string; kind: string; presenter?: string; minutes?: number }> };
}
const seed = JSON.parse(readFileSync(join(__dirname, '../../api/src/seed/demo-commission.json'), 'utf8')) as SeedRecord;

const SECRETARY = 'luis.parra@demo.cocrea.mx';
const CHAIR = 'maria.nava@demo.cocrea.mx';
const COMMISSIONER = 'mariana.contreras@demo.cocrea.mx';
const PROXY = 'jimena.reigosa@demo.cocrea.mx';
const REPRESENTED = 'Salvador Romero Espinosa';
const SUBJECT = 'Aprobación del acta de la Cuarta Sesión Ordinaria 2020 (votación electrónica)';
const TITLE = 'Sesión Extraordinaria de votación (e2e)';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/**
 * The roll call is the sessions journey's business: here the session is set up through the api (convened,
 * 22 members present, Salvador Romero Espinosa represented by Jimena Reigosa, opened by the chair).
 */
async function openSession(baseURL: string): Promise<string> {
  const api = await playwrightRequest.newContext({ baseURL });
  const secretary = await bearer(api, SECRETARY);
  const chair = await bearer(api, CHAIR);
  const commissionId = (await (await api.get('/api/commissions', { headers: secretary })).json()).items[0].id as string;
  const members = (await (await api.get(`/api/commissions/${commissionId}/members?pageSize=100`, { headers: secretary })).json())
    .items as Array<{
    person: { id: string; name: string };
  }>;
  const created = await api.post(`/api/commissions/${commissionId}/meetings`, {
    headers: secretary,
    data: {
      title: TITLE,
      kind: 'extraordinary',
      scheduledAt: '2021-02-15T18:00:00-06:00',
      pastRecord: true,
      agenda: seed.session.agenda.map((i) => ({
        title: i.title,
        kind: i.kind,
        presenter: i.presenter ?? null,
        minutesAllotted: i.minutes ?? null,
      })),
    },
  });
  expect(created.status()).toBe(201);
  const meetingId = (await created.json()).meeting.id as string;
  expect(
    (await api.post(`/api/meetings/${meetingId}/convene`, { headers: secretary, data: { at: '2021-02-10T10:00:00-06:00' } })).status(),
  ).toBe(200);
  const must = ['María del Carmen Nava Polina', 'Luis Gustavo Parra Noriega', 'Mariana Contreras Soto'];
  const others = members
    .map((m) => m.person.name)
    .filter((n) => !must.includes(n) && n !== REPRESENTED && n !== 'Pedro Delfino Arzeta García');
  const idOf = (name: string) => members.find((m) => m.person.name === name)?.person.id as string;
  for (const name of [...must, ...others.slice(0, 19)]) {
    expect(
      (await api.put(`/api/meetings/${meetingId}/attendance/${idOf(name)}`, { headers: secretary, data: { status: 'present' } })).status(),
    ).toBe(200);
  }
  const jimena = (
    (await (await api.get('/api/people?q=Jimena%20Reigosa', { headers: secretary })).json()).items as Array<{ id: string }>
  )[0].id;
  const represented = await api.put(`/api/meetings/${meetingId}/attendance/${idOf(REPRESENTED)}`, {
    headers: secretary,
    data: { status: 'represented', representativePersonId: jimena },
  });
  expect(represented.status()).toBe(200);
  // A proxy votes only with a letter of representation on file.
  const letter = await api.post('/api/attachments', {
    headers: secretary,
    multipart: {
      file: {
        name: 'carta-poder.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
      },
    },
  });
  expect(letter.status()).toBe(201);
  const filed = await api.post(`/api/meetings/${meetingId}/representations`, {
    headers: secretary,
    data: {
      memberPersonId: idOf(REPRESENTED),
      representativePersonId: jimena,
      representativeName: 'Jimena Reigosa',
      letterAttachmentId: (await letter.json()).id,
    },
  });
  expect(filed.status()).toBe(201);
  expect((await api.post(`/api/meetings/${meetingId}/open`, { headers: chair, data: { at: '2021-02-15T18:05:00-06:00' } })).status()).toBe(
    200,
  );
  await api.dispose();
  return meetingId;
}

test.describe('electronic vote on the minutes, live, with a proxy', () => {
  test.setTimeout(180_000);

  test('the chair opens a named poll on the minutes; the commissioner and the proxy vote from their screens; the tally moves live; the close shows unanimity on the projector; the agreement is on the board; the chain is intact', async ({
    page: chair,
    browser,
    baseURL,
  }) => {
    const meetingId = await openSession(baseURL as string);
    const commissioner = await newPage(browser);
    const proxy = await newPage(browser);
    await Promise.all([signIn(chair, CHAIR), signIn(commissioner, COMMISSIONER), signIn(proxy, PROXY)]);
    for (const page of [chair, commissioner, proxy]) {
      await page.goto(`/sessions/${meetingId}`);
      await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
      await expect(page.getByText('En vivo', { exact: true })).toBeVisible();
    }

    // --- the chair drafts a named poll on item 3 and opens it.
    const polls = chair.getByRole('region', { name: 'Votaciones' });
    await polls.getByRole('button', { name: 'Nueva votación' }).click();
    await chair.getByRole('combobox', { name: 'Punto del Orden del Día' }).click();
    await chair
      .getByRole('listbox', { name: 'Punto del Orden del Día' })
      .getByRole('option', { name: /^3\. Lectura y, en su caso, aprobación del acta/ })
      .click();
    await polls.getByLabel('Asunto').fill(SUBJECT);
    await polls.getByRole('button', { name: 'Preparar votación' }).click();
    const chairPoll = polls.getByRole('article', { name: SUBJECT });
    await chairPoll.getByRole('button', { name: 'Abrir votación' }).click();
    await expect(chairPoll.getByText('Han votado 0 de 23 derechos de voto')).toBeVisible();

    // --- the commissioner votes from her screen; the chair's count moves.
    const herPoll = commissioner.getByRole('article', { name: SUBJECT });
    const own = herPoll.getByRole('group', { name: 'Su voto' });
    await own.getByRole('radio', { name: 'A favor' }).check();
    await own.getByRole('button', { name: 'Emitir mi voto' }).click();
    await own.getByRole('button', { name: 'Sí, emitir' }).click();
    await expect(own.getByText(/Voto registrado: «A favor»\. Su comprobante:/)).toBeVisible();
    await expect(chairPoll.getByText('Han votado 1 de 23 derechos de voto')).toBeVisible();

    // --- the proxy holds Salvador Romero Espinosa's right, and only that one.
    const proxyPoll = proxy.getByRole('article', { name: SUBJECT });
    const held = proxyPoll.getByRole('group', { name: `En representación de ${REPRESENTED}` });
    await expect(proxyPoll.getByRole('group', { name: 'Su voto' })).toHaveCount(0);
    await held.getByRole('radio', { name: 'A favor' }).check();
    await held.getByRole('button', { name: `Emitir voto de ${REPRESENTED}` }).click();
    await held.getByRole('button', { name: 'Sí, emitir' }).click();
    await expect(held.getByText(/Voto registrado: «A favor»\. Su comprobante:/)).toBeVisible();
    expect(await seriousViolations(proxy)).toEqual([]);
    await expect(chairPoll.getByText('Han votado 2 de 23 derechos de voto')).toBeVisible();
    await expect(herPoll.getByText('Han votado 2 de 23 derechos de voto')).toBeVisible();

    // --- the chair closes, after confirming; every screen shows the outcome.
    await chairPoll.getByRole('button', { name: 'Cerrar votación' }).click();
    const closing = chair.getByRole('dialog', { name: `¿Cerrar la votación «${SUBJECT}»?` });
    await expect(closing.getByText('21 de 23 derechos sin usar')).toBeVisible();
    await closing.getByRole('button', { name: 'Cerrar con 2 de 23 derechos' }).click();
    await expect(chairPoll.getByText('Aprobado por unanimidad')).toBeVisible();
    await expect(proxyPoll.getByText('Aprobado por unanimidad')).toBeVisible();
    await expect(chairPoll.getByText('Fundamento: mayoría simple de los votos emitidos.')).toBeVisible();

    // --- the projector view.
    await chairPoll.getByRole('link', { name: 'Vista para proyectar' }).click();
    await expect(chair.getByRole('heading', { level: 2, name: SUBJECT })).toBeVisible();
    await expect(chair.getByRole('navigation')).toHaveCount(0);
    await expect(chair.getByRole('status').filter({ hasText: 'Aprobado por unanimidad' })).toBeVisible();
    await expect(chair.getByText(`${REPRESENTED} — A favor`)).toBeVisible();
    expect(await seriousViolations(chair)).toEqual([]);
    await chair.screenshot({ path: 'tmp/screens/voting-projector.png', fullPage: true });

    // --- the agreement on the follow-up board.
    await chair.goto('/voting/agreements');
    await expect(chair.getByRole('heading', { level: 1, name: 'Seguimiento de acuerdos' })).toBeVisible();
    const row = chair.getByRole('row').filter({ hasText: SUBJECT });
    await expect(row).toContainText('por unanimidad');
    await expect(row).toContainText('Pendiente');
    await expect(row.getByRole('link', { name: /^CGATP\/\d{2}\/15-02-2021$/ })).toBeVisible();
    await chair.screenshot({ path: 'tmp/screens/voting-board.png', fullPage: true });

    // --- verify: the chain is intact.
    await commissioner.reload();
    const closed = commissioner.getByRole('article', { name: SUBJECT });
    await closed.getByRole('button', { name: 'Verificar integridad' }).click();
    await expect(closed.getByText(/Cadena íntegra: 5 eventos verificados/)).toBeVisible();
    await commissioner.screenshot({ path: 'tmp/screens/voting-session.png', fullPage: true });
  });
});
