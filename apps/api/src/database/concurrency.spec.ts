import { CommissionMember, MEXICAN_STATES, Page } from '@cocrea/contracts';
import { startAsSecretary, TestApp } from '../testing/test-app';

/**
 * Many requests at once on the embedded database: each must get its own query's answer. Guards the
 * one-connection pool (see EMBEDDED_POOL_SIZE): with several, pglite-socket interleaved their
 * Parse/Bind messages and answered with errors or other requests' rows.
 */
describe('concurrent requests on the embedded database', () => {
  let t: TestApp;
  let secretary: string;
  let commissionId: string;
  beforeAll(async () => {
    ({ t, secretary, commissionId } = await startAsSecretary());
    // Listening once: left to itself, supertest listens and closes the server per request, and with 120 requests in
    // flight a request that ends first closes the server under the others (ECONNRESET), whatever the api does.
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(() => t?.close());

  it('answers 120 interleaved reads and writes each with its own result', async () => {
    const states = MEXICAN_STATES.slice(0, 12);
    const reads = Array.from({ length: 90 }, (_, k) => {
      const state = states[k % states.length];
      return t.http
        .get(`/api/commissions/${commissionId}/members?state=${encodeURIComponent(state)}&q=a`)
        .set('Authorization', secretary)
        .then((response) => ({ state, response }));
    });
    const writes = Array.from({ length: 30 }, (_, k) =>
      t.http
        .post('/api/organizations')
        .set('Authorization', secretary)
        .send({ name: `Concurrente ${k}`, kind: 'academia', state: 'Oaxaca' }),
    );
    const [readResults, writeResults] = await Promise.all([Promise.all(reads), Promise.all(writes)]);

    for (const { state, response } of readResults) {
      expect(response.status).toBe(200);
      for (const member of (response.body as Page<CommissionMember>).items) expect(member.person.organization?.state).toBe(state);
    }
    expect(writeResults.map((r) => r.status)).toEqual(writeResults.map(() => 201));
    const stored = await t.http.get('/api/organizations?q=Concurrente&pageSize=100').set('Authorization', secretary);
    expect(stored.body.total).toBe(30);
  });
});
