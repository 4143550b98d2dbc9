import { PublicChallenge } from '@cocrea/contracts';
import { DataSource } from 'typeorm';
import { DEMO, startSeededOnServer, startTestApp, TestApp } from '../testing/test-app';
import { challengeInput, citizen, moveClockInto, weeklyCalendar } from './testing/challenge-fixtures';

/**
 * The support limit per person per problem holds under concurrency: many simultaneous supports by one person never
 * leave more than the limit. Runs on PGlite always, and on the PostgreSQL server too when TEST_DATABASE_URL is set
 * (CI), where the requests truly interleave.
 */
const serverUrl = process.env['TEST_DATABASE_URL'];
const engines: Array<[string, () => Promise<TestApp>]> = [
  ['PGlite', () => startTestApp({ seed: true })],
  ...(serverUrl ? [['PostgreSQL', () => startSeededOnServer(serverUrl)] as [string, () => Promise<TestApp>]] : []),
];

describe.each(engines)('challenge supports at the limit on %s', (engine, start) => {
  let t: TestApp;
  let sql: DataSource;
  const phases = weeklyCalendar();
  const ideaIds: string[] = [];
  let voter: { auth: string; id: string };

  beforeAll(async () => {
    t = await start();
    // One listening server for all the requests (supertest would otherwise start one per request).
    await t.app.listen(0, '127.0.0.1');
    sql = t.app.get(DataSource);
    const admin = await t.login(DEMO.admin);
    const secretary = await t.login(DEMO.secretary);
    const made = await t.http
      .post('/api/challenges')
      .set('Authorization', secretary)
      .send(challengeInput({ phases, supportLimit: 3 }))
      .expect(201);
    const detail = (await t.http.get(`/api/public/challenges/${made.body.id}`).expect(200)).body as PublicChallenge;
    const author = await citizen(t, admin, 'autora@example.mx');
    for (let i = 0; i < 8; i++) {
      const idea = await t.http
        .post(`/api/challenge-problems/${detail.problems[0].id}/ideas`)
        .set('Authorization', author.auth)
        .send({ title: `Idea ${i}`, description: 'Descripción' })
        .expect(201);
      ideaIds.push(idea.body.id);
    }
    moveClockInto(t, phases, 'filtering');
    for (const id of ideaIds) {
      await t.http.post(`/api/challenge-ideas/${id}/decision`).set('Authorization', secretary).send({ outcome: 'admitted' }).expect(201);
    }
    voter = await citizen(t, admin, 'votante@example.mx');
    moveClockInto(t, phases, 'vote');
  }, 120_000);
  afterAll(() => t?.close());

  it('keeps one person at 3 supports out of 40 simultaneous ones on 8 ideas: the others are 409 support_limit_reached', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.http.put(`/api/challenge-ideas/${ideaIds[i % ideaIds.length]}/support`).set('Authorization', voter.auth),
      ),
    );
    const refused = answers.filter((r) => r.status === 409);
    expect(answers.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(refused.every((r) => r.body.code === 'support_limit_reached')).toBe(true);
    const [{ supports, ideas }] = await sql.query(
      `SELECT count(*)::int AS supports, count(DISTINCT idea_id)::int AS ideas FROM challenge_supports WHERE person_id = $1`,
      [voter.id],
    );
    expect({ supports, ideas }).toEqual({ supports: 3, ideas: 3 });
  }, 60_000);

  it('answers each support of one batch with its own outcome, in the order given, counting the earlier ones', async () => {
    const [{ id }] = await sql.query(`INSERT INTO people (name, email) VALUES ('Lote', $1) RETURNING id`, [
      `lote-${engine.toLowerCase()}@example.mx`,
    ]);
    const ideas = [ideaIds[0], ideaIds[1], ideaIds[0], ideaIds[2]];
    const rows = await sql.query(`SELECT ord, outcome, held FROM challenge_supports_add($1::uuid[], $2::uuid[], $3::integer[])`, [
      ideas,
      ideas.map(() => id),
      ideas.map(() => 2),
    ]);
    expect([...rows].sort((a, b) => a.ord - b.ord)).toEqual([
      { ord: 1, outcome: 'added', held: 1 },
      { ord: 2, outcome: 'added', held: 2 },
      { ord: 3, outcome: 'held', held: 2 },
      { ord: 4, outcome: 'limit_reached', held: 2 },
    ]);
  });

  it('keeps every person at the limit when two batches carry their supports at once', async () => {
    const people = (await sql.query(
      `INSERT INTO people (name, email) SELECT 'Lotes ' || g, 'lotes-' || g || '-' || $1 || '@example.mx' FROM generate_series(1, 6) g RETURNING id`,
      [engine.toLowerCase()],
    )) as Array<{ id: string }>;
    // Each batch: every person supports 5 of the 8 ideas, in different orders, against a limit of 3.
    const batch = (offset: number) => {
      const pairs = people.flatMap(({ id }, p) =>
        Array.from({ length: 5 }, (_, k) => [ideaIds[(p + offset + k * 3) % ideaIds.length], id]),
      );
      return sql.query(`SELECT outcome FROM challenge_supports_add($1::uuid[], $2::uuid[], $3::integer[])`, [
        pairs.map(([idea]) => idea),
        pairs.map(([, person]) => person),
        pairs.map(() => 3),
      ]);
    };
    const outcomes = (await Promise.all([batch(0), batch(1), batch(0)])).flat() as Array<{ outcome: string }>;
    const [{ over, supports }] = await sql.query(
      `SELECT count(*) FILTER (WHERE n > 3)::int AS over, coalesce(sum(n), 0)::int AS supports
         FROM (SELECT count(*) AS n FROM challenge_supports WHERE person_id = ANY($1::uuid[]) GROUP BY person_id) c`,
      [people.map(({ id }) => id)],
    );
    expect({ over, supports }).toEqual({ over: 0, supports: 18 });
    expect(outcomes.filter(({ outcome }) => outcome === 'added')).toHaveLength(18);
  });

  it.each([1, 2, 3, 5])(
    'under a limit of %i, supports one after another are added up to it, the next is refused and a repeat is held',
    async (limit) => {
      const [{ id }] = await sql.query(`INSERT INTO people (name, email) VALUES ($1, $2) RETURNING id`, [
        `Límite ${limit}`,
        `limite-${limit}-${engine.toLowerCase()}@example.mx`,
      ]);
      const support = async (ideaId: string) =>
        ((await sql.query(`SELECT outcome, held FROM challenge_support_add($1, $2, $3)`, [ideaId, id, limit])) as object[])[0];
      const answers = [];
      for (const ideaId of ideaIds.slice(0, limit + 1)) answers.push(await support(ideaId));
      answers.push(await support(ideaIds[0]));
      expect(answers).toEqual([
        ...Array.from({ length: limit }, (_, i) => ({ outcome: 'added', held: i + 1 })),
        { outcome: 'limit_reached', held: limit },
        { outcome: 'held', held: limit },
      ]);
    },
  );
});
