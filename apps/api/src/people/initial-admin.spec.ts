import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../testing/test-app';
import { InitialAdminService } from './initial-admin.service';
import { PersonEntity } from './person.entity';

describe('initial admin (ADMIN_EMAIL / ADMIN_PASSWORD)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { ADMIN_EMAIL: 'Jefa@Example.org', ADMIN_PASSWORD: 'una-clave-muy-larga' } });
  });
  afterAll(() => t?.close());

  it('creates a platform admin who can sign in on a database without demo data', async () => {
    const bearer = await t.login('jefa@example.org', 'una-clave-muy-larga');
    expect((await t.http.get('/api/auth/me').set('Authorization', bearer)).body).toMatchObject({
      platformRole: 'admin',
      email: 'jefa@example.org',
    });
  });

  it('leaves the account as it is on later starts, even if its password was changed', async () => {
    const bearer = await t.login('jefa@example.org', 'una-clave-muy-larga');
    const me = (await t.http.get('/api/auth/me').set('Authorization', bearer)).body;
    await t.http.patch(`/api/people/${me.id}`).set('Authorization', bearer).send({ password: 'otra-clave-todavia-mas-larga' }).expect(200);
    await t.app.get(InitialAdminService).onApplicationBootstrap();
    await t.login('jefa@example.org', 'otra-clave-todavia-mas-larga');
    expect(await t.app.get(DataSource).getRepository(PersonEntity).countBy({ platformRole: 'admin' })).toBe(1);
  });
});
