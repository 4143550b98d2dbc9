import { DataSource } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { SeedService } from '../seed/seed.service';
import { DEMO, startSeededOnServer, TestApp } from '../testing/test-app';

/**
 * The same migrations, queries and seed on a real PostgreSQL server (DATABASE_URL mode), from an empty database
 * rather than the run's seeded template. `.ci/run` starts Debian's postgresql and sets TEST_DATABASE_URL; without
 * one this file fails in CI and is skipped elsewhere.
 */
const serverUrl = process.env['TEST_DATABASE_URL'];
if (!serverUrl && process.env['CI'] === 'true') throw new Error('CI needs TEST_DATABASE_URL');

describe('on a real PostgreSQL server', () => {
  (serverUrl ? describe : describe.skip)('with a fresh database', () => {
    let t: TestApp;
    beforeAll(async () => (t = await startSeededOnServer(serverUrl as string, undefined, undefined, { fromNothing: true })));
    afterAll(() => t?.close());

    it('migrates with nothing left pending and reports the engine', async () => {
      expect((await t.app.get(DataSource).driver.createSchemaBuilder().log()).upQueries).toEqual([]);
      expect((await t.http.get('/api/health').expect(200)).body.database).toEqual({ status: 'up', engine: 'postgres' });
    });

    it('loads the demo commission once, and its people log in', async () => {
      const count = () => t.app.get(DataSource).getRepository(PersonEntity).count();
      const before = await count();
      await t.app.get(SeedService).loadDemo();
      expect(await count()).toBe(before);
      const bearer = await t.login(DEMO.secretary);
      const commission = (await t.http.get('/api/commissions').set('Authorization', bearer)).body.items[0];
      const members = await t.http.get(`/api/commissions/${commission.id}/members?state=Nuevo%20Le%C3%B3n`).set('Authorization', bearer);
      expect(members.body.items.map((m: { person: { name: string } }) => m.person.name)).toEqual([
        'Francisco Reynaldo Guajardo',
        'Jorge Alberto Ylizaliturri Guerrero',
        'María de los Ángeles Guzmán García',
        'María Teresa Treviño Fernández',
      ]);
    });

    it('turns a duplicate email into a 409, not a 500', async () => {
      const bearer = await t.login(DEMO.admin);
      await t.http.post('/api/people').set('Authorization', bearer).send({ name: 'Duplicada', email: DEMO.chair }).expect(409);
    });
  });
});
