/** A citizen's support answered before Express: the same answers, errors and limits as the app's route, and only those. */
import { PublicChallenge, SESSION_COOKIE } from '@cocrea/contracts';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { ChallengeWriteRateLimitGuard } from './challenge-write-rate-limit.guard';
import { challengeInput, citizen, moveClockInto, weeklyCalendar } from './testing/challenge-fixtures';

const WRITES_A_MINUTE = 6;

describe('supports as an early route', () => {
  let t: TestApp;
  const phases = weeklyCalendar();
  const ideaIds: string[] = [];
  let voter: { auth: string; id: string };
  /** Runs in Nest's pipeline only (the early route counts the same limit without it). */
  const guard = jest.spyOn(ChallengeWriteRateLimitGuard.prototype, 'canActivate');
  const support = (ideaId: string) => t.http.put(`/api/challenge-ideas/${ideaId}/support`).set('Authorization', voter.auth);

  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { CHALLENGE_WRITE_RATE_LIMIT: String(WRITES_A_MINUTE) } });
    const admin = await t.login(DEMO.admin);
    const secretary = await t.login(DEMO.secretary);
    const made = await t.http
      .post('/api/challenges')
      .set('Authorization', secretary)
      .send(challengeInput({ phases, supportLimit: 2 }));
    const detail = (await t.http.get(`/api/public/challenges/${made.body.id}`).expect(200)).body as PublicChallenge;
    const author = await citizen(t, admin, 'autora-temprana@example.mx');
    for (const title of ['Uno', 'Dos', 'Tres']) {
      const idea = await t.http
        .post(`/api/challenge-problems/${detail.problems[0].id}/ideas`)
        .set('Authorization', author.auth)
        .send({ title, description: 'Descripción' });
      ideaIds.push(idea.body.id);
    }
    moveClockInto(t, phases, 'filtering');
    for (const id of ideaIds) {
      await t.http.post(`/api/challenge-ideas/${id}/decision`).set('Authorization', secretary).send({ outcome: 'admitted' }).expect(201);
    }
    voter = await citizen(t, admin, 'votante-temprana@example.mx');
    moveClockInto(t, phases, 'vote');
  }, 120_000);
  beforeEach(() => guard.mockClear());
  afterAll(async () => {
    guard.mockRestore();
    await t?.close();
  });

  it('answers a bearer support without Nest’s pipeline, with the route’s body, no-store and the app’s security headers', async () => {
    const answer = await support(ideaIds[0]).expect(200);
    expect(answer.body).toEqual({ supported: true, held: 1, limit: 2 });
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(guard).not.toHaveBeenCalled();
  });

  it('refuses the support over the limit with the route’s problem+json, in the language asked for', async () => {
    await support(ideaIds[1]).expect(200);
    const refused = await support(ideaIds[2]).set('Accept-Language', 'en').expect(409);
    expect(refused.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(refused.body).toMatchObject({
      code: 'support_limit_reached',
      status: 409,
      instance: `/api/challenge-ideas/${ideaIds[2]}/support`,
    });
    expect(refused.body.detail).toBe(refused.body.messages.en.detail);
    expect(refused.body.messages.es.detail).toContain('2');
  });

  it('refuses a support outside the vote phase, naming the phase', async () => {
    moveClockInto(t, phases, 'feasibility');
    try {
      expect((await support(ideaIds[0]).expect(409)).body.code).toBe('challenge_phase_closed');
    } finally {
      moveClockInto(t, phases, 'vote');
    }
  });

  it('leaves a support signed by the session cookie to the app, whose guard asks for the CSRF header', async () => {
    const token = voter.auth.replace('Bearer ', '');
    const refused = await t.http.put(`/api/challenge-ideas/${ideaIds[0]}/support`).set('Cookie', `${SESSION_COOKIE}=${token}`).expect(403);
    expect(refused.body.code).toBe('csrf_failed');
  });

  it('answers 401 to a bad token and 429 with Retry-After past the account’s writes a minute', async () => {
    await t.http.put(`/api/challenge-ideas/${ideaIds[0]}/support`).set('Authorization', 'Bearer nadie').expect(401);
    let answer = await support(ideaIds[0]);
    for (let i = 0; i < WRITES_A_MINUTE && answer.status !== 429; i++) answer = await support(ideaIds[0]);
    expect(answer.status).toBe(429);
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    expect(answer.body.code).toBe('too_many_requests');
    expect(guard).not.toHaveBeenCalled();
  });
});
