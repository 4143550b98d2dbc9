import { ChallengeModerationEntry, IDEA_ATTACHMENT_LIMIT, Page, PublicChallenge, PublicIdea, PublicIdeaComment } from '@cocrea/contracts';
import { DataSource } from 'typeorm';
import { disguisedScript, samplePdf, samplePng } from '../testing/sample-files';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { ChallengeAccess } from './challenge-access';
import { challengeInput, citizen, moveClockInto, signUp, weeklyCalendar } from './testing/challenge-fixtures';

/** Comments (and their moderation), files and co-authors on an idea: who may, in which phase, and what the portal shows. */
describe('working on an idea together', () => {
  let t: TestApp;
  let db: DataSource;
  let secretary: string;
  let secretaryId: string;
  let challengeId: string;
  const phases = weeklyCalendar();
  let ideaId: string;
  let ana: { auth: string; id: string };
  let beto: { auth: string; id: string };
  let carla: { auth: string; id: string };

  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { CHALLENGE_WRITE_RATE_LIMIT: '30' } });
    db = t.app.get(DataSource);
    const admin = await t.login(DEMO.admin);
    secretary = await t.login(DEMO.secretary);
    secretaryId = (await t.http.get('/api/auth/me').set('Authorization', secretary).expect(200)).body.id;
    [ana, beto, carla] = await Promise.all(['ana', 'beto', 'carla'].map((who) => citizen(t, admin, `${who}@example.mx`)));
    const made = await t.http.post('/api/challenges').set('Authorization', secretary).send(challengeInput({ phases })).expect(201);
    challengeId = made.body.id;
    const detail = (await t.http.get(`/api/public/challenges/${made.body.id}`).expect(200)).body as PublicChallenge;
    ideaId = (
      await t.http
        .post(`/api/challenge-problems/${detail.problems[0].id}/ideas`)
        .set('Authorization', ana.auth)
        .send({ title: 'Semáforos inteligentes', description: 'Sincronizar los semáforos del centro.' })
        .expect(201)
    ).body.id;
  }, 120_000);
  afterAll(() => t?.close());

  const publicIdea = async () => (await t.http.get(`/api/public/challenge-ideas/${ideaId}`).expect(200)).body as PublicIdea;
  const comments = async (query = '') =>
    (await t.http.get(`/api/public/challenge-ideas/${ideaId}/comments${query}`).expect(200)).body as Page<PublicIdeaComment>;
  const comment = (auth: string, body: string) =>
    t.http.post(`/api/challenge-ideas/${ideaId}/comments`).set('Authorization', auth).send({ body });
  const upload = async (auth: string, content = samplePdf(), name = 'propuesta.pdf') =>
    (await t.http.post('/api/attachments').set('Authorization', auth).attach('file', content, name).expect(201)).body.id as string;
  const attach = (auth: string, attachmentId: string) =>
    t.http.post(`/api/challenge-ideas/${ideaId}/attachments`).set('Authorization', auth).send({ attachmentId });
  const setTeam = (auth: string, emails: string[]) =>
    t.http.put(`/api/challenge-ideas/${ideaId}/coauthors`).set('Authorization', auth).send({ emails });

  describe('co-authors', () => {
    it('lets only the author name co-authors, by the e-mail of verified accounts', async () => {
      await t.http
        .patch(`/api/challenge-ideas/${ideaId}`)
        .set('Authorization', beto.auth)
        .send({ title: 'Mía', description: 'x' })
        .expect(403);
      await setTeam(beto.auth, ['beto@example.mx']).expect(403);
      const named = await setTeam(ana.auth, ['Beto@Example.mx', 'ana@example.mx', 'beto@example.mx']).expect(200);
      expect(named.body).toEqual([{ personId: beto.id, name: 'Ciudadanía beto@example.mx', email: 'beto@example.mx' }]);
      expect((await publicIdea()).coauthors).toEqual(['Ciudadanía beto@example.mx']);
    });

    it('refuses an address without a verified account with a 422 naming it, and keeps the team as it was', async () => {
      expect((await signUp(t, { name: 'Sin Confirmar', email: 'pendiente@example.mx' })).status).toBe(202);
      for (const email of ['nadie@example.mx', 'pendiente@example.mx']) {
        const refused = await setTeam(ana.auth, ['beto@example.mx', email]).set('Accept-Language', 'en').expect(422);
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(refused.body).toMatchObject({ code: 'coauthor_not_found' });
        expect(refused.body.detail).toContain(email);
        expect(refused.body.messages.es.detail).toContain('No hay una cuenta verificada');
      }
      expect((await publicIdea()).coauthors).toEqual(['Ciudadanía beto@example.mx']);
      await setTeam(ana.auth, ['no es un correo']).expect(400);
    });

    it('lets a co-author edit the idea, and shows the team’s e-mails only to the idea’s editors', async () => {
      await t.http
        .patch(`/api/challenge-ideas/${ideaId}`)
        .set('Authorization', beto.auth)
        .send({ title: 'Semáforos inteligentes en el centro', description: 'Sincronizar los semáforos del centro.' })
        .expect(200);
      expect((await publicIdea()).title).toBe('Semáforos inteligentes en el centro');
      await t.http
        .patch(`/api/challenge-ideas/${ideaId}`)
        .set('Authorization', carla.auth)
        .send({ title: 'x', description: 'x' })
        .expect(403);
      expect((await t.http.get(`/api/challenge-ideas/${ideaId}/coauthors`).set('Authorization', beto.auth).expect(200)).body).toHaveLength(
        1,
      );
      await t.http.get(`/api/challenge-ideas/${ideaId}/coauthors`).set('Authorization', carla.auth).expect(403);
      await t.http.get(`/api/challenge-ideas/${ideaId}/coauthors`).expect(401);
    });

    it('tells each viewer what they may do on the idea', async () => {
      const rights = async (auth: string) =>
        (await t.http.get(`/api/challenge-ideas/${ideaId}/my-rights`).set('Authorization', auth).expect(200)).body;
      expect(await rights(ana.auth)).toEqual({ edit: true, manageTeam: true, moderate: false });
      expect(await rights(beto.auth)).toEqual({ edit: true, manageTeam: false, moderate: false });
      expect(await rights(carla.auth)).toEqual({ edit: false, manageTeam: false, moderate: false });
      expect(await rights(secretary)).toEqual({ edit: false, manageTeam: false, moderate: true });
    });
  });

  describe('files', () => {
    let anaFile: string;

    it('lets the author and a co-author attach files they uploaded, which anyone downloads from the portal', async () => {
      const pdf = samplePdf('Propuesta de semáforos');
      anaFile = await upload(ana.auth, pdf, 'Propuesta técnica.pdf');
      const attached = await attach(ana.auth, anaFile).expect(201);
      expect(attached.body).toEqual({ id: anaFile, filename: 'Propuesta técnica.pdf', mediaType: 'application/pdf', size: pdf.length });
      await attach(ana.auth, anaFile).expect(201);
      const betoFile = await upload(beto.auth, samplePng(), 'croquis.png');
      await attach(beto.auth, betoFile).expect(201);
      expect((await publicIdea()).attachments.map((a) => a.filename)).toEqual(['Propuesta técnica.pdf', 'croquis.png']);
      const download = await t.http.get(`/api/public/challenge-ideas/${ideaId}/files/${anaFile}`).buffer(true).expect(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toContain('Propuesta');
      expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);
    });

    it('refuses someone else’s upload (404), a non-editor (403), and a file already on another idea (409)', async () => {
      const carlaFile = await upload(carla.auth);
      await attach(beto.auth, carlaFile).expect(404);
      await attach(carla.auth, carlaFile).expect(403);
      await t.http
        .post(`/api/challenge-ideas/${ideaId}/attachments`)
        .set('Authorization', ana.auth)
        .send({ attachmentId: 'x' })
        .expect(400);
      const otherIdea = (
        await t.http
          .post(`/api/challenge-problems/${(await publicIdea()).problem.id}/ideas`)
          .set('Authorization', ana.auth)
          .send({ title: 'Otra idea', description: 'Otra.' })
          .expect(201)
      ).body.id;
      await t.http
        .post(`/api/challenge-ideas/${otherIdea}/attachments`)
        .set('Authorization', ana.auth)
        .send({ attachmentId: anaFile })
        .expect(409);
    });

    it('leaves the size and type limits to the upload, which answers them as problems', async () => {
      const refused = await t.http
        .post('/api/attachments')
        .set('Authorization', ana.auth)
        .attach('file', disguisedScript(), 'idea.pdf')
        .expect(415);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('serves only files linked to that idea: another file, or one taken off, is a 404', async () => {
      const loose = await upload(ana.auth);
      await t.http.get(`/api/public/challenge-ideas/${ideaId}/files/${loose}`).expect(404);
      await attach(ana.auth, loose).expect(201);
      await t.http.delete(`/api/challenge-ideas/${ideaId}/attachments/${loose}`).set('Authorization', carla.auth).expect(403);
      await t.http.delete(`/api/challenge-ideas/${ideaId}/attachments/${loose}`).set('Authorization', ana.auth).expect(204);
      await t.http.delete(`/api/challenge-ideas/${ideaId}/attachments/${loose}`).set('Authorization', ana.auth).expect(404);
      await t.http.get(`/api/public/challenge-ideas/${ideaId}/files/${loose}`).expect(404);
    });

    it(`never passes ${IDEA_ATTACHMENT_LIMIT} files on an idea, even when they are attached at once`, async () => {
      const held = (await publicIdea()).attachments.length;
      const files: string[] = [];
      for (let i = 0; i < IDEA_ATTACHMENT_LIMIT - held + 2; i++)
        files.push(await upload(beto.auth, samplePdf(`anexo ${i}`), `anexo-${i}.pdf`));
      const statuses = (await Promise.all(files.map((id) => attach(beto.auth, id)))).map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(IDEA_ATTACHMENT_LIMIT - held);
      expect(statuses.filter((s) => s === 409)).toHaveLength(2);
      const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM challenge_idea_attachments WHERE idea_id = $1`, [ideaId])) as [
        { n: number },
      ];
      expect(n).toBe(IDEA_ATTACHMENT_LIMIT);
      const over = await attach(beto.auth, files[files.length - 1]).expect(409);
      expect(over.body.code).toBe('idea_attachment_limit');
    });
  });

  describe('comments', () => {
    let firstComment: string;

    it('takes comments from anyone signed in and lists them on the portal oldest first, a page at a time', async () => {
      firstComment = (await comment(carla.auth, 'Muy buena idea; ¿cuánto costaría?').expect(201)).body.id;
      await comment(secretary, 'El municipio revisará el costo.').expect(201);
      await comment(ana.auth, 'Gracias, añadimos el presupuesto.').expect(201);
      await t.http.post(`/api/challenge-ideas/${ideaId}/comments`).send({ body: 'anónimo' }).expect(401);
      await comment(carla.auth, '   ').expect(400);
      const page = await comments('?page=1&pageSize=2');
      expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(page.items.map((c) => c.body)).toEqual(['Muy buena idea; ¿cuánto costaría?', 'El municipio revisará el costo.']);
      expect(page.items[0]).toMatchObject({ author: 'Ciudadanía carla@example.mx', hidden: null });
      expect((await comments('?page=2&pageSize=2')).items.map((c) => c.author)).toEqual(['Ciudadanía ana@example.mx']);
      await t.http.get(`/api/public/challenge-ideas/${ideaId}/comments?pageSize=1000`).expect(400);
      await t.http.get(`/api/public/challenge-ideas/00000000-0000-4000-8000-000000000000/comments`).expect(404);
    });

    it('lets a manager hide a comment with a reason, logged with who and when; the portal shows the reason instead', async () => {
      await t.http.post(`/api/challenge-comments/${firstComment}/hide`).set('Authorization', carla.auth).send({ reason: 'x' }).expect(403);
      await t.http.post(`/api/challenge-comments/${firstComment}/hide`).set('Authorization', secretary).send({ reason: '' }).expect(400);
      const hidden = await t.http
        .post(`/api/challenge-comments/${firstComment}/hide`)
        .set('Authorization', secretary)
        .send({ reason: 'Datos personales' })
        .expect(200);
      expect(hidden.body).toMatchObject({ id: firstComment, body: null, hidden: { reason: 'Datos personales' } });
      const [row] = (await db.query(`SELECT body, hidden_by_id, hidden_at, hidden_reason FROM challenge_idea_comments WHERE id = $1`, [
        firstComment,
      ])) as Array<{ body: string; hidden_by_id: string; hidden_at: Date; hidden_reason: string }>;
      expect(row).toMatchObject({
        body: 'Muy buena idea; ¿cuánto costaría?',
        hidden_by_id: secretaryId,
        hidden_reason: 'Datos personales',
      });
      expect(row.hidden_at).toBeInstanceOf(Date);
      const listed = (await comments()).items[0];
      expect(listed).toMatchObject({ author: 'Ciudadanía carla@example.mx', body: null, hidden: { reason: 'Datos personales' } });
      expect(JSON.stringify(await comments())).not.toContain('cuánto costaría');
    });

    it('records each hiding once in the challenge’s moderation log, with who and why; a refused one leaves nothing', async () => {
      const log = async () =>
        (
          (await t.http.get(`/api/challenges/${challengeId}/moderation-log`).set('Authorization', secretary).expect(200))
            .body as ChallengeModerationEntry[]
        ).filter((entry) => entry.action === 'comment_hidden');
      const before = await log();
      expect(before[0]).toMatchObject({
        actor: expect.any(String),
        detail: { author: 'Ciudadanía carla@example.mx', reason: 'Datos personales' },
      });
      await t.http
        .post(`/api/challenge-comments/${firstComment}/hide`)
        .set('Authorization', secretary)
        .send({ reason: 'Otra' })
        .expect(409);
      expect(await log()).toHaveLength(before.length);
    });

    it('hides a comment once: a second hide is a 409 and the first reason stands', async () => {
      const again = await t.http
        .post(`/api/challenge-comments/${firstComment}/hide`)
        .set('Authorization', secretary)
        .send({ reason: 'Otra' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('comment_already_hidden');
      expect((await comments()).items[0].hidden?.reason).toBe('Datos personales');
      await t.http
        .post(`/api/challenge-comments/00000000-0000-4000-8000-000000000000/hide`)
        .set('Authorization', secretary)
        .send({ reason: 'x' })
        .expect(404);
    });

    it('keeps one moderator’s record when two hide the same comment at once', async () => {
      const admin = await t.login(DEMO.admin);
      const target = (await comment(beto.auth, 'Comentario a moderar').expect(201)).body.id as string;
      const hide = (auth: string, reason: string) =>
        t.http.post(`/api/challenge-comments/${target}/hide`).set('Authorization', auth).send({ reason });
      const answers = await Promise.all([hide(secretary, 'Motivo de la secretaría'), hide(admin, 'Motivo de la administración')]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const winner = answers.find((a) => a.status === 200)?.body.hidden.reason;
      const [row] = (await db.query(`SELECT hidden_reason FROM challenge_idea_comments WHERE id = $1`, [target])) as [
        { hidden_reason: string },
      ];
      expect(row.hidden_reason).toBe(winner);
    });

    it('limits comments like every citizen write: a 429 with Retry-After past the per-account rate', async () => {
      let refused: { status: number; headers: Record<string, string> } | undefined;
      for (let i = 0; i < 40 && !refused; i++) {
        const answer = await comment(carla.auth, `Comentario ${i}`);
        if (answer.status === 429) refused = answer;
        else expect(answer.status).toBe(201);
      }
      expect(refused?.headers['retry-after']).toMatch(/^\d+$/);
    });
  });

  describe('once the ideas phase has closed', () => {
    beforeAll(() => moveClockInto(t, phases, 'vote'));

    it('refuses files and team changes (409), while comments stay open', async () => {
      const late = await attach(ana.auth, await upload(ana.auth)).expect(409);
      expect(late.body.code).toBe('challenge_phase_closed');
      await t.http
        .delete(`/api/challenge-ideas/${ideaId}/attachments/${(await publicIdea()).attachments[0].id}`)
        .set('Authorization', ana.auth)
        .expect(409);
      await setTeam(ana.auth, []).expect(409);
      await comment(beto.auth, 'Seguimos en la votación.').expect(201);
    });

    it('refuses comments once the challenge has closed, with the challenge’s dates', async () => {
      const closedAt = new Date(new Date(phases[phases.length - 1].closesAt).getTime() + 1000);
      t.app.get(ChallengeAccess).now = () => closedAt;
      const closed = await comment(beto.auth, 'Tarde').expect(409);
      expect(closed.body).toMatchObject({ code: 'challenge_closed' });
      expect(closed.body.detail).toContain(phases[0].opensAt);
    });
  });
});
