import { writeFileSync } from 'node:fs';
import { AUTHORIZATION_MATRIX, rowParams } from './authorization-matrix';
import { exampleFor, fetchOpenApi, fillPath, OpenApiDocument, Operation, operations } from '../testing/openapi-routes';
import { buildRoleFixture, Role, RoleFixture, ROLES } from '../testing/role-fixture';
import { startTestApp, TestApp } from '../testing/test-app';

describe('authorization matrix: every route x every role', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let fixture: RoleFixture;
  beforeAll(async () => {
    // Every role logs in again for the routes that end a session; the login limit is tested on its own.
    t = await startTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000', PUBLIC_RATE_LIMIT: '100000' } });
    doc = await fetchOpenApi(t);
    fixture = await buildRoleFixture(t);
  }, 120_000);
  afterAll(() => t?.close());

  async function call(op: Operation, role: Role): Promise<number> {
    const row = AUTHORIZATION_MATRIX[op.key];
    const params = rowParams(op, row, fixture.ids);
    const url = fillPath(op.path, params);
    let req = t.http[op.method.toLowerCase() as 'get'](url);
    const auth = row?.ownSession ? await fixture.freshLogin(role) : fixture.auth[role];
    if (auth) req = req.set('Authorization', auth);
    if (row?.query) req = req.query(row.query(fixture.ids));
    if (op.body === 'multipart') req = req.attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), 'nota.pdf');
    else if (op.body) req = req.send((row?.body ? row.body(fixture.ids) : exampleFor(doc, op.body, fixture.ids)) as object);
    return (await req).status;
  }

  it('every role gets the status the rules give it on every route', async () => {
    const observed: Record<string, Record<Role, number>> = {};
    const mismatches: string[] = [];
    for (const op of operations(doc)) {
      observed[op.key] = {} as Record<Role, number>;
      for (const role of ROLES) {
        const status = await call(op, role);
        observed[op.key][role] = status;
        const expected = AUTHORIZATION_MATRIX[op.key]?.expect[role];
        if (expected !== undefined && expected !== status) mismatches.push(`${op.key} as ${role}: expected ${expected}, got ${status}`);
      }
    }
    if (process.env['MATRIX_OBSERVED']) writeFileSync(process.env['MATRIX_OBSERVED'], JSON.stringify(observed, null, 1));
    expect(mismatches).toEqual([]);
  }, 240_000);

  it('has exactly one row per registered route', () => {
    const registered = operations(doc).map((op) => op.key);
    const rows = Object.keys(AUTHORIZATION_MATRIX);
    expect({ withoutRow: registered.filter((key) => !rows.includes(key)), stale: rows.filter((key) => !registered.includes(key)) }).toEqual(
      {
        withoutRow: [],
        stale: [],
      },
    );
  });
});
