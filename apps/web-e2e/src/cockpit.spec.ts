import type { Locator } from '@playwright/test';
import { expect, seriousViolations, signIn, test } from './fixtures';
import { openRoomWithPoll, SECRETARY } from './room-setup';

/**
 * The secretary's room is organized by the session's moment: an open session shows the proceedings first (the
 * current item, the floor, the open poll), the call and attendance and the agreements are one tab (or arrow key)
 * away and can be linked to, and the quorum stays in view in every moment, at 1366 and at 390 px.
 */
const TITLE = 'Sesión Extraordinaria por momentos (e2e)';
const SUBJECT = 'Aprobación del acta desde la cabina (e2e)';

const topOf = async (locator: Locator) => (await locator.boundingBox())?.y ?? Infinity;

test('the secretary runs an open session from its proceedings, the other moments one key away and linkable, the quorum always in view', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { meetingId } = await openRoomWithPoll(baseURL as string, TITLE, SUBJECT);
  await signIn(page, SECRETARY);
  await page.goto(`/sessions/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  const moments = page.getByRole('tablist', { name: 'Momentos de la sesión' });
  const tab = (name: string) => moments.getByRole('tab', { name: new RegExp(`^${name}`) });
  const quorum = page.getByRole('region', { name: 'Quórum' });
  // The open session's moment comes first: the current item and the open poll, with the quorum beside them.
  await expect(tab('Desarrollo')).toHaveAttribute('aria-selected', 'true');
  const proceedings = page.getByRole('tabpanel', { name: /^Desarrollo/ });
  await expect(
    proceedings.getByRole('heading', { name: '3. Lectura y, en su caso, aprobación del acta de la sesión anterior' }),
  ).toBeVisible();
  await expect(proceedings.getByRole('article', { name: SUBJECT })).toBeVisible();
  await expect(quorum).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pase de lista' })).toBeHidden();
  expect(await seriousViolations(page)).toEqual([]);

  // The arrow keys move between moments; the address keeps the moment, so a reload (or a link) opens it again.
  await tab('Desarrollo').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Convocatoria y asistencia')).toBeFocused();
  await expect(page.getByRole('region', { name: 'Pase de lista' })).toBeVisible();
  await expect(page).toHaveURL(/\?moment=attendance$/);
  await expect(quorum).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect(tab('Convocatoria y asistencia')).toHaveAttribute('aria-selected', 'true');

  await tab('Acuerdos y acta').click();
  await expect(page.getByRole('tabpanel', { name: /^Acuerdos y acta/ }).getByRole('button', { name: 'Registrar decisión' })).toBeVisible();
  await expect(quorum).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // On a phone: no sideways scroll, the quorum above the moments, the roll call four buttons to a row.
  await page.setViewportSize({ width: 390, height: 844 });
  await tab('Convocatoria y asistencia').click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await topOf(quorum)).toBeLessThan(await topOf(moments));
  const first = page.getByRole('group', { name: /^Asistencia de / }).first();
  const buttons = first.getByRole('button');
  await expect(buttons).toHaveCount(4);
  expect(new Set(await Promise.all((await buttons.all()).map(topOf))).size).toBe(1);
  await page.screenshot({ path: 'tmp/screens/cockpit-roll-call-390.png' });
});
