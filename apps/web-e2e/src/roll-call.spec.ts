import { request as playwrightRequest } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, expect, signIn, test } from './fixtures';

/** The seed record (the api's copy): its roll call is the one the secretary takes. */
interface SeedRecord {
  people: { roll_call: Array<{ name: string; state: string | null; answered: boolean; represented_by?: string; note?: string }> };
}
const seed = JSON.parse(readFileSync(join(__dirname, '../../api/src/seed/demo-commission.json'), 'utf8')) as SeedRecord;

const SECRETARY = 'luis.parra@demo.cocrea.mx';
const LETTER = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

const representativeOf = (entry: { represented_by?: string }) => (entry.represented_by as string).split(',')[0].trim();

/** Letters that arrived before the session, filed through the api with their PDF: on file before the roll call. */
async function fileLetters(baseURL: string, meetingId: string, entries: SeedRecord['people']['roll_call']): Promise<void> {
  const api = await playwrightRequest.newContext({ baseURL });
  const secretary = await bearer(api, SECRETARY);
  const commissionId = (await (await api.get('/api/commissions', { headers: secretary })).json()).items[0].id as string;
  const members = (await (await api.get(`/api/commissions/${commissionId}/members?pageSize=100`, { headers: secretary })).json())
    .items as Array<{ person: { id: string; name: string } }>;
  for (const entry of entries) {
    const letter = await api.post('/api/attachments', {
      headers: secretary,
      multipart: { file: { name: 'carta-poder.pdf', mimeType: 'application/pdf', buffer: LETTER } },
    });
    expect(letter.status()).toBe(201);
    const filed = await api.post(`/api/meetings/${meetingId}/representations`, {
      headers: secretary,
      data: {
        memberPersonId: members.find((m) => m.person.name === entry.name)?.person.id,
        representativeName: representativeOf(entry),
        letterAttachmentId: (await letter.json()).id,
      },
    });
    expect(filed.status()).toBe(201);
  }
  await api.dispose();
}

test.describe('quick roll call', () => {
  test.setTimeout(180_000);

  test('the secretary takes the seed roll call in a dozen actions: "todos presentes", the absent named at once, a late arrival by key, a representation typed once', async ({
    page,
    baseURL,
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
    const meetingId = new URL(page.url()).pathname.split('/').pop() as string;

    const roll = seed.people.roll_call;
    const represented = roll.filter((r) => r.represented_by);
    expect(represented).toHaveLength(5);
    // Four letters arrived before the session; the fifth representative turns up with theirs during the roll call.
    const [typed, ...onFile] = represented;
    await fileLetters(baseURL as string, meetingId, onFile);
    await page.reload();

    const quorum = page.getByRole('region', { name: 'Quórum' });
    const row = (name: string) => page.getByRole('row', { name: new RegExp(name) });
    await expect(row(onFile[0].name)).toHaveAttribute('data-status', 'represented');
    // Every click, key or typed text the secretary gives counts as one action.
    let actions = 0;

    // 1. "Todos presentes": every member without a status (those with a letter on file are already represented).
    await page.getByRole('button', { name: /Todos presentes/ }).click();
    actions += 1;
    await expect(quorum).toContainText('Hay quórum: 43 de 43');

    // 2. Those who did not answer, named at once as the record lists them (with their state); the late one apart.
    const late = roll.find((r) => r.note === 'joined after the roll call') as SeedRecord['people']['roll_call'][number];
    const absent = roll.filter((r) => !r.answered && r !== late);
    await page.getByRole('button', { name: 'Marcar varios a la vez…' }).click();
    await page.getByLabel('Nombres, uno por línea').fill(absent.map((r) => `${r.name} (${r.state})`).join('\n'));
    await expect(page.getByText(`Personas reconocidas: ${absent.length}`)).toBeVisible();
    await page.getByRole('button', { name: `Marcar ${absent.length} como ausentes` }).click();
    actions += 3;
    for (const r of absent) await expect(row(r.name)).toHaveAttribute('data-status', 'absent');
    await expect(page.getByRole('button', { name: 'Marcar varios a la vez…' })).toBeFocused();

    // 3. The member who joined after the roll call: one key on their row (keyboard, no mouse).
    await page.getByRole('button', { name: `Presente: ${late.name}` }).focus();
    await page.keyboard.press('t');
    actions += 1;
    await expect(row(late.name)).toHaveAttribute('data-status', 'late');

    // 4. The fifth representation, typed once in the member's row: R on the row, the name, then Enter.
    await page.getByRole('button', { name: `Presente: ${typed.name}` }).focus();
    await page.keyboard.press('r');
    const field = page.getByLabel(`Representante de ${typed.name}`);
    await expect(field).toBeFocused();
    await field.fill(representativeOf(typed));
    await field.press('Enter');
    actions += 3;
    await expect(row(typed.name)).toHaveAttribute('data-status', 'represented');

    const present = 43 - absent.length;
    await expect(quorum).toContainText('En representación: 5');
    await expect(quorum).toContainText(`Hay quórum: ${present} de 43`);
    // The old way took a drop-down and a "Guardar" per person: 2 x 43 actions, plus the proxies typed twice.
    expect(actions).toBeLessThanOrEqual(12);

    // The roll call survives a reload: it is the server's record, not the screen's.
    await page.reload();
    await expect(quorum).toContainText(`Hay quórum: ${present} de 43`, { timeout: 30_000 });
    await expect(row(typed.name)).toHaveAttribute('data-status', 'represented');
    await expect(row(late.name)).toHaveAttribute('data-status', 'late');
  });
});
