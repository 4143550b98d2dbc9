import * as fc from 'fast-check';
import { AddressInfo } from 'node:net';
import { AUTHORIZATION_MATRIX, rowParams } from './authorization-matrix';
import { FuzzCase, requestArbitrary } from '../testing/openapi-fuzz';
import { databaseFingerprint, fetchOpenApi, fillPath, OpenApiDocument, Operation, operations } from '../testing/openapi-routes';
import { buildRoleFixture, Role, RoleFixture } from '../testing/role-fixture';
import { startSeededOnServerIfAvailable, TestApp } from '../testing/test-app';

const CASES_PER_ROUTE = Number(process.env['FUZZ_CASES'] ?? 200);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261203);
/** Rejections between two checks that nothing was written (a fingerprint of every table costs a few ms). */
const CHECK_EVERY = 50;
/** Callers tried in this order: the first one the matrix lets past authorization fuzzes the route. */
const PREFERRED: readonly Role[] = [
  'admin',
  'chair',
  'secretary',
  'coordinator',
  'partner',
  'commissioner',
  'representative',
  'public',
  'anonymous',
];

/** What an error body must never carry: stack frames, SQL, driver messages, password material. */
const LEAKS: readonly RegExp[] = [
  /\n\s+at /,
  /\bat [\w.<>]+ \(/,
  /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/,
  /violates|duplicate key|syntax error|relation "|QueryFailedError|TypeORM/i,
  /password_?hash|\$argon2/i,
  /node_modules|\/src\//,
];

interface Outcome {
  key: string;
  role: Role;
  request: FuzzCase;
  status: number;
  body: string;
}

describe('fuzzing every route from the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let fixture: RoleFixture;
  let base: string;
  beforeAll(async () => {
    // On the PostgreSQL server when there is one (CI): the same checks, several times faster than PGlite.
    t = await startSeededOnServerIfAvailable({ LOGIN_RATE_LIMIT: '100000' });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    doc = await fetchOpenApi(t);
    fixture = await buildRoleFixture(t);
  }, 180_000);
  afterAll(() => t?.close(), 120_000);

  function fuzzerOf(op: Operation): Role {
    const expect = AUTHORIZATION_MATRIX[op.key]?.expect;
    return PREFERRED.find((role) => expect && expect[role] !== 401 && expect[role] !== 403) ?? 'admin';
  }

  /** A session of its own for a route that ends the session it is called with, renewed once it has been ended. */
  let ownSession: string | undefined;

  async function send(op: Operation, role: Role, c: FuzzCase): Promise<{ status: number; body: string }> {
    const url = new URL(base + fillPath(op.path, c.params));
    for (const [name, value] of Object.entries(c.query)) if (value !== undefined) url.searchParams.set(name, value);
    const own = AUTHORIZATION_MATRIX[op.key]?.ownSession;
    if (own) ownSession ??= await fixture.freshLogin(role);
    const auth = own ? ownSession : fixture.auth[role];
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth) headers['authorization'] = auth;
    const withBody = op.method !== 'GET' && op.method !== 'DELETE';
    const body = c.rawBody ?? (c.body === undefined ? undefined : JSON.stringify(c.body));
    const response = await fetch(url, { method: op.method, headers, body: withBody ? body : undefined });
    if (own && response.status < 400) ownSession = undefined;
    return { status: response.status, body: await response.text() };
  }

  /** The routes in a few slices, so each reports (and times out) on its own. */
  const SLICES = 6;
  it.each(Array.from({ length: SLICES }, (_, slice) => slice))(
    `slice %i: ${CASES_PER_ROUTE} random requests per route, no 500, no leak, no write when it rejects`,
    async (slice) => {
      const failures: string[] = [];
      const unexpected = (o: Outcome, why: string) =>
        failures.length < 40 &&
        failures.push(`${o.key} as ${o.role}: ${why} (${o.status}) ${JSON.stringify(o.request).slice(0, 300)} → ${o.body.slice(0, 300)}`);
      let total = 0;
      const ops = operations(doc).filter((_, index) => index % SLICES === slice);
      for (const op of ops) {
        const role = fuzzerOf(op);
        const real = rowParams(op, AUTHORIZATION_MATRIX[op.key], fixture.ids);
        const cases = fc.sample(requestArbitrary(doc, op, fixture.ids, real), { numRuns: CASES_PER_ROUTE, seed: SEED });
        let before = await databaseFingerprint(t);
        let pending: Outcome[] = [];
        const checkNoWrite = async () => {
          const after = await databaseFingerprint(t);
          const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
          if (changed.length) unexpected(pending[0], `a rejected request wrote to ${changed.join(', ')}`);
          pending = [];
          before = after;
        };
        for (const request of cases) {
          const { status, body } = await send(op, role, request).catch((error: Error) => ({ status: 599, body: error.message }));
          total++;
          const outcome = { key: op.key, role, request, status, body };
          if (status >= 500) unexpected(outcome, 'server error');
          if (status >= 400 && LEAKS.some((leak) => leak.test(body))) unexpected(outcome, 'error body leaks internals');
          // A GET never writes; a write that succeeded starts a new baseline (after checking the rejections before it).
          const wrote = status < 400 && op.method !== 'GET';
          if (status >= 400) pending.push(outcome);
          if (wrote || pending.length >= CHECK_EVERY) {
            if (wrote && pending.length === 0) before = await databaseFingerprint(t);
            else if (!wrote) await checkNoWrite();
            else {
              // The success wrote too: the rejections before it can no longer be told apart, so start again from here.
              pending = [];
              before = await databaseFingerprint(t);
            }
          }
        }
        if (pending.length) await checkNoWrite();
      }
      expect(failures).toEqual([]);
      expect(total).toBeGreaterThanOrEqual(ops.length * CASES_PER_ROUTE);
    },
    600_000,
  );
});
