import { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { CHAIR, openRoomWithPoll } from './room-setup';

/**
 * The room's projector at 1920×1080: full screen without the app's navigation, the current item, the quorum, the
 * speaker with the countdown and the open poll, and no text under 24 px (read from the back of the room).
 */
const TITLE = 'Sesión Extraordinaria proyectada (e2e)';
const SUBJECT = 'Aprobación del acta en pantalla (e2e)';
const MIN_TEXT_PX = 24;

/** Visible elements that hold text of their own, with a computed font size under `min`. */
const smallText = (page: Page, min: number) =>
  page.evaluate((limit) => {
    const small: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (!ownText || box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
      const size = parseFloat(style.fontSize);
      if (size < limit) small.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" ${size}px`);
    }
    return small;
  }, min);

test('the projector shows the room full screen at 1920×1080 with no text under 24 px and no app navigation', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const { meetingId } = await openRoomWithPoll(baseURL as string, TITLE, SUBJECT, { speaker: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await signIn(page, CHAIR);
  await page.goto(`/sessions/${meetingId}/projector`);

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { name: '3. Lectura y, en su caso, aprobación del acta de la sesión anterior' })).toBeVisible();
  await expect(page.getByText('Mariana Contreras Soto', { exact: true })).toBeVisible();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('heading', { name: SUBJECT })).toBeVisible();
  await expect(page.getByText(/Han votado 0 de \d+ derechos de voto/)).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Salir' })).toHaveCount(0);
  expect(await smallText(page, MIN_TEXT_PX)).toEqual([]);
  await page.screenshot({ path: 'tmp/screens/projector-1920.png' });
});
