import { ATTACHMENT_MAX_BYTES, AttachmentSummary } from '@cocrea/contracts';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { disguisedScript, sampleDocx, samplePdf, samplePng, sampleXlsx } from '../testing/sample-files';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';

describe('attachments', () => {
  let t: TestApp;
  let partner: string;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    partner = await t.login(DEMO.partner);
  });
  afterAll(() => t?.close());

  const upload = (content: Buffer, filename: string, auth = partner) =>
    t.http.post('/api/attachments').set('Authorization', auth).attach('file', content, filename);

  const storedFiles = (): string[] => {
    const root = join(t.dataDir, 'files');
    return existsSync(root)
      ? readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => e.name)
      : [];
  };
  const storedRows = () => t.app.get(DataSource).query('SELECT count(*)::int AS n FROM attachments') as Promise<[{ n: number }]>;

  it('stores a PDF and gives back the same bytes under the name it was uploaded with', async () => {
    const pdf = samplePdf('Metodología');
    const created = await upload(pdf, 'Metodología COVID.pdf').expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      filename: 'Metodología COVID.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
      createdAt: expect.any(String),
    } satisfies AttachmentSummary);

    const download = await t.http.get(`/api/attachments/${created.body.id}`).set('Authorization', partner).buffer(true).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe('attachment; filename="Metodología COVID.pdf"');
    expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);
    expect((await t.http.get(`/api/attachments/${created.body.id}/meta`).set('Authorization', partner).expect(200)).body).toEqual(
      created.body,
    );
  });

  it.each([
    ['informe.docx', sampleDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['datos.xlsx', sampleXlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['foto.png', samplePng(), 'image/png'],
    // The name says text; the content says PNG, and the content decides.
    ['foto.txt', samplePng(), 'image/png'],
  ])('recognises %s by its content', async (filename, content, mediaType) => {
    expect((await upload(content, filename).expect(201)).body.mediaType).toBe(mediaType);
  });

  it('refuses content that is not an allowed type with 415, whatever its name, and keeps nothing', async () => {
    const before = { files: storedFiles().length, rows: (await storedRows())[0].n };
    const refused = await upload(disguisedScript(), 'acta.pdf').expect(415);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'unsupported_media_type', title: 'Tipo de archivo no permitido' });
    expect({ files: storedFiles().length, rows: (await storedRows())[0].n }).toEqual(before);
  });

  it('refuses a file over the limit with 413 in both languages, and keeps nothing', async () => {
    const before = { files: storedFiles().length, rows: (await storedRows())[0].n };
    const tooBig = Buffer.concat([samplePdf(), Buffer.alloc(ATTACHMENT_MAX_BYTES)]);
    const refused = await upload(tooBig, 'grande.pdf').set('Accept-Language', 'en').expect(413);
    expect(refused.body).toMatchObject({ code: 'file_too_large', detail: 'The file exceeds the limit of 20 MB.' });
    expect(refused.body.messages.es.detail).toBe('El archivo supera el límite de 20 MB.');
    expect({ files: storedFiles().length, rows: (await storedRows())[0].n }).toEqual(before);
  });

  it('answers 400 for a request without a file, with an empty file, or with extra fields', async () => {
    const noFile = await t.http.post('/api/attachments').set('Authorization', partner).field('note', 'x').expect(400);
    expect(noFile.body.errors[0].path).toBe('file');
    await t.http.post('/api/attachments').set('Authorization', partner).send({}).expect(400);
    await upload(Buffer.alloc(0), 'vacío.pdf').expect(400);
    await t.http
      .post('/api/attachments')
      .set('Authorization', partner)
      .attach('file', samplePdf(), 'a.pdf')
      .attach('file', samplePdf(), 'b.pdf')
      .expect(400);
  });

  it('keeps only the base name of a path-like filename', async () => {
    expect((await upload(samplePdf(), '../../etc/passwd.pdf').expect(201)).body.filename).toBe('passwd.pdf');
  });

  it('needs a session to upload or download', async () => {
    const created = await upload(samplePdf(), 'a.pdf').expect(201);
    await t.http.post('/api/attachments').attach('file', samplePdf(), 'a.pdf').expect(401);
    await t.http.get(`/api/attachments/${created.body.id}`).expect(401);
  });

  it('answers 404 for an unknown attachment and 400 for an id that is not a UUID', async () => {
    const missing = await t.http.get('/api/attachments/00000000-0000-4000-8000-000000000000').set('Authorization', partner).expect(404);
    expect(missing.body.detail).toBe('No existe un archivo adjunto con ese identificador.');
    await t.http.get('/api/attachments/nope/meta').set('Authorization', partner).expect(400);
  });
});
