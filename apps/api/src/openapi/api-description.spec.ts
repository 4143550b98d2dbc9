import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, TestApp } from '../testing/test-app';
import { OPERATION_CATALOG } from './operation-catalog';
import { analyzeControllers, ControllerAnalysis } from './response-schemas.generator';
import { renderTypedClient, TYPED_CLIENT_FILE } from './typed-client.generator';
import { writeFormattedJson } from './write-json';

/**
 * The api's descriptions as integrators get them: the served documents equal the committed ones, the committed
 * response schemas and typed client follow the controllers' declared types, and Redocly's recommended rules find no
 * error. `npm run openapi` writes the response schemas and the typed client (apps/api/scripts/openapi-generate.ts),
 * then runs this with OPENAPI_WRITE=1, which rewrites the committed documents instead of comparing them.
 */
const WORKSPACE = join(__dirname, '../../../..');
const WRITE = process.env['OPENAPI_WRITE'] === '1';
const COMMITTED = {
  responseSchemas: join(__dirname, 'response-schemas.generated.json'),
  openapi: join(WORKSPACE, 'apps/api/openapi.json'),
  asyncapi: join(WORKSPACE, 'apps/api/asyncapi.json'),
};
const REDOCLY = join(WORKSPACE, 'node_modules/@redocly/cli/bin/cli.js');
const VERB =
  /^(list|get|create|add|update|delete|remove|sign|change|request|confirm|invite|accept|decline|export|suggest|withdraw|cancel|convene|open|close|correct|mark|set|check|record|declare|give|finish|order|download|archive|propose|decide|send|reply|resolve|name|diff|restore|publish|upload|redact|cast|verify|submit|review|revise|edit|support|score|start|search|rename|disable|enable|deactivate|reactivate|hide)[A-Z]/;

type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: { name: string; description?: string }[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>> };

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

let t: TestApp;
let analysis: ControllerAnalysis;
let served: Document;
let servedLiveEvents: unknown;

beforeAll(async () => {
  analysis = analyzeControllers();
  t = await startTestApp();
  served = (await t.http.get('/api/docs/openapi.json').expect(200)).body as Document;
  servedLiveEvents = (await t.http.get('/api/docs/asyncapi.json').expect(200)).body;
  if (WRITE) await writeFormattedJson(COMMITTED.openapi, served);
  if (WRITE) await writeFormattedJson(COMMITTED.asyncapi, servedLiveEvents);
}, 120_000);

afterAll(() => t?.close());

const operations = () =>
  Object.entries(served.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ key: `${method} ${path}`, op })),
  );

it('commits the response schemas the controllers declare (run `npm run openapi` after changing a contract)', () => {
  expect(readJson(COMMITTED.responseSchemas)).toEqual(analysis.schemas);
});

it('commits the typed client of the current routes and contracts (run `npm run openapi`)', async () => {
  expect(readFileSync(join(WORKSPACE, TYPED_CLIENT_FILE), 'utf8')).toBe(await renderTypedClient(analysis.handlers, WORKSPACE));
});

it('serves the committed OpenAPI document (run `npm run openapi` after changing a route)', () => {
  expect(served).toEqual(readJson(COMMITTED.openapi));
});

it('serves the committed AsyncAPI document of the live events', () => {
  expect(servedLiveEvents).toEqual(readJson(COMMITTED.asyncapi));
});

it('gives every operation a verb for its id, a summary, a description, its security and described parameters', () => {
  const incomplete = operations().filter(
    ({ op }) =>
      !VERB.test(op.operationId ?? '') || !op.summary || !op.description || !op.security || op.parameters?.some((p) => !p.description),
  );
  expect(incomplete.map(({ key }) => key)).toEqual([]);
});

it('keeps no catalog entry for a route that is gone', () => {
  const routes = new Set(operations().map(({ key }) => key.replace(/^(\w+) /, (_, method: string) => `${method.toUpperCase()} `)));
  expect(Object.keys(OPERATION_CATALOG).filter((key) => !routes.has(key))).toEqual([]);
});

it('documents every success body and the problem+json errors of every operation', () => {
  const missing = operations().filter(({ op }) => {
    const statuses = Object.keys(op.responses);
    const problems = statuses.filter((status) => status >= '400');
    const body = statuses.find((status) => status < '300');
    return (
      problems.length === 0 ||
      problems.some((status) => !op.responses[status].content?.['application/problem+json']) ||
      (body !== '204' && body !== '202' && !op.responses[body ?? '']?.content)
    );
  });
  expect(missing.map(({ key }) => key)).toEqual([]);
});

async function redoclyErrors(name: string, document: unknown): Promise<string[]> {
  const directory = mkdtempSync(join(tmpdir(), 'cocrea-api-lint-'));
  try {
    const file = join(directory, name);
    writeFileSync(file, JSON.stringify(document));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [REDOCLY, 'lint', file, '--config', join(WORKSPACE, 'redocly.yaml'), '--format', 'json'],
      { cwd: WORKSPACE, maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const problems = (JSON.parse(stdout) as { problems: { severity: string; ruleId: string; message: string }[] }).problems;
    return problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.ruleId}: ${problem.message}`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

it('passes Redocly’s recommended rules with no error, the OpenAPI document and the AsyncAPI one', async () => {
  expect(await redoclyErrors('openapi.json', served)).toEqual([]);
  expect(await redoclyErrors('asyncapi.json', servedLiveEvents)).toEqual([]);
});
