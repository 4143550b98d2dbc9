import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, signIn, test } from './fixtures';

/** The seed record (the api's copy): its roll call is the one the secretary takes. */
interface SeedRecord {
  people: { roll_call: Array<{ name: string; answered: boolean; represented_by?: string }> };
}
const seed = JSON.parse(readFileSync(join(__dirname, '../../api/src/seed/demo-commission.json'), 'utf8')) as SeedRecord;

const SECRETARY = 'luis.parra@demo.cocrea.mx';

test.describe('quick roll call', () => {
  test.setTimeout(180_000);

  test('the secretary takes the seed roll call with "todos presentes" and its exceptions, one action each, a representation typed once, by keyboard', async ({
    page,
  }) => {
    await signIn(page, SECRETARY);
    await page.getByRole('link', { name: 'Sesiones', exact: true }).click();
    await page.getByRole('link', { name: 'Nueva sesión' }).click();
    await page.getByLabel('Título').fill('Sesión del pase de lista');
    await page.getByLabel('Fecha y hora').fill(`${new Date().getFullYear() + 1}-04-19T11:00`);
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sesión del pase de lista' })).toBeVisible();
    await page.getByRole('button', { name: 'Emitir convocatoria' }).click();
    await page.getByRole('button', { name: 'Sí, convocar' }).click();
    await expect(page.getByText('Convocada', { exact: true })).toBeVisible();

    const quorum = page.getByRole('region', { name: 'Quórum' });
    const row = (name: string) => page.getByRole('row', { name: new RegExp(name) });
    // Every click, key or typed name the secretary gives counts as one action.
    let actions = 0;

    // 1. "Todos presentes": every member without a status, at once.
    await page.getByRole('button', { name: /Todos presentes/ }).click();
    actions += 1;
    await expect(quorum).toContainText('Hay quórum: 43 de 43');

    // 2. The exceptions: members who did not answer, one key each on their row (keyboard, no mouse).
    const absent = seed.people.roll_call.filter((r) => !r.answered).map((r) => r.name);
    for (const name of absent) {
      await page.getByRole('button', { name: `Presente: ${name}` }).focus();
      await page.keyboard.press('a');
      actions += 1;
      await expect(page.getByRole('button', { name: `Ausente: ${name}` })).toHaveAttribute('aria-pressed', 'true');
    }

    // 3. The five represented members (four representatives): the name typed once, then Enter; no second entry.
    const represented = seed.people.roll_call.filter((r) => r.represented_by);
    expect(represented).toHaveLength(5);
    for (const entry of represented) {
      const representative = (entry.represented_by as string).split(',')[0].trim();
      const field = page.getByLabel(`Representante de ${entry.name}`);
      await field.fill(representative);
      await field.press('Enter');
      actions += 2;
      await expect(row(entry.name)).toHaveAttribute('data-status', 'represented');
    }
    await expect(quorum).toContainText('En representación: 5');
    await expect(quorum).toContainText(`Hay quórum: ${43 - absent.length} de 43`);

    // The old way took a drop-down and a "Guardar" per person: 2 x 43 actions, plus the proxies typed twice.
    expect(actions).toBe(1 + absent.length + 2 * represented.length);
    expect(actions).toBeLessThan(43);

    // The roll call survives a reload: it is the server's record, not the screen's.
    await page.reload();
    await expect(quorum).toContainText(`Hay quórum: ${43 - absent.length} de 43`, { timeout: 30_000 });
    await expect(row(represented[0].name)).toHaveAttribute('data-status', 'represented');
  });
});
