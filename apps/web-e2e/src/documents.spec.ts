import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

/** The chair coordinates "Estado del arte de apertura". */
const COORDINATOR = 'maria.nava@demo.cocrea.mx';
/** Javier Moro, GESOC: a partner of the group, with no seat in the commission. */
const GESOC_PARTNER = 'javier.moro@demo.cocrea.mx';
const GROUP = 'Estado del arte de apertura';
const DELIVERABLE = 'Diagnóstico de la situación de apertura en las entidades federativas';
const DOCUMENT = 'Diagnóstico de la situación de apertura (borrador)';
const PROPOSED = 'cuestionario común validado con la sociedad civil';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** From the groups list to the document, the way a person finds it; `status` is what the connection says to them. */
async function openDocument(page: Page, status = /Conectado: los cambios se guardan en vivo/): Promise<void> {
  await page.getByRole('link', { name: 'Grupos de trabajo' }).click();
  await page.getByRole('link', { name: GROUP }).click();
  await page.getByRole('link', { name: DELIVERABLE }).click();
  await page.getByRole('link', { name: 'Documentos colaborativos de este producto' }).click();
  await page.getByRole('link', { name: DOCUMENT }).click();
  await expect(page.getByRole('heading', { level: 1, name: DOCUMENT })).toBeVisible();
  await expect(page.getByText(status)).toBeVisible();
  await expect(page.getByTestId('document-editor')).toContainText('cuestionario común');
}

/** Selects `phrase` in the editor as a mouse drag would (ProseMirror reads the DOM selection). */
async function select(page: Page, phrase: string): Promise<void> {
  await page.getByTestId('document-editor').locator('.ProseMirror').focus();
  await page.evaluate((text) => {
    const root = document.querySelector('.ProseMirror') as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = window.getSelection() as Selection;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`"${text}" is not in the editor`);
  }, phrase);
}

test.describe('co-created documents', () => {
  // Two people, live co-editing, a version and an export: about 30 s on a busy machine, more than the default.
  test.setTimeout(90_000);

  test('a GESOC partner proposes a change and comments, the coordinator sees both live, accepts, names a version and exports it', async ({
    browser,
  }) => {
    const coordinator = await signedIn(browser, COORDINATOR);
    await openDocument(coordinator);
    await expect(coordinator.getByText('Puede editar')).toBeVisible();

    const partner = await signedIn(browser, GESOC_PARTNER);
    // A partner proposes and observes: the live text is not theirs to change, and they are told so.
    await openDocument(partner, /Conectado en modo de lectura/);
    await expect(partner.getByText('Puede proponer cambios y hacer observaciones')).toBeVisible();
    await expect(partner.getByRole('toolbar', { name: 'Formato' })).toHaveCount(0);

    // The partner proposes a replacement for a selected phrase…
    await select(partner, 'cuestionario común');
    await expect(partner.getByText('Texto seleccionado: «cuestionario común»')).toBeVisible();
    await partner.getByLabel('Texto propuesto').fill(PROPOSED);
    await partner.getByRole('button', { name: 'Proponer cambio' }).click();
    await expect(partner.getByRole('tab', { name: 'Propuestas (1)' })).toBeVisible();

    // …and leaves an observation on another passage.
    await partner.getByRole('tab', { name: /Observaciones/ }).click();
    await select(partner, 'secretariado técnico local');
    await partner.getByLabel('Observación').fill('¿Cuántas entidades lo tienen activo? Podemos aportar el dato de GESOC.');
    await partner.getByRole('button', { name: 'Agregar observación' }).click();
    await expect(partner.getByRole('tab', { name: 'Observaciones (1)' })).toBeVisible();

    // The coordinator sees both without reloading: inline in the text and in the side panel.
    await expect(coordinator.getByRole('tab', { name: 'Propuestas (1)' })).toBeVisible();
    await expect(coordinator.locator('.cc-proposal-insertion')).toHaveText(PROPOSED);
    await expect(coordinator.locator('.cc-proposal-deletion')).toHaveText('cuestionario común');
    await expect(coordinator.getByRole('tab', { name: 'Observaciones (1)' })).toBeVisible();
    await coordinator.getByRole('tab', { name: /Observaciones/ }).click();
    await expect(coordinator.getByText('Podemos aportar el dato de GESOC.')).toBeVisible();

    // The coordinator accepts the change: everyone's text has it.
    await coordinator.getByRole('tab', { name: /Propuestas/ }).click();
    await coordinator.getByRole('button', { name: 'Aceptar', exact: true }).click();
    // The suggestion widget (which shows PROPOSED too) goes away first, so the text checked next is the document's own,
    // and on the partner's page it arrived live over the co-editing socket.
    for (const page of [coordinator, partner]) {
      await expect(page.locator('.cc-proposal-insertion')).toHaveCount(0);
      await expect(page.locator('.cc-proposal-deletion')).toHaveCount(0);
      await expect(page.getByTestId('document-editor')).toContainText(PROPOSED);
      await expect(page.getByTestId('document-editor')).not.toContainText(`cuestionario común${PROPOSED}`);
    }
    await expect(coordinator.getByRole('tab', { name: 'Propuestas (0)' })).toBeVisible();
    await coordinator.screenshot({ path: 'tmp/screens/documents-editor.png', fullPage: true });

    // A named version, exported as Markdown, holds the accepted text.
    await coordinator.getByRole('tab', { name: 'Versiones' }).click();
    await coordinator.getByLabel('Nombre de la versión').fill('Versión para revisión de la Comisión');
    await coordinator.getByRole('button', { name: 'Guardar versión' }).click();
    const named = coordinator.getByRole('listitem').filter({ hasText: 'Versión para revisión de la Comisión' });
    await expect(named).toBeVisible();
    const download = coordinator.waitForEvent('download');
    await named.getByRole('link', { name: 'Markdown' }).click();
    const markdown = readFileSync(await (await download).path(), 'utf8');
    expect(markdown).toContain('Versión para revisión de la Comisión');
    expect(markdown).toContain(PROPOSED);
    await coordinator.screenshot({ path: 'tmp/screens/documents-versions.png', fullPage: true });
  });
});
