import { loadConfig } from './config';

describe('loadConfig', () => {
  it('loads the demo commission by default only on the embedded database', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/cocrea' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/cocrea', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }],
    [{ DATABASE_URL: 'not a url' }],
    [{ SEED_DEMO: 'yes' }],
    [{ LOG_LEVEL: 'loud' }],
    [{ ADMIN_EMAIL: 'a@example.org' }],
    [{ ADMIN_EMAIL: 'a@example.org', ADMIN_PASSWORD: 'corta' }],
  ])('refuses %j', (env) => {
    expect(() => loadConfig(env)).toThrow(/Invalid environment/);
  });
});
