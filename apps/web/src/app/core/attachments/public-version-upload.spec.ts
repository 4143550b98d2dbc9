import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiRoutes, AttachmentSummary, apiPath } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, testProblem } from '../../../testing/setup';
import { PublicVersionUpload } from './public-version-upload';

const original: AttachmentSummary = {
  id: '5b0d7f36-1c1e-4d8e-9b1a-000000000001',
  filename: 'oficio-firmado.pdf',
  mediaType: 'application/pdf',
  size: 120_000,
  createdAt: '2021-02-15T17:23:00Z',
};
const redacted: AttachmentSummary = { ...original, id: '5b0d7f36-1c1e-4d8e-9b1a-000000000002', filename: 'oficio-testado.pdf' };
const SET_URL = apiPath('setPublicFile', { attachmentId: original.id });

describe('PublicVersionUpload', () => {
  let http: HttpTestingController;
  beforeEach(() => (http = configureWebTestBed()));
  afterEach(() => http.verify());

  function render() {
    const fixture = TestBed.createComponent(PublicVersionUpload);
    fixture.componentRef.setInput('original', original);
    fixture.detectChanges();
    const view = fixture.nativeElement as HTMLElement;
    const pick = (file: File) => {
      const input = view.querySelector('input[type=file]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
      fixture.detectChanges();
    };
    const uploadRedacted = () => {
      pick(new File(['%PDF-1.4'], 'oficio-testado.pdf', { type: 'application/pdf' }));
      const upload = http.expectOne({ method: 'POST', url: ApiRoutes.attachments });
      expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
      upload.flush(redacted);
      fixture.detectChanges();
    };
    return { fixture, view, uploadRedacted };
  }

  it('names the group after the original and labels the action "Subir versión pública"', () => {
    const { view } = render();
    expect(view.querySelector('[role=group]')?.getAttribute('aria-label')).toBe('Versión pública de oficio-firmado.pdf');
    expect(view.querySelector('button')?.textContent).toContain('Subir versión pública');
  });

  it('uploads the redacted file and names it the original’s public version', () => {
    const { fixture, view, uploadRedacted } = render();
    uploadRedacted();
    const set = http.expectOne({ method: 'POST', url: SET_URL });
    expect(set.request.body).toEqual({ publicVersionId: redacted.id });
    set.flush({ attachmentId: original.id, publicVersionId: redacted.id });
    fixture.detectChanges();
    expect(view.textContent).toContain('El portal mostrará oficio-testado.pdf en lugar de oficio-firmado.pdf.');
  });

  it('shows the server’s refusal in its own words', () => {
    const { fixture, view, uploadRedacted } = render();
    uploadRedacted();
    http
      .expectOne(SET_URL)
      .flush(
        testProblem(
          'forbidden',
          403,
          { title: 'Sin permiso', detail: 'Solo la presidencia o la secretaría técnica pueden hacerlo.' },
          { title: 'Forbidden', detail: 'Only the chair or the secretary may.' },
        ),
        problemResponse(403, 'Forbidden'),
      );
    fixture.detectChanges();
    expect(view.querySelector('.public-version > [aria-live] [role=alert]')?.textContent).toContain(
      'No se pudo asignar la versión pública de oficio-firmado.pdf. Sin permiso. Solo la presidencia o la secretaría técnica pueden hacerlo.',
    );
    expect(view.textContent).not.toContain('El portal mostrará');
  });
});
