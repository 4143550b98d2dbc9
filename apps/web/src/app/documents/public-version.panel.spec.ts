import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { DocumentVersion, PublicVersionView, REDACTION_MARKER, apiPath } from '@cocrea/contracts';
import { of } from 'rxjs';
import { configureWebTestBed, problemResponse, testProblem } from '../../testing/setup';
import { PublicVersionPanel } from './public-version.panel';

const DOC = 'd0000000-0000-4000-8000-000000000001';
const VERSION = 'e0000000-0000-4000-8000-000000000002';
const TEXT = 'Contacto: ana@gesoc.mx\nTeléfono: 555 0101';

function version(overrides: Partial<DocumentVersion> = {}): DocumentVersion {
  return {
    id: VERSION,
    documentId: DOC,
    number: 3,
    name: 'Para sesión',
    kind: 'named',
    createdBy: null,
    createdAt: '2021-02-15T16:00:00Z',
    published: false,
    publishedAt: null,
    words: 5,
    ...overrides,
  };
}

describe('PublicVersionPanel', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PublicVersionPanel>;
  const view = () => fixture.nativeElement as HTMLElement;
  const button = (label: string) =>
    Array.from(view().querySelectorAll('button')).find((b) => b.textContent?.trim() === label) as HTMLButtonElement;
  const publicVersionUrl = apiPath('redactVersion', { documentId: DOC, versionId: VERSION });

  async function render(v: DocumentVersion, current: PublicVersionView | null = null) {
    fixture = TestBed.createComponent(PublicVersionPanel);
    fixture.componentRef.setInput('version', v);
    fixture.detectChanges();
    backend
      .expectOne({ method: 'GET', url: apiPath('diffVersions', { documentId: DOC, fromId: VERSION, toId: VERSION }) })
      .flush({ from: v, to: v, parts: [{ value: TEXT, added: false, removed: false }] });
    backend.expectOne({ method: 'GET', url: publicVersionUrl }).flush(current);
    await fixture.whenStable();
  }

  async function select(from: number, to: number) {
    const text = view().querySelector('[data-testid="public-version-source"]')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, from);
    range.setEnd(text, to);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    await fixture.whenStable();
  }

  beforeEach(() => {
    backend = configureWebTestBed();
    // The person confirms every dialog.
    jest.spyOn(TestBed.inject(MatDialog), 'open').mockReturnValue({ afterClosed: () => of({ reason: '' }) } as MatDialogRef<unknown>);
  });
  afterEach(() => backend.verify());

  it('shows the version text as one text node, so selection offsets are offsets into it', async () => {
    await render(version());
    const source = view().querySelector('[data-testid="public-version-source"]') as HTMLElement;
    expect(source.childNodes).toHaveLength(1);
    expect(source.textContent).toBe(TEXT);
  });

  it('lists and previews the selected passages, and the publish request carries their ranges', async () => {
    await render(version());
    await select(10, 22);
    button('Testar selección').click();
    await select(33, 41);
    button('Testar selección').click();
    await fixture.whenStable();

    expect(Array.from(view().querySelectorAll('q')).map((q) => q.textContent)).toEqual(['ana@gesoc.mx', '555 0101']);
    expect(view().querySelector('[data-testid="public-version-preview"]')?.textContent).toBe(
      `Contacto: ${REDACTION_MARKER}\nTeléfono: ${REDACTION_MARKER}`,
    );

    button('Publicar versión pública').click();
    const request = backend.expectOne({ method: 'POST', url: publicVersionUrl });
    expect(request.request.body).toEqual({
      redactions: [
        { from: 10, to: 22 },
        { from: 33, to: 41 },
      ],
    });
    request.flush({
      versionId: VERSION,
      text: `Contacto: ${REDACTION_MARKER}\nTeléfono: ${REDACTION_MARKER}`,
      redactions: 2,
      createdAt: '2021-02-16T10:00:00Z',
    });
    await fixture.whenStable();

    const heading = Array.from(view().querySelectorAll('h4')).find((h) => h.textContent?.includes('Versión pública vigente'));
    expect(view().querySelector('[data-testid="public-version-current"]')?.textContent).toContain(REDACTION_MARKER);
    expect(document.activeElement).toBe(heading);
  });

  it('removes a chosen passage', async () => {
    await render(version());
    await select(10, 22);
    button('Testar selección').click();
    await fixture.whenStable();
    button('Quitar').click();
    await fixture.whenStable();
    expect(view().querySelectorAll('q')).toHaveLength(0);
    expect(button('Publicar versión pública').disabled).toBe(true);
  });

  it('shows the refusal’s message when the version was published meanwhile', async () => {
    await render(version());
    await select(0, 8);
    button('Testar selección').click();
    await fixture.whenStable();
    button('Publicar versión pública').click();
    backend
      .expectOne({ method: 'POST', url: publicVersionUrl })
      .flush(
        testProblem(
          'conflict',
          409,
          { title: 'Conflicto', detail: 'La versión ya se publicó.' },
          { title: 'Conflict', detail: 'The version was already published.' },
        ),
        problemResponse(409, 'Conflict'),
      );
    await fixture.whenStable();
    expect(view().querySelector('[role="alert"]')?.textContent).toContain('La versión ya se publicó.');
  });

  it('says why the version cannot be read when the api refuses it', async () => {
    fixture = TestBed.createComponent(PublicVersionPanel);
    fixture.componentRef.setInput('version', version());
    fixture.detectChanges();
    backend
      .expectOne({ method: 'GET', url: apiPath('diffVersions', { documentId: DOC, fromId: VERSION, toId: VERSION }) })
      .flush(
        testProblem(
          'forbidden',
          403,
          { title: 'Prohibido', detail: 'No puede editar este documento.' },
          { title: 'Forbidden', detail: 'You cannot edit it.' },
        ),
        problemResponse(403, 'Forbidden'),
      );
    backend.match({ method: 'GET', url: publicVersionUrl });
    await fixture.whenStable();
    expect(view().querySelector('[role="alert"]')?.textContent).toContain('No puede editar este documento.');
    expect(button('Reintentar')).toBeDefined();
  });

  it('offers no redaction of a published version, only the versión pública it has', async () => {
    await render(version({ published: true }), null);
    expect(view().querySelector('[data-testid="public-version-source"]')).toBeNull();
    expect(button('Publicar versión pública')).toBeUndefined();
    expect(view().textContent).toContain('Esta versión no tiene versión pública.');
  });
});
