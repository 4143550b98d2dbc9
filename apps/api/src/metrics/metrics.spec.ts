import { PublicDocumentCache, publicDocumentKey } from '../public';
import { startTestApp, TestApp } from '../testing/test-app';

const METRICS_TOKEN = 'metrics-token-for-the-test';

jest.setTimeout(300_000);

describe('metrics and health', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { METRICS_TOKEN } })));
  afterAll(() => t?.close());

  it('answers liveness without looking at the database', async () => {
    expect((await t.http.get('/api/health/live').expect(200)).body).toEqual({ status: 'ok' });
  });

  it('answers readiness with the database it checked', async () => {
    expect((await t.http.get('/api/health/ready').expect(200)).body).toEqual({
      status: 'ok',
      database: { status: 'up', engine: 'pglite' },
    });
    await t.http.get('/api/health').expect(200);
  });

  it('refuses /metrics without its token', async () => {
    await t.http.get('/metrics').expect(401);
    await t.http.get('/metrics').set('Authorization', 'Bearer not-the-token').expect(401);
  });

  it('serves request durations by route template and status, ballots, live and co-editing gauges and the pool', async () => {
    await t.http.get('/api/health/live').expect(200);
    await t.http.get(`/api/people/00000000-0000-4000-8000-000000000000`).expect(401);
    const response = await t.http.get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.text).toMatch(
      /cocrea_http_request_duration_seconds_count\{method="GET",route="\/api\/health\/live",status="200"\} [1-9]/,
    );
    expect(response.text).toMatch(/cocrea_http_request_duration_seconds_count\{method="GET",route="\/api\/people\/:id",status="401"\} 1/);
    expect(response.text).toMatch(/^cocrea_ballots_recorded \d+$/m);
    expect(response.text).toMatch(/^cocrea_coedit_documents 0$/m);
    expect(response.text).toMatch(/^cocrea_coedit_connections 0$/m);
    expect(response.text).toMatch(/^cocrea_live_sockets\{namespace="\/live"\} 0$/m);
    expect(response.text).toMatch(/^cocrea_db_pool_connections\{state="waiting"\} \d+$/m);
    expect(response.text).toMatch(/^cocrea_db_pool_connections\{state="busy"\} \d+$/m);
  });

  it('times the cached public documents answered before Express under their own route', async () => {
    const id = '00000000-0000-4000-8000-00000000c0de';
    await t.app.get(PublicDocumentCache).get(publicDocumentKey('session', id), async () => ({ title: 'Sesión' }));
    await t.http.get(`/api/public/sessions/${id}`).expect(200);
    const response = await t.http.get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(response.text).toMatch(
      /cocrea_http_request_duration_seconds_count\{method="GET",route="public cached document",status="200"\} 1/,
    );
  });
});

describe('metrics by default', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t?.close());

  it('are off: /metrics does not exist', async () => {
    await t.http.get('/metrics').expect(404);
  });
});
