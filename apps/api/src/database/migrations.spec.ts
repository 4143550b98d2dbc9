import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../testing/test-app';
import { MIGRATIONS } from './migrations';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ fromNothing: true });
  });
  afterAll(() => t?.close());

  it('have all run on start', async () => {
    const rows = await t.app.get(DataSource).query('SELECT name FROM migrations ORDER BY id');
    expect(rows.map((r: { name: string }) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('leave nothing for the entities to change (no pending migration)', async () => {
    const pending = await t.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('answer the health check with the database up', async () => {
    expect((await t.http.get('/api/health').expect(200)).body).toEqual({ status: 'ok', database: { status: 'up', engine: 'pglite' } });
  });
});
