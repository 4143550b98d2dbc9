import { PublicChallenge } from '@cocrea/contracts';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { challengeInput, citizen, moveClockInto, weeklyCalendar } from './testing/challenge-fixtures';

/**
 * The public challenge page is built once and kept: an idea or an answer shows on the next read, while supports,
 * which come by thousands in the vote's last hours, do not rebuild it; they show at the next refresh or write.
 */
describe('the public challenge page kept serialised', () => {
  let t: TestApp;
  const phases = weeklyCalendar();
  let secretary: string;
  let author: { auth: string; id: string };
  let challengeId: string;
  let ideaId: string;
  const page = async (etag?: string) => {
    const request = t.http.get(`/api/public/challenges/${challengeId}`);
    return etag ? request.set('If-None-Match', etag) : request;
  };
  const supportsOf = (body: PublicChallenge) => body.problems[0].ideas.find((i) => i.id === ideaId)?.supports;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    secretary = await t.login(DEMO.secretary);
    author = await citizen(t, await t.login(DEMO.admin), 'autora-cache@example.mx');
    challengeId = (await t.http.post('/api/challenges').set('Authorization', secretary).send(challengeInput({ phases })).expect(201)).body
      .id;
  }, 120_000);
  afterAll(() => t?.close());

  it('shows a submitted idea and its admission on the next read', async () => {
    expect((await page()).body.problems[0].ideas).toEqual([]);
    const problemId = ((await page()).body as PublicChallenge).problems[0].id;
    ideaId = (
      await t.http
        .post(`/api/challenge-problems/${problemId}/ideas`)
        .set('Authorization', author.auth)
        .send({ title: 'Semáforo de obras', description: 'Publicar el avance de cada obra.' })
        .expect(201)
    ).body.id;
    expect(((await page()).body as PublicChallenge).problems[0].ideas.map((i) => i.status)).toEqual(['submitted']);
    moveClockInto(t, phases, 'filtering');
    await t.http.post(`/api/challenge-ideas/${ideaId}/decision`).set('Authorization', secretary).send({ outcome: 'admitted' }).expect(201);
    expect(((await page()).body as PublicChallenge).problems[0].ideas.map((i) => i.status)).toEqual(['admitted']);
  });

  it('answers a support without rebuilding the page, which counts it after the next write', async () => {
    moveClockInto(t, phases, 'vote');
    const before = await page();
    expect(supportsOf(before.body)).toBe(0);
    await t.http.put(`/api/challenge-ideas/${ideaId}/support`).set('Authorization', author.auth).expect(200);
    expect((await page(before.headers['etag'])).status).toBe(304);
    const juror = await citizen(t, await t.login(DEMO.admin), 'jurado-cache@example.mx');
    await t.http
      .post(`/api/challenges/${challengeId}/members`)
      .set('Authorization', secretary)
      .send({ personId: juror.id, role: 'juror' })
      .expect(204);
    expect(supportsOf((await page()).body)).toBe(1);
  });
});
