import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ATTACHMENT_MAX_BYTES, ApiRoutes, AttachmentSummary } from '@cocrea/contracts';
import { configureWebTestBed, problemResponse, testProblem } from '../../../testing/setup';
import { AttachmentLink } from './attachment-link';
import { AttachmentUpload } from './attachment-upload';

const stored: AttachmentSummary = {
  id: '5b0d7f36-1c1e-4d8e-9b1a-000000000001',
  filename: 'metodologia.pdf',
  mediaType: 'application/pdf',
  size: 2_621_440,
  createdAt: '2021-02-15T17:23:00Z',
};

describe('AttachmentUpload', () => {
  let http: HttpTestingController;
  beforeEach(() => (http = configureWebTestBed()));
  afterEach(() => http.verify());

  function render() {
    const fixture = TestBed.createComponent(AttachmentUpload);
    const emitted: AttachmentSummary[] = [];
    fixture.componentInstance.uploaded.subscribe((a) => emitted.push(a));
    fixture.detectChanges();
    const input = fixture.nativeElement.querySelector('input[type=file]') as HTMLInputElement;
    const pick = (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
      fixture.detectChanges();
    };
    return { fixture, emitted, pick, text: () => (fixture.nativeElement as HTMLElement).textContent ?? '' };
  }

  it('uploads the picked file as multipart and emits what the api stored', () => {
    const { emitted, pick, text, fixture } = render();
    pick(new File(['%PDF-1.4'], 'metodologia.pdf', { type: 'application/pdf' }));
    const request = http.expectOne({ method: 'POST', url: ApiRoutes.attachments });
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(text()).toContain('Subiendo metodologia.pdf… 0 %');
    request.flush(stored);
    fixture.detectChanges();
    expect(emitted).toEqual([stored]);
    expect(text()).toContain('Se adjuntó metodologia.pdf.');
  });

  it('forgets the last upload when reset, so a sent form does not keep announcing its file', () => {
    const { pick, text, fixture } = render();
    pick(new File(['%PDF-1.4'], 'insumo.pdf', { type: 'application/pdf' }));
    http.expectOne({ method: 'POST', url: ApiRoutes.attachments }).flush(stored);
    fixture.detectChanges();
    expect(text()).toContain('Se adjuntó insumo.pdf.');
    fixture.componentInstance.reset();
    fixture.detectChanges();
    expect(text()).not.toContain('insumo.pdf');
  });

  it('refuses a file over the limit before sending it', () => {
    const { emitted, pick, text } = render();
    const big = new File(['x'], 'grande.pdf');
    Object.defineProperty(big, 'size', { value: ATTACHMENT_MAX_BYTES + 1 });
    pick(big);
    http.expectNone(ApiRoutes.attachments);
    expect(emitted).toEqual([]);
    expect(text()).toContain('grande.pdf pesa más de 20 MB; elija un archivo más pequeño.');
  });

  it('shows the server’s reason when it refuses the content', () => {
    const { emitted, pick, text, fixture } = render();
    pick(new File(['#!/bin/sh'], 'acta.pdf'));
    const problem = testProblem(
      'unsupported_media_type',
      415,
      { title: 'Tipo de archivo no permitido', detail: 'Solo se aceptan PDF.' },
      { title: 'File type not allowed', detail: 'Only PDF.' },
    );
    http.expectOne(ApiRoutes.attachments).flush(problem, problemResponse(415, 'Unsupported Media Type'));
    fixture.detectChanges();
    expect(emitted).toEqual([]);
    expect(fixture.nativeElement.querySelector('[role=alert]').textContent).toContain('No se pudo adjuntar acta.pdf. Solo se aceptan PDF.');
    expect(text()).not.toContain('Subiendo');
  });
});

describe('AttachmentLink', () => {
  beforeEach(() => configureWebTestBed());

  it('links to the download and says the size in the interface language', () => {
    const fixture = TestBed.createComponent(AttachmentLink);
    fixture.componentRef.setInput('attachment', stored);
    fixture.detectChanges();
    const link = fixture.nativeElement.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(ApiRoutes.attachment(stored.id));
    expect(link.getAttribute('aria-label')).toBe('Descargar metodologia.pdf (2.5 MB)');
  });
});
