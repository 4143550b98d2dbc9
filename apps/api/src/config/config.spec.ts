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

  it('reads an empty variable as unset, as compose passes `${ADMIN_EMAIL:-}`', () => {
    const config = loadConfig({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '', METRICS_TOKEN: '', SEED_DEMO: '' });
    expect([config.initialAdmin, config.metricsToken, config.seedDemo]).toEqual([undefined, undefined, true]);
  });

  it('turns metrics on only with a token long enough to guess at no cost', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'a-scraper-token-of-32-characters' }).metricsToken).toBe('a-scraper-token-of-32-characters');
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/Invalid environment/);
  });
});
