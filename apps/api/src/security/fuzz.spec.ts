import * as fc from 'fast-check';
import { AddressInfo } from 'node:net';
import { AUTHORIZATION_MATRIX, rowParams } from './authorization-matrix';
import { FuzzCase, requestArbitrary } from '../testing/openapi-fuzz';
import { databaseFingerprint, fetchOpenApi, fillPath, OpenApiDocument, Operation, operations } from '../testing/openapi-routes';
import { buildRoleFixture, Role, RoleFixture } from '../testing/role-fixture';
import { startSeededOnServerIfAvailable, TestApp } from '../testing/test-app';

/** CI sets TEST_DATABASE_URL: the full run on the PostgreSQL server there; a lighter one on PGlite, several times slower. */
const ON_SERVER = Boolean(process.env['TEST_DATABASE_URL']);
const CASES_PER_ROUTE = Number(process.env['FUZZ_CASES'] ?? (ON_SERVER ? 200 : 40));
/**
 * Apps fuzzed at once, each on a database of its own so a write by one cannot be blamed on another's rejection.
 * They share this process, so the gain is overlapping one app's database round trips with another's work;
 * PGlite runs in this thread too, so there it stays one.
 */
const INSTANCES = Number(process.env['FUZZ_INSTANCES'] ?? (ON_SERVER ? 2 : 1));
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

/** One seeded app listening on loopback, with its own database, callers and ids. */
interface Target {
  t: TestApp;
  base: string;
  fixture: RoleFixture;
  /** A session of its own for a route that ends the session it is called with, renewed once it has been ended. */
  ownSession?: string;
}

async function startTarget(): Promise<Target> {
  const t = await startSeededOnServerIfAvailable({ LOGIN_RATE_LIMIT: '100000', PUBLIC_RATE_LIMIT: '100000' });
  await t.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  return { t, base, fixture: await buildRoleFixture(t) };
}

function fuzzerOf(op: Operation): Role {
  const expect = AUTHORIZATION_MATRIX[op.key]?.expect;
  return PREFERRED.find((role) => expect && expect[role] !== 401 && expect[role] !== 403) ?? 'admin';
}

async function send(target: Target, op: Operation, role: Role, c: FuzzCase): Promise<{ status: number; body: string }> {
  const url = new URL(target.base + fillPath(op.path, c.params));
  for (const [name, value] of Object.entries(c.query)) if (value !== undefined) url.searchParams.set(name, value);
  const own = AUTHORIZATION_MATRIX[op.key]?.ownSession;
  if (own) target.ownSession ??= await target.fixture.freshLogin(role);
  const auth = own ? target.ownSession : target.fixture.auth[role];
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth) headers['authorization'] = auth;
  const withBody = op.method !== 'GET' && op.method !== 'DELETE';
  const body = c.rawBody ?? (c.body === undefined ? undefined : JSON.stringify(c.body));
  const response = await fetch(url, { method: op.method, headers, body: withBody ? body : undefined });
  if (own && response.status < 400) target.ownSession = undefined;
  return { status: response.status, body: await response.text() };
}

/**
 * Sends every case to `op` in turn and reports what went wrong. Rejections are checked for writes in batches: the
 * fingerprint is taken after a run of rejections (or before a request that succeeded and wrote), so a batch that
 * changed a table names its first rejection.
 */
async function fuzzRoute(
  target: Target,
  doc: OpenApiDocument,
  op: Operation,
  unexpected: (o: Outcome, why: string) => void,
): Promise<number> {
  const role = fuzzerOf(op);
  const real = rowParams(op, AUTHORIZATION_MATRIX[op.key], target.fixture.ids);
  const cases = fc.sample(requestArbitrary(doc, op, target.fixture.ids, real), { numRuns: CASES_PER_ROUTE, seed: SEED });
  let before = await databaseFingerprint(target.t);
  let pending: Outcome[] = [];
  const checkNoWrite = async () => {
    const after = await databaseFingerprint(target.t);
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    if (changed.length) unexpected(pending[0], `a rejected request wrote to ${changed.join(', ')}`);
    pending = [];
    before = after;
  };
  for (const request of cases) {
    const { status, body } = await send(target, op, role, request).catch((error: Error) => ({ status: 599, body: error.message }));
    const outcome = { key: op.key, role, request, status, body };
    if (status >= 500) unexpected(outcome, 'server error');
    if (status >= 400 && LEAKS.some((leak) => leak.test(body))) unexpected(outcome, 'error body leaks internals');
    // A GET never writes; a write that succeeded starts a new baseline (the rejections since the last one are lost
    // with it: they can no longer be told apart from the success).
    if (status >= 400) pending.push(outcome);
    if (status < 400 && op.method !== 'GET') {
      pending = [];
      before = await databaseFingerprint(target.t);
    } else if (pending.length >= CHECK_EVERY) await checkNoWrite();
  }
  if (pending.length) await checkNoWrite();
  return cases.length;
}

describe('fuzzing every route from the OpenAPI document', () => {
  let targets: Target[] = [];
  let doc: OpenApiDocument;
  beforeAll(async () => {
    // On the PostgreSQL server when there is one (CI): the same checks, several times faster than PGlite.
    targets = await Promise.all(Array.from({ length: INSTANCES }, () => startTarget()));
    doc = await fetchOpenApi(targets[0].t);
  }, 300_000);
  afterAll(() => Promise.all(targets.map((target) => target.t.close())), 120_000);

  /** The routes in a few slices, so each reports (and times out) on its own. */
  const SLICES = 6;
  it.each(Array.from({ length: SLICES }, (_, slice) => slice))(
    `slice %i: ${CASES_PER_ROUTE} random requests per route, no 500, no leak, no write when it rejects`,
    async (slice) => {
      const failures: string[] = [];
      const unexpected = (o: Outcome, why: string) =>
        failures.length < 40 &&
        failures.push(`${o.key} as ${o.role}: ${why} (${o.status}) ${JSON.stringify(o.request).slice(0, 300)} → ${o.body.slice(0, 300)}`);
      const ops = operations(doc).filter((_, index) => index % SLICES === slice);
      // Each app takes the next route of the slice when it is done with one.
      const queue = [...ops];
      const totals = await Promise.all(
        targets.map(async (target) => {
          let sent = 0;
          for (let op = queue.shift(); op; op = queue.shift()) sent += await fuzzRoute(target, doc, op, unexpected);
          return sent;
        }),
      );
      expect(failures).toEqual([]);
      expect(totals.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(ops.length * CASES_PER_ROUTE);
    },
    600_000,
  );
});
