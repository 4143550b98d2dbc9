import type { Locator, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { COMMISSIONER, openRoomWithPoll } from './room-setup';

/**
 * Casting a vote with the keyboard only: on a phone the open ballot is the first thing in the room, "Emitir mi voto"
 * moves focus to the question so "Sí, emitir" is at most 3 Tab presses away, and confirming moves focus to the receipt,
 * which restates the choice.
 */
const TITLE = 'Sesión Extraordinaria de votación con teclado (e2e)';
const SUBJECT = 'Aprobación del acta con el teclado (e2e)';

/** The top of an element on the page (below everything when it is not laid out). */
const topOf = async (locator: Locator) => (await locator.boundingBox())?.y ?? Infinity;

/** How many Tab presses, up to `limit`, it takes until `target` has focus (more than `limit` when it never does). */
async function tabsUntilFocused(page: Page, target: Locator, limit: number): Promise<number> {
  for (let presses = 0; presses <= limit; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
    await page.keyboard.press('Tab');
  }
  return limit + 1;
}

test('a commissioner casts a vote with the keyboard: the confirmation within 3 Tab presses, then focus on the receipt', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const { meetingId } = await openRoomWithPoll(baseURL as string, TITLE, SUBJECT);
  await signIn(page, COMMISSIONER);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/sessions/${meetingId}`);
  const ballot = page.getByRole('article', { name: SUBJECT }).getByRole('group', { name: 'Su voto' });
  await expect(ballot).toBeVisible();
  // A member's lean view: the ballot comes before the quorum, the agenda and the floor.
  const quorum = page.getByRole('region', { name: 'Quórum' });
  expect(await topOf(ballot)).toBeLessThan(await topOf(quorum));

  await ballot.getByRole('radio', { name: 'A favor' }).focus();
  await page.keyboard.press('Space');
  const cast = ballot.getByRole('button', { name: 'Emitir mi voto' });
  await cast.focus();
  await page.keyboard.press('Enter');

  const confirm = ballot.getByRole('button', { name: 'Sí, emitir' });
  expect(await tabsUntilFocused(page, confirm, 3)).toBeLessThanOrEqual(3);
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');

  const receipt = ballot.getByRole('status').filter({ hasText: 'Voto registrado: «A favor». Su comprobante:' });
  await expect(receipt).toBeVisible();
  await expect(receipt).toBeFocused();
  await page.screenshot({ path: 'tmp/screens/voting-keyboard-receipt-390.png', fullPage: false });
});
