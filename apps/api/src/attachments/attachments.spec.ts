import { ATTACHMENT_MAX_BYTES, AttachmentSummary } from '@cocrea/contracts';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { disguisedScript, sampleDocx, samplePdf, samplePng, sampleXlsx } from '../testing/sample-files';
import { createMeeting, memberIds, personId, seedCall } from '../meetings/testing/meeting-fixtures';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { PROXIED_MEMBER } from '../voting/testing/voting-fixtures';

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

  describe('who reads a file follows what links it', () => {
    const status = async (id: string, auth: string) => {
      const meta = await t.http.get(`/api/attachments/${id}/meta`).set('Authorization', auth);
      const download = await t.http.get(`/api/attachments/${id}`).set('Authorization', auth);
      expect(meta.status).toBe(download.status);
      return download.status;
    };
    let as: Record<'secretary' | 'chair' | 'commissioner' | 'representative' | 'admin' | 'public', string>;
    let commissionId: string;
    beforeAll(async () => {
      const [secretary, chair, commissioner, representative, admin] = await Promise.all(
        [DEMO.secretary, DEMO.chair, DEMO.commissioner, DEMO.representative, DEMO.admin].map((email) => t.login(email)),
      );
      await t.http
        .post('/api/people')
        .set('Authorization', admin)
        .send({ name: 'Persona Sin Cargo', email: 'sin.cargo@example.mx', password: 'Contrasena-segura-1' })
        .expect(201);
      as = { secretary, chair, commissioner, representative, admin, public: await t.login('sin.cargo@example.mx', 'Contrasena-segura-1') };
      commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id;
    });

    it('a file nothing links is its uploader’s (and the admins’): anyone else gets 404', async () => {
      const { id } = (await upload(samplePdf('borrador'), 'borrador.pdf', as.secretary).expect(201)).body as AttachmentSummary;
      expect(await status(id, as.secretary)).toBe(200);
      expect(await status(id, as.admin)).toBe(200);
      for (const other of [as.chair, as.commissioner, as.representative, as.public, partner]) expect(await status(id, other)).toBe(404);
    });

    it('a representation letter: the chair and secretary, the representative and the member represented; not other members', async () => {
      const { id } = (await upload(samplePdf('oficio'), 'oficio.pdf', as.secretary).expect(201)).body as AttachmentSummary;
      const meeting = await createMeeting(t, as.secretary, commissionId);
      const ids = await memberIds(t, as.secretary, commissionId);
      const jimena = await personId(t, as.secretary, 'Jimena Reigosa');
      await t.http
        .post(`/api/meetings/${meeting.meeting.id}/representations`)
        .set('Authorization', as.secretary)
        .send({
          memberPersonId: ids.get(PROXIED_MEMBER),
          representativePersonId: jimena,
          representativeName: 'Jimena Reigosa',
          letterAttachmentId: id,
        })
        .expect(201);
      for (const reader of [as.secretary, as.chair, as.representative, as.admin]) expect(await status(id, reader)).toBe(200);
      for (const other of [as.commissioner, as.public, partner]) expect(await status(id, other)).toBe(404);
    });

    it('a document of a session’s call: the commission’s members; not a partner or an account with no role', async () => {
      const { id } = (await upload(samplePdf('convocatoria'), 'convocatoria.pdf', as.secretary).expect(201)).body as AttachmentSummary;
      await createMeeting(t, as.secretary, commissionId, seedCall({ documentIds: [id] }));
      for (const reader of [as.chair, as.commissioner]) expect(await status(id, reader)).toBe(200);
      for (const other of [as.public, partner]) expect(await status(id, other)).toBe(404);
    });
  });
});
