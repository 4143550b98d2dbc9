import { addressesAsTu, PROBLEM_CONTENT_TYPE } from '@cocrea/contracts';
import { startAsSecretary, TestApp } from '../../testing/test-app';
import { ERROR_CATALOG } from './error-catalog';
import { preferredLanguage } from './problem';

describe('bad input answers problem+json, never 500, and stores nothing', () => {
  let t: TestApp;
  let secretary: string;
  let commissionId: string;
  beforeAll(async () => ({ t, secretary, commissionId } = await startAsSecretary()));
  afterAll(() => t?.close());

  const total = async (path: string) => (await t.http.get(`${path}?pageSize=1`).set('Authorization', secretary)).body.total as number;
  const storedCounts = async () => ({ organizations: await total('/api/organizations'), people: await total('/api/people') });

  const post = (path: string, body: string, contentType = 'application/json') =>
    t.http.post(path).set('Authorization', secretary).set('Content-Type', contentType).send(body);

  const cases: Array<{ name: string; send: () => ReturnType<typeof post>; status: number; code: string; field?: string }> = [
    { name: 'malformed JSON', send: () => post('/api/organizations', '{"name": "A",'), status: 400, code: 'malformed_body' },
    {
      name: 'a wrong type',
      send: () => post('/api/organizations', JSON.stringify({ name: 42, kind: 'academia' })),
      status: 400,
      code: 'validation_failed',
      field: 'name',
    },
    {
      name: 'an unknown field',
      send: () => post('/api/organizations', JSON.stringify({ name: 'Nueva', kind: 'academia', admin: true })),
      status: 400,
      code: 'validation_failed',
      field: 'admin',
    },
    {
      name: 'a missing required field',
      send: () => post('/api/organizations', JSON.stringify({ name: 'Nueva' })),
      status: 400,
      code: 'validation_failed',
      field: 'kind',
    },
    {
      name: 'a value outside the enum',
      send: () => post('/api/organizations', JSON.stringify({ name: 'Nueva', kind: 'party' })),
      status: 400,
      code: 'validation_failed',
      field: 'kind',
    },
    {
      name: 'a state that is not one of the 32',
      send: () => post('/api/organizations', JSON.stringify({ name: 'Nueva', kind: 'academia', state: 'Texas' })),
      status: 400,
      code: 'validation_failed',
      field: 'state',
    },
    { name: 'an array instead of an object', send: () => post('/api/organizations', '[1,2,3]'), status: 400, code: 'validation_failed' },
    { name: 'a JSON string instead of an object', send: () => post('/api/organizations', '"hola"'), status: 400, code: 'malformed_body' },
    {
      name: 'a huge body',
      send: () => post('/api/organizations', JSON.stringify({ name: 'x'.repeat(300_000), kind: 'academia' })),
      status: 413,
      code: 'payload_too_large',
    },
    {
      name: 'an invalid email',
      send: () => post('/api/people', JSON.stringify({ name: 'Nadie', email: 'no-es-correo' })),
      status: 400,
      code: 'validation_failed',
      field: 'email',
    },
    {
      name: 'a bad UUID in the path',
      send: () => t.http.get('/api/people/1234').set('Authorization', secretary),
      status: 400,
      code: 'validation_failed',
    },
    {
      name: 'an SQL-looking UUID',
      send: () => t.http.get("/api/organizations/'%20OR%201=1--").set('Authorization', secretary),
      status: 400,
      code: 'validation_failed',
    },
    {
      name: 'an unknown query parameter',
      send: () => t.http.get('/api/organizations?sort=name').set('Authorization', secretary),
      status: 400,
      code: 'validation_failed',
      field: 'sort',
    },
    {
      name: 'pageSize far too large',
      send: () => t.http.get('/api/organizations?pageSize=1000000').set('Authorization', secretary),
      status: 400,
      code: 'validation_failed',
      field: 'pageSize',
    },
    {
      name: 'page 10^9',
      send: () => t.http.get('/api/organizations?page=1000000000').set('Authorization', secretary),
      status: 400,
      code: 'validation_failed',
      field: 'page',
    },
    {
      name: 'page zero',
      send: () => t.http.get('/api/organizations?page=0').set('Authorization', secretary),
      status: 400,
      code: 'validation_failed',
      field: 'page',
    },
    {
      name: 'a non-numeric page',
      send: () => t.http.get('/api/organizations?page=abc').set('Authorization', secretary),
      status: 400,
      code: 'validation_failed',
      field: 'page',
    },
    {
      name: 'a bad date',
      send: () =>
        t.http
          .patch(`/api/commissions/${commissionId}/members/7a0c3a52-9e1f-4b0b-9d7e-8a4c1b2d3e4f`)
          .set('Authorization', secretary)
          .send({ until: '2021-13-45' }),
      status: 400,
      code: 'validation_failed',
      field: 'until',
    },
    {
      name: 'a NUL character in a text field',
      send: () => post('/api/people', JSON.stringify({ name: 'Nul\u0000Persona', email: 'nul@example.org' })),
      status: 400,
      code: 'validation_failed',
    },
    {
      name: 'a NUL character in the search',
      send: () => t.http.get('/api/people?q=a%00b').set('Authorization', secretary),
      status: 400,
      code: 'validation_failed',
    },
    {
      name: 'a body that claims gzip but is not',
      send: () => post('/api/organizations', '{"name":"Gzip","kind":"academia"}').set('Content-Encoding', 'gzip'),
      status: 400,
      code: 'malformed_body',
    },
    {
      name: 'an unknown route',
      send: () => t.http.get('/api/nowhere').set('Authorization', secretary),
      status: 404,
      code: 'route_not_found',
    },
    { name: 'no session', send: () => t.http.get('/api/people'), status: 401, code: 'unauthenticated' },
  ];

  it.each(cases)('$name → $status $code', async ({ send, status, code, field }) => {
    const before = await storedCounts();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(response.body).toMatchObject({ status, code, type: expect.stringMatching(/^https:\/\//) });
    expect(response.body.messages.es.title).toBeTruthy();
    expect(response.body.messages.en.title).toBeTruthy();
    expect(response.body.messages.es.title).not.toBe(response.body.messages.en.title);
    if (field) expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    expect(await storedCounts()).toEqual(before);
  });

  it('text that looks like SQL is just text to search for', async () => {
    const response = await t.http
      .get(`/api/organizations?q=${encodeURIComponent("'; DROP TABLE organizations; --")}`)
      .set('Authorization', secretary)
      .expect(200);
    expect(response.body).toMatchObject({ items: [], total: 0 });
    expect((await storedCounts()).organizations).toBeGreaterThan(0);
  });

  it('answers in English when the client prefers it, with field messages in both languages', async () => {
    const response = await post('/api/organizations', JSON.stringify({ name: 'N' })).set('Accept-Language', 'en-US,en;q=0.9,es;q=0.5');
    expect(response.body.title).toBe('Invalid input');
    const nameError = response.body.errors.find((e: { path: string }) => e.path === 'name');
    expect(nameError.message).toMatch(/^Too small/);
    expect(nameError.messages.es).toMatch(/^Demasiado pequeño/);
  });

  it.each([
    [undefined, 'es'],
    ['en', 'en'],
    ['es-MX,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,es;q=0.5', 'en'],
    ['fr-FR,en;q=0.4,es;q=0.6', 'es'],
    ['de', 'es'],
  ])('Accept-Language %s → %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });
});

describe('the error catalog', () => {
  it('addresses people as "usted" in every Spanish message, never with "tú" forms', () => {
    const familiar = Object.entries(ERROR_CATALOG).filter(([, entry]) => addressesAsTu(`${entry.es.title}. ${entry.es.detail}`));
    expect(familiar.map(([code, entry]) => `${code}: ${entry.es.detail}`)).toEqual([]);
  });
});
