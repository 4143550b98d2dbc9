import { ChallengeModerationEntry, MyChallengeRoles, PublicChallenge } from '@cocrea/contracts';
import { DataSource } from 'typeorm';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { challengeInput, citizen, weeklyCalendar } from './testing/challenge-fixtures';

/**
 * Running a challenge from its page: its managers move the phases on (close the open one now, or move a phase's
 * dates) under the calendar's rule, name members, read the moderation log, and follow a pilot's milestones; the caller
 * learns their own roles and conflicts. Nobody else may, and every change is logged.
 */
describe('running a challenge: phases, members, log and milestones', () => {
  let t: TestApp;
  let secretary: string;
  let admin: string;
  let challengeId: string;
  let ana: { auth: string; id: string };
  let juror: { auth: string; id: string };
  const phases = weeklyCalendar();

  const close = (auth: string, phase: string) =>
    t.http.post(`/api/challenges/${challengeId}/phases/close`).set('Authorization', auth).send({ phase });
  const reschedule = (auth: string, body: object) =>
    t.http.patch(`/api/challenges/${challengeId}/phases`).set('Authorization', auth).send(body);
  const current = async () =>
    ((await t.http.get(`/api/public/challenges/${challengeId}`).expect(200)).body as PublicChallenge).currentPhases;
  const log = async () =>
    (await t.http.get(`/api/challenges/${challengeId}/moderation-log`).set('Authorization', secretary).expect(200))
      .body as ChallengeModerationEntry[];

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    admin = await t.login(DEMO.admin);
    secretary = await t.login(DEMO.secretary);
    ana = await citizen(t, admin, 'ana.fases@example.mx');
    juror = await citizen(t, admin, 'jurado.fases@example.mx');
    challengeId = (await t.http.post('/api/challenges').set('Authorization', secretary).send(challengeInput({ phases })).expect(201)).body
      .id;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('names a juror, lists the members for managers only, and logs the naming once', async () => {
    for (let i = 0; i < 2; i++) {
      await t.http
        .post(`/api/challenges/${challengeId}/members`)
        .set('Authorization', secretary)
        .send({ personId: juror.id, role: 'juror' })
        .expect(204);
    }
    const members = (await t.http.get(`/api/challenges/${challengeId}/members`).set('Authorization', secretary).expect(200)).body;
    expect(members).toContainEqual({ personId: juror.id, name: 'Ciudadanía jurado.fases@example.mx', role: 'juror' });
    await t.http.get(`/api/challenges/${challengeId}/members`).set('Authorization', juror.auth).expect(403);
    expect((await log()).filter((e) => e.action === 'member_added')).toEqual([
      expect.objectContaining({ actor: expect.any(String), detail: { person: 'Ciudadanía jurado.fases@example.mx', role: 'juror' } }),
    ]);
  });

  it('tells each caller their own roles', async () => {
    const roles = (auth: string) =>
      t.http.get(`/api/challenges/${challengeId}/my-roles`).set('Authorization', auth).expect(200) as unknown as Promise<{
        body: MyChallengeRoles;
      }>;
    expect((await roles(secretary)).body).toEqual({ roles: ['manager'], conflictIdeaIds: [] });
    expect((await roles(juror.auth)).body).toEqual({ roles: ['juror'], conflictIdeaIds: [] });
    expect((await roles(ana.auth)).body).toEqual({ roles: [], conflictIdeaIds: [] });
  });

  it('refuses to move phases for anyone but a manager, the juror included', async () => {
    await close(ana.auth, 'ideas').expect(403);
    await close(juror.auth, 'ideas').expect(403);
    await reschedule(juror.auth, { phase: 'ideas', opensAt: phases[0].opensAt, closesAt: phases[0].closesAt }).expect(403);
    await t.http.post(`/api/challenges/${challengeId}/phases/close`).send({ phase: 'ideas' }).expect(401);
    expect(await current()).toEqual(['ideas']);
  });

  it('closes the open phase now and opens the next one at once, and logs it', async () => {
    await close(secretary, 'ideas').expect(204);
    expect(await current()).toEqual(['filtering']);
    const [entry] = await log();
    expect(entry).toMatchObject({ action: 'phase_closed', detail: { phase: 'ideas' } });
    await t.http
      .post(`/api/challenge-problems/${(await t.http.get(`/api/public/challenges/${challengeId}`)).body.problems[0].id}/ideas`)
      .set('Authorization', ana.auth)
      .send({ title: 'Tarde', description: 'Llega tarde.' })
      .expect(409);
  });

  it('answers closing a phase that is not open with a 409 problem naming it', async () => {
    const refused = await close(secretary, 'vote').expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'challenge_phase_closed' });
    expect(await current()).toEqual(['filtering']);
  });

  it('moves a phase’s dates and rules when the calendar still holds, and logs the new dates', async () => {
    const vote = phases[2];
    const opensAt = new Date(Date.parse(vote.opensAt) + 86_400_000).toISOString();
    await reschedule(secretary, { phase: 'vote', opensAt, closesAt: vote.closesAt, rules: 'Hasta 3 apoyos por problema.' }).expect(204);
    const detail = (await t.http.get(`/api/public/challenges/${challengeId}`).expect(200)).body as PublicChallenge;
    expect(detail.phases.find((p) => p.phase === 'vote')).toEqual({
      phase: 'vote',
      opensAt,
      closesAt: vote.closesAt,
      rules: 'Hasta 3 apoyos por problema.',
    });
    expect((await log())[0]).toMatchObject({ action: 'phase_rescheduled', detail: { phase: 'vote', opensAt, closesAt: vote.closesAt } });
  });

  it.each([
    ['a phase that closes before it opens', { phase: 'jury', opensAt: phases[4].closesAt, closesAt: phases[4].opensAt }],
    ['a phase that opens before the one before it', { phase: 'vote', opensAt: phases[0].opensAt, closesAt: phases[2].closesAt }],
  ])('refuses %s with a 400 problem and changes nothing', async (_, body) => {
    const before = (await log()).length;
    const refused = await reschedule(secretary, body).expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors[0]).toMatchObject({ path: 'phases' });
    expect(await log()).toHaveLength(before);
  });

  it.each([
    ['an unknown phase', { phase: 'coffee', opensAt: phases[0].opensAt, closesAt: phases[0].closesAt }],
    ['a date that is no date', { phase: 'vote', opensAt: 'mañana', closesAt: phases[2].closesAt }],
    ['an extra field', { phase: 'vote', opensAt: phases[2].opensAt, closesAt: phases[2].closesAt, weight: 3 }],
  ])('refuses %s with a 400 problem', async (_, body) => {
    const refused = await reschedule(secretary, body).expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('keeps the moderation log for managers only', async () => {
    await t.http.get(`/api/challenges/${challengeId}/moderation-log`).set('Authorization', juror.auth).expect(403);
    await t.http.get(`/api/challenges/${challengeId}/moderation-log`).set('Authorization', ana.auth).expect(403);
  });
  describe('a pilot’s milestones (the demo’s, in its pilots phase)', () => {
    let milestoneId: string;
    let demoId: string;

    beforeAll(async () => {
      const [row] = (await t.app.get(DataSource).query(
        `SELECT m.id, pr.challenge_id FROM challenge_pilot_milestones m JOIN challenge_pilots p ON p.id = m.pilot_id
           JOIN challenge_ideas i ON i.id = p.idea_id JOIN challenge_problems pr ON pr.id = i.problem_id
          WHERE m.done_on IS NULL ORDER BY m.due_on, m.id LIMIT 1`,
      )) as Array<{ id: string; challenge_id: string }>;
      milestoneId = row.id;
      demoId = row.challenge_id;
    });

    const done = (auth: string, body: object) =>
      t.http.patch(`/api/challenge-milestones/${milestoneId}`).set('Authorization', auth).send(body);

    it('refuses a milestone done without its evidence (400) and anyone but a manager (403)', async () => {
      await done(secretary, { doneOn: '2021-04-20', evidence: '' }).expect(400);
      await done(ana.auth, { doneOn: '2021-04-20', evidence: 'Informe.' }).expect(403);
    });

    it('marks it done with its evidence, shows it on the portal and logs it', async () => {
      await done(secretary, { doneOn: '2021-04-20', evidence: 'https://example.mx/informe.pdf' }).expect(204);
      const [row] = (await t.app
        .get(DataSource)
        .query(`SELECT done_on::text AS done_on, evidence FROM challenge_pilot_milestones WHERE id = $1`, [milestoneId])) as Array<{
        done_on: string;
        evidence: string;
      }>;
      expect(row).toEqual({ done_on: '2021-04-20', evidence: 'https://example.mx/informe.pdf' });
      const entries = (await t.http.get(`/api/challenges/${demoId}/moderation-log`).set('Authorization', secretary).expect(200))
        .body as ChallengeModerationEntry[];
      expect(entries[0]).toMatchObject({ action: 'milestone_done', detail: { doneOn: '2021-04-20' } });
    });
  });
});
