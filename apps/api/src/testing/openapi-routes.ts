import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

/** The slice of an OpenAPI 3 schema these tests read. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** One route of the api as the OpenAPI document describes it, keyed `METHOD /api/path/{param}`. */
export interface Operation {
  key: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: string[];
  query: OpenApiParameter[];
  /** The JSON body schema (refs resolved lazily by `resolve`), or `multipart` for uploads. */
  body: JsonSchema | 'multipart' | null;
}

export async function fetchOpenApi(t: TestApp): Promise<OpenApiDocument> {
  const response = await t.http.get('/api/docs/openapi.json');
  if (response.status !== 200) throw new Error(`openapi.json: ${response.status}`);
  return response.body as OpenApiDocument;
}

export function operations(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const parameters = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const body = content['application/json']?.schema ?? (content['multipart/form-data'] ? 'multipart' : null);
      return {
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as Operation['method'],
        path,
        // From the template, not `parameters`: a param validated by a pipe of its own is in the path but not listed.
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
        query: parameters.filter((p) => p.in === 'query'),
        body,
      };
    }),
  );
}

export function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = doc.components?.schemas?.[name];
  if (!target) throw new Error(`Unresolved ${schema.$ref}`);
  return resolve(doc, target);
}

/** `/api/groups/{groupId}` with `{groupId}` replaced by `params.groupId`. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}

/**
 * A cheap fingerprint of everything stored: per table, its row count and the sum of its rows' `xmin` (the transaction
 * that last wrote each row), so any insert, update or delete changes it. A rejected request must leave it unchanged
 * (sessions are left out: signing in is not what is being checked).
 */
export async function databaseFingerprint(t: TestApp, ignore: readonly string[] = ['auth_sessions']): Promise<Record<string, string>> {
  const db = t.app.get(DataSource);
  const tables = (await db.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  )) as { name: string }[];
  const names = tables.map((table) => table.name).filter((name) => !ignore.includes(name));
  const union = names.map(
    (name) => `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text AS f FROM "${name}"`,
  );
  const rows = (await db.query(union.join(' UNION ALL '))) as { name: string; f: string }[];
  return Object.fromEntries(rows.map((row) => [row.name, row.f]));
}

const SOME_UUID = '5b0f7c9e-3a1d-4e2b-9c8d-7f6e5d4c3b2a';

/**
 * A small body the schema accepts: required properties only, enums at their first value, uuids taken from `ids` by
 * property name (`personId` → `ids.personId`, `coordinatorIds` → `[ids.coordinatorId]`) when there is one.
 */
export function exampleFor(doc: OpenApiDocument, raw: JsonSchema, ids: Record<string, string>, name = ''): unknown {
  const schema = resolve(doc, raw);
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.[0]) return exampleFor(doc, union[0], ids, name);
  if (schema.allOf?.[0]) return exampleFor(doc, schema.allOf[0], ids, name);
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = exampleFor(doc, schema.properties?.[key] ?? {}, ids, key);
      return out;
    }
    case 'array': {
      const single = name.endsWith('Ids') ? name.slice(0, -1) : name;
      return Array.from({ length: schema.minItems ?? 0 }, (_, i) => exampleFor(doc, schema.items ?? {}, ids, i === 0 ? single : ''));
    }
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string':
      return exampleString(schema, ids, name);
    default:
      return null;
  }
}

function exampleString(schema: JsonSchema, ids: Record<string, string>, name: string): string {
  switch (schema.format) {
    case 'uuid':
      return ids[name] ?? SOME_UUID;
    case 'email':
      return `persona.${Date.now().toString(36)}@example.mx`;
    case 'date-time':
      return new Date().toISOString();
    case 'date':
      return '2027-01-15';
    case 'uri':
      return 'https://example.mx/sala';
    default: {
      const text = 'Texto de prueba para la matriz';
      const min = schema.minLength ?? 1;
      return text.padEnd(min, 'x').slice(0, schema.maxLength ?? text.length + min);
    }
  }
}
