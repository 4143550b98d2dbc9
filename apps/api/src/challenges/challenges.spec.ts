import { PublicChallenge, PublicIdea } from '@cocrea/contracts';
import { DataSource } from 'typeorm';
import { mimeParts, SmtpSink, startSmtpSink } from '../testing/smtp-sink';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { challengeInput, citizen, moveClockInto, signUp, weeklyCalendar } from './testing/challenge-fixtures';

describe('open challenges', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let db: DataSource;
  let admin: string;
  let secretary: string;
  const phases = weeklyCalendar();
  let challengeId: string;
  let problems: string[];
  let ana: { auth: string; id: string };
  let beto: { auth: string; id: string };
  let juror: { auth: string; id: string };
  const ideas: Record<string, string> = {};

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ seed: true, env: { SMTP_URL: sink.url, MAIL_POLL_MS: '100', APP_URL: 'http://cocrea.test' } });
    db = t.app.get(DataSource);
    admin = await t.login(DEMO.admin);
    secretary = await t.login(DEMO.secretary);
    ana = await citizen(t, admin, 'ana@example.mx');
    beto = await citizen(t, admin, 'beto@example.mx');
    juror = await citizen(t, admin, 'jurado@example.mx');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const submit = (auth: string, problemId: string, title: string) =>
    t.http
      .post(`/api/challenge-problems/${problemId}/ideas`)
      .set('Authorization', auth)
      .send({ title, description: `Descripción de ${title}` });

  it('holds the Multi City Challenge in the demo: five municipalities with two problems each, answered through to pilots', async () => {
    const list = (await t.http.get('/api/public/challenges').expect(200)).body as Array<{
      id: string;
      title: string;
      institutions: string[];
    }>;
    const demo = list.find((c) => c.title === 'Multi City Challenge México 2020') as { id: string; institutions: string[] };
    expect(demo.institutions).toEqual([
      'Municipio de Reynosa',
      'Municipio de San Nicolás de los Garza',
      'Municipio de San Pedro Garza García',
      'Municipio de Hermosillo',
      'Municipio de Torreón',
    ]);
    const detail = (await t.http.get(`/api/public/challenges/${demo.id}`).expect(200)).body as PublicChallenge;
    expect(detail.problems).toHaveLength(10);
    expect(detail.currentPhases).toEqual(['pilots']);
    for (const problem of detail.problems) {
      expect(problem.ideas).toHaveLength(3);
      expect(problem.ranking.filter((r) => r.winner).map((r) => r.position)).toEqual([1]);
    }
    const winners = detail.problems.flatMap((p) => p.ranking.filter((r) => r.winner));
    const pilots = await Promise.all(winners.map((w) => t.http.get(`/api/public/challenge-ideas/${w.ideaId}`).expect(200)));
    expect(pilots.filter((r) => (r.body as PublicIdea).pilot !== null)).toHaveLength(8);
    const declined = detail.problems.flatMap((p) => p.ideas.filter((i) => i.status === 'declined').map((i) => i.declineReason));
    expect(declined.sort()).toEqual(['duplicate', 'incomplete', 'out_of_scope']);
  });

  it('lets the secretary launch a challenge, not a commissioner, and refuses a calendar out of order with a 400 problem', async () => {
    const commissioner = await t.login(DEMO.commissioner);
    await t.http.post('/api/challenges').set('Authorization', commissioner).send(challengeInput()).expect(403);
    const reversed = challengeInput({ phases: [...phases].reverse().map((p, i) => ({ ...p, phase: phases[i].phase })) });
    const refused = await t.http.post('/api/challenges').set('Authorization', secretary).send(reversed).expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    const made = await t.http.post('/api/challenges').set('Authorization', secretary).send(challengeInput({ phases })).expect(201);
    challengeId = made.body.id;
    const detail = (await t.http.get(`/api/public/challenges/${challengeId}`).expect(200)).body as PublicChallenge;
    problems = detail.problems.map((p) => p.id);
    expect(detail.currentPhases).toEqual(['ideas']);
    await t.http
      .post(`/api/challenges/${challengeId}/members`)
      .set('Authorization', secretary)
      .send({ personId: juror.id, role: 'juror' })
      .expect(204);
    await t.http
      .post(`/api/challenges/${challengeId}/members`)
      .set('Authorization', ana.auth)
      .send({ personId: ana.id, role: 'manager' })
      .expect(403);
  });

  it('signs a citizen up by e-mail: no sign-in until the link is opened, then they can submit', async () => {
    expect((await signUp(t, { name: 'Carla Citlali', email: 'Carla@Example.mx' })).status).toBe(202);
    const mail = await sink.waitFor('carla@example.mx', /Confirme/);
    const text = mimeParts(mail.raw).find((p) => p.contentType === 'text/plain')?.body ?? '';
    const token = /\/invitacion#([A-Za-z0-9_-]{43})/.exec(text)?.[1] as string;
    expect(token).toHaveLength(43);
    await t.http.post('/api/auth/login').send({ email: 'carla@example.mx', password: 'Clave-de-carla-1' }).expect(401);
    await t.http.post('/api/accounts/invitations/accept').send({ token, password: 'Clave-de-carla-1' }).expect(204);
    const carla = await t.login('carla@example.mx', 'Clave-de-carla-1');
    const idea = await submit(carla, problems[0], 'Mapa ciudadano de baches').expect(201);
    ideas['carla'] = idea.body.id;
  });

  it('answers a second sign-up of a verified address the same, without mailing it again', async () => {
    const before = sink.received.length;
    expect((await signUp(t, { name: 'Otra', email: 'carla@example.mx' })).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.received.length).toBe(before);
  });

  it('takes ideas in the ideas phase, edits only by the author, and refuses them once the phase closes', async () => {
    ideas['ana'] = (await submit(ana.auth, problems[0], 'Reporte de baches por WhatsApp').expect(201)).body.id;
    ideas['beto'] = (await submit(beto.auth, problems[0], 'Brigadas vecinales de bacheo').expect(201)).body.id;
    ideas['dup'] = (await submit(beto.auth, problems[0], 'Reporte de baches por mensaje').expect(201)).body.id;
    await t.http
      .patch(`/api/challenge-ideas/${ideas['ana']}`)
      .set('Authorization', beto.auth)
      .send({ title: 'Mío', description: 'x' })
      .expect(403);
    await t.http
      .patch(`/api/challenge-ideas/${ideas['ana']}`)
      .set('Authorization', ana.auth)
      .send({ title: 'Reporte de baches por mensaje', description: 'Con foto y ubicación' })
      .expect(200);
    moveClockInto(t, phases, 'filtering');
    const late = await submit(ana.auth, problems[0], 'Tarde').expect(409);
    expect(late.body.code).toBe('challenge_phase_closed');
  });

  it('filters with a reason: a duplicate links the idea it repeats; declining without a reason is a 400', async () => {
    moveClockInto(t, phases, 'filtering');
    const decide = (id: string, body: object, auth = secretary) =>
      t.http.post(`/api/challenge-ideas/${id}/decision`).set('Authorization', auth).send(body);
    await decide(ideas['ana'], { outcome: 'admitted' }, ana.auth).expect(403);
    await decide(ideas['dup'], { outcome: 'declined' }).expect(400);
    await decide(ideas['dup'], { outcome: 'declined', reason: 'duplicate' }).expect(400);
    await decide(ideas['dup'], { outcome: 'declined', reason: 'duplicate', duplicateOfId: ideas['ana'], note: 'Igual a otra.' }).expect(
      201,
    );
    for (const key of ['ana', 'beto', 'carla']) await decide(ideas[key], { outcome: 'admitted' }).expect(201);
    const dup = (await t.http.get(`/api/public/challenge-ideas/${ideas['dup']}`).expect(200)).body as PublicIdea;
    expect(dup.answer).toMatchObject({ outcome: 'declined', reason: 'duplicate', duplicateOfId: ideas['ana'], note: 'Igual a otra.' });
  });

  it('takes supports only in the vote phase and only for admitted ideas, up to the limit per problem', async () => {
    const support = (auth: string, id: string) => t.http.put(`/api/challenge-ideas/${id}/support`).set('Authorization', auth);
    moveClockInto(t, phases, 'filtering');
    expect((await support(ana.auth, ideas['beto']).expect(409)).body.code).toBe('challenge_phase_closed');
    moveClockInto(t, phases, 'vote');
    expect((await support(ana.auth, ideas['dup']).expect(409)).body.code).toBe('idea_not_admitted');
    await support(ana.auth, ideas['beto']).expect(200);
    await support(ana.auth, ideas['beto']).expect(200);
    await support(ana.auth, ideas['carla']).expect(200);
    expect((await support(ana.auth, ideas['ana']).expect(200)).body).toEqual({ supported: true, held: 3, limit: 3 });
    await support(beto.auth, ideas['beto']).expect(200);
    const extra = await t.http
      .post(`/api/challenge-problems/${problems[0]}/ideas`)
      .set('Authorization', beto.auth)
      .send({ title: 'x', description: 'y' });
    expect(extra.status).toBe(409);
    await t.http.delete(`/api/challenge-ideas/${ideas['ana']}/support`).set('Authorization', ana.auth).expect(200);
    await support(ana.auth, ideas['ana']).expect(200);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM challenge_supports WHERE person_id = $1`, [ana.id]);
    expect(count).toBe(3);
  });

  it('scores feasibility as the institution, and the jury without its declared conflicts, hidden until the jury closes', async () => {
    moveClockInto(t, phases, 'feasibility');
    const feasibility = (id: string, score: number) =>
      t.http
        .put(`/api/challenge-ideas/${id}/feasibility`)
        .set('Authorization', secretary)
        .send({ score, justification: 'Cabe en el presupuesto.' });
    await feasibility(ideas['beto'], 9).expect(204);
    await feasibility(ideas['ana'], 6).expect(204);
    await feasibility(ideas['carla'], 8).expect(204);
    await t.http
      .put(`/api/challenge-ideas/${ideas['ana']}/feasibility`)
      .set('Authorization', juror.auth)
      .send({ score: 1, justification: 'x' })
      .expect(403);

    moveClockInto(t, phases, 'jury');
    const jury = (id: string, score: number) =>
      t.http.put(`/api/challenge-ideas/${id}/jury-score`).set('Authorization', juror.auth).send({ score, justification: 'Impacto claro.' });
    await t.http
      .post(`/api/challenge-ideas/${ideas['carla']}/conflict`)
      .set('Authorization', juror.auth)
      .send({ reason: 'Es mi vecina.' })
      .expect(204);
    expect((await jury(ideas['carla'], 10).expect(409)).body.code).toBe('juror_conflict');
    await jury(ideas['beto'], 8).expect(204);
    await jury(ideas['ana'], 5).expect(204);
    await t.http
      .put(`/api/challenge-ideas/${ideas['ana']}/jury-score`)
      .set('Authorization', ana.auth)
      .send({ score: 10, justification: 'x' })
      .expect(403);

    const hidden = (await t.http.get(`/api/public/challenge-ideas/${ideas['beto']}`).expect(200)).body as PublicIdea;
    expect({ jury: hidden.jury, feasibility: hidden.feasibility.map((s) => s.score) }).toEqual({ jury: [], feasibility: [9] });
    const scores = await t.http.get(`/api/challenges/${challengeId}/jury-scores`).set('Authorization', secretary).expect(200);
    expect(scores.body).toEqual([]);
    expect((await t.http.get(`/api/challenges/${challengeId}/jury-scores`).set('Authorization', juror.auth).expect(200)).body).toHaveLength(
      2,
    );
  });

  it('publishes the ranking with its arithmetic once the jury closes, and takes the winners decision against it', async () => {
    moveClockInto(t, phases, 'winners');
    const detail = (await t.http.get(`/api/public/challenges/${challengeId}`).expect(200)).body as PublicChallenge;
    const ranking = detail.problems[0].ranking;
    expect(ranking.map((r) => [r.title, r.arithmetic.supports, r.arithmetic.total])).toEqual(
      [
        ['Brigadas vecinales de bacheo', 2, 40 + 27 + 24],
        ['Mapa ciudadano de baches', 1, 20 + 24 + 0],
        ['Reporte de baches por mensaje', 1, 20 + 18 + 15],
      ].sort((a, b) => (b[2] as number) - (a[2] as number)),
    );
    const publicIdea = (await t.http.get(`/api/public/challenge-ideas/${ideas['carla']}`).expect(200)).body as PublicIdea;
    expect(publicIdea.conflicts).toEqual([{ juror: 'Ciudadanía jurado@example.mx', reason: 'Es mi vecina.' }]);

    const winners = (ideaIds: string[], reason = '') =>
      t.http
        .post(`/api/challenges/${challengeId}/winners`)
        .set('Authorization', secretary)
        .send({ problemId: problems[0], ideaIds, reason });
    await winners([ideas['ana']]).expect(400);
    await winners([ideas['dup']], 'Porque sí').expect(400);
    await winners([ideas['beto']]).expect(204);

    moveClockInto(t, phases, 'pilots');
    expect(
      (await t.http.post(`/api/challenge-ideas/${ideas['ana']}/pilot`).set('Authorization', secretary).send({}).expect(409)).body.code,
    ).toBe('not_a_winner');
    const pilot = await t.http
      .post(`/api/challenge-ideas/${ideas['beto']}/pilot`)
      .set('Authorization', secretary)
      .send({ summary: 'Tres colonias' })
      .expect(201);
    await t.http.patch(`/api/challenge-pilots/${pilot.body.id}`).set('Authorization', secretary).send({ status: 'running' }).expect(204);
    await t.http
      .post(`/api/challenge-pilots/${pilot.body.id}/milestones`)
      .set('Authorization', secretary)
      .send({ title: 'Primera brigada', dueOn: '2027-03-01', doneOn: '2027-03-02' })
      .expect(400);
    await t.http
      .post(`/api/challenge-pilots/${pilot.body.id}/milestones`)
      .set('Authorization', secretary)
      .send({ title: 'Primera brigada', dueOn: '2027-03-01', doneOn: '2027-03-02', evidence: 'Fotos' })
      .expect(201);
    const piloted = (await t.http.get(`/api/public/challenge-ideas/${ideas['beto']}`).expect(200)).body as PublicIdea;
    expect(piloted).toMatchObject({
      winner: true,
      pilot: { status: 'running', milestones: [{ title: 'Primera brigada', dueOn: '2027-03-01', doneOn: '2027-03-02' }] },
    });
    expect(piloted.jury.map((s) => s.score)).toEqual([8]);
  });

  it('publishes the datasets as CSV and JSON: supports aggregated per idea per day, ranking as on the page', async () => {
    moveClockInto(t, phases, 'pilots');
    const csv = await t.http.get(`/api/public/challenges/${challengeId}/datasets/supports`).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.split('\n')[0]).toBe('\uFEFFidea_id,day,supports');
    const ranking = await t.http.get(`/api/public/challenges/${challengeId}/datasets/ranking?format=json`).expect(200);
    expect(JSON.parse(ranking.text)[0]).toMatchObject({ title: 'Brigadas vecinales de bacheo', position: 1, total: 91, winner: true });
    await t.http.get(`/api/public/challenges/${challengeId}/datasets/nada`).expect(400);
    const dictionary = await t.http.get('/api/public/challenges/datasets').expect(200);
    expect(dictionary.body.map((d: { name: string }) => d.name)).toEqual(['ideas', 'supports', 'scores', 'ranking']);
  });

  it('answers 404 problems for unknown challenges and ideas, and 400 for a malformed id', async () => {
    await t.http.get('/api/public/challenges/00000000-0000-4000-8000-000000000000').expect(404);
    await t.http.get('/api/public/challenge-ideas/00000000-0000-4000-8000-000000000000').expect(404);
    await t.http.get('/api/public/challenges/nope').expect(400);
  });
});
