import { request as playwrightRequest } from '@playwright/test';
import { bearer, expect, signIn, test } from './fixtures';

/**
 * The record tells the truth: the chair sees who has not voted before closing a poll, the result states its base,
 * and the portal shows the seed session on its own day to a visitor in Mexico City.
 */
const SECRETARY = 'luis.parra@demo.cocrea.mx';
const CHAIR = 'maria.nava@demo.cocrea.mx';
const COMMISSIONER = 'mariana.contreras@demo.cocrea.mx';
const TITLE = 'Sesión con derechos sin usar (e2e)';
const SUBJECT = 'Calendario de sesiones 2021 (e2e)';
const PRESENT = 23;

/** Through the api: a session with 23 members present, opened, and a named poll on its first item with 2 votes cast. */
async function pollWithRightsUnused(baseURL: string): Promise<{ meetingId: string; notVoted: string }> {
  const api = await playwrightRequest.newContext({ baseURL });
  const [secretary, chair, commissioner] = await Promise.all([SECRETARY, CHAIR, COMMISSIONER].map((e) => bearer(api, e)));
  const commissionId = (await (await api.get('/api/commissions', { headers: secretary })).json()).items[0].id as string;
  const members = (await (await api.get(`/api/commissions/${commissionId}/members?pageSize=100`, { headers: secretary })).json())
    .items as Array<{ person: { id: string; name: string }; votes: boolean }>;
  const created = await api.post(`/api/commissions/${commissionId}/meetings`, {
    headers: secretary,
    data: {
      title: TITLE,
      kind: 'extraordinary',
      scheduledAt: '2021-02-15T18:00:00-06:00',
      pastRecord: true,
      agenda: [{ title: 'Calendario de sesiones', kind: 'vote' }],
    },
  });
  expect(created.status()).toBe(201);
  const meetingId = (await created.json()).meeting.id as string;
  expect(
    (await api.post(`/api/meetings/${meetingId}/convene`, { headers: secretary, data: { at: '2021-02-10T10:00:00-06:00' } })).status(),
  ).toBe(200);
  const must = ['María del Carmen Nava Polina', 'Luis Gustavo Parra Noriega', 'Mariana Contreras Soto'];
  const voters = members.filter((m) => m.votes).map((m) => m.person);
  const present = [...voters.filter((p) => must.includes(p.name)), ...voters.filter((p) => !must.includes(p.name))].slice(0, PRESENT);
  for (const person of present) {
    const marked = await api.put(`/api/meetings/${meetingId}/attendance/${person.id}`, { headers: secretary, data: { status: 'present' } });
    expect(marked.status()).toBe(200);
  }
  const opened = await api.post(`/api/meetings/${meetingId}/open`, { headers: chair, data: { at: '2021-02-15T18:05:00-06:00' } });
  expect(opened.status()).toBe(200);
  const agendaItemId = (await opened.json()).agenda[0].id as string;
  const poll = await api.post(`/api/meetings/${meetingId}/polls`, {
    headers: secretary,
    data: { agendaItemId, subject: SUBJECT, method: 'named' },
  });
  expect(poll.status()).toBe(201);
  const { id: pollId, options } = (await poll.json()) as { id: string; options: Array<{ id: string; meaning: string }> };
  expect((await api.post(`/api/polls/${pollId}/open`, { headers: secretary })).status()).toBe(200);
  const yes = options.find((o) => o.meaning === 'yes')?.id as string;
  const idOf = (name: string) => present.find((p) => p.name === name)?.id as string;
  for (const [auth, name] of [
    [secretary, 'Luis Gustavo Parra Noriega'],
    [commissioner, 'Mariana Contreras Soto'],
  ] as const) {
    const cast = await api.post(`/api/polls/${pollId}/ballots`, {
      headers: auth,
      data: { memberPersonId: idOf(name), optionId: yes, idempotencyKey: `record-e2e-${name.replace(/\W/g, '')}` },
    });
    expect(cast.status()).toBe(201);
  }
  await api.dispose();
  return { meetingId, notVoted: 'María del Carmen Nava Polina' };
}

test.describe('the record tells the truth', () => {
  test.setTimeout(120_000);

  test('the chair closes a poll with rights unused: sees who has not voted, Escape cancels, then confirms; the result states its base', async ({
    page,
    baseURL,
  }) => {
    const { meetingId, notVoted } = await pollWithRightsUnused(baseURL as string);
    await signIn(page, CHAIR);
    await page.goto(`/sessions/${meetingId}`);
    // The room loads its whole state once; on a loaded machine that takes a while.
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 30_000 });

    const poll = page.getByRole('region', { name: 'Votaciones' }).getByRole('article', { name: SUBJECT });
    await expect(poll.getByText(`Han votado 2 de ${PRESENT} derechos de voto`)).toBeVisible();
    const close = poll.getByRole('button', { name: 'Cerrar votación' });
    await close.click();

    const dialog = page.getByRole('dialog', { name: `¿Cerrar la votación «${SUBJECT}»?` });
    await expect(dialog.getByText(`${PRESENT - 2} de ${PRESENT} derechos sin usar`)).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: notVoted })).toBeVisible();
    await expect(dialog.getByRole('listitem')).toHaveCount(PRESENT - 2);
    await expect(dialog.getByRole('listitem').filter({ hasText: 'Mariana Contreras Soto' })).toHaveCount(0);

    // Escape cancels: nothing is closed and the focus is back on the button that opened the dialog.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(close).toBeFocused();
    await expect(poll.getByText(`Han votado 2 de ${PRESENT} derechos de voto`)).toBeVisible();

    await close.click();
    await dialog.getByRole('button', { name: `Cerrar con 2 de ${PRESENT} derechos` }).click();
    await expect(poll.getByText(`Aprobado por unanimidad de los votos emitidos: 2 de ${PRESENT} derechos`)).toBeVisible();
  });

  test.describe('in Mexico City', () => {
    test.use({ timezoneId: 'America/Mexico_City' });

    test('the portal shows the seed session, its agreements and a member’s voting record on 15 February 2021', async ({ page }) => {
      await page.goto('/portal/sessions?year=2021');
      const session = page.getByRole('listitem').filter({ hasText: 'Primera Sesión Ordinaria 2021' });
      await expect(session).toContainText('15 de febrero de 2021');
      await session.getByRole('link', { name: 'Primera Sesión Ordinaria 2021' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Primera Sesión Ordinaria 2021' })).toBeVisible();
      await expect(page.getByText(/15 de febrero de 2021 a las 11:00/).first()).toBeVisible();

      // A member's voting record names the session by its day, not the day before.
      await page.getByRole('row').filter({ hasText: 'Paulina Elizabeth Compean Torres' }).getByRole('link').click();
      const attended = page.getByRole('listitem').filter({ hasText: 'Primera Sesión Ordinaria 2021' });
      await expect(attended).toContainText('15 de febrero de 2021');
      await expect(attended).not.toContainText('14 de febrero');
    });
  });
});
