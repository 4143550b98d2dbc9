import * as fc from 'fast-check';
import { exampleFor, JsonSchema, OpenApiDocument, Operation, resolve } from './openapi-routes';

/** One fuzzed request: path params, query and body (a raw string is sent as a malformed JSON text). */
export interface FuzzCase {
  params: Record<string, string>;
  query: Partial<Record<string, string>>;
  body: unknown;
  rawBody?: string;
}

/** Strings that have broken parsers, SQL and path handling elsewhere. */
const NASTY = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'null',
  'undefined',
  'NaN',
  'true',
  "' OR 1=1 --",
  '"; DROP TABLE people; --',
  '../../../etc/passwd',
  '%00',
  '\u0000',
  '\uD800',
  '<script>alert(1)</script>',
  '${7*7}',
  '__proto__',
  'constructor',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'a'.repeat(5000),
  '2021-02-30',
  '2021-02-15T25:61:00Z',
];

const nastyString = fc.constantFrom(...NASTY);
const anyString = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), nastyString);
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 31), 1.5, 1e308, true, false, null, [], {}),
  nastyString,
);

/** Values shaped by `schema`, with every field now and then replaced by something of the wrong type. */
export function schemaArbitrary(doc: OpenApiDocument, raw: JsonSchema, ids: Record<string, string>, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  return fc.oneof({ arbitrary: shaped(doc, schema, ids, depth), weight: 8 }, { arbitrary: wrongType, weight: 1 });
}

function shaped(doc: OpenApiDocument, schema: JsonSchema, ids: Record<string, string>, depth: number): fc.Arbitrary<unknown> {
  const union = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (union?.length) return fc.oneof(...union.map((s) => schemaArbitrary(doc, s, ids, depth)));
  if (schema.enum?.length) return fc.oneof(fc.constantFrom(...schema.enum), anyString);
  const ids_ = Object.values(ids);
  switch (schema.type) {
    case 'object': {
      if (depth > 3) return fc.constant({});
      const properties = Object.entries(schema.properties ?? {});
      const record = fc.record(Object.fromEntries(properties.map(([key, value]) => [key, schemaArbitrary(doc, value, ids, depth + 1)])), {
        requiredKeys: [],
      });
      // Mostly every required key present (so the checks past the schema are reached), sometimes an unknown one.
      return fc.tuple(record, fc.boolean(), fc.option(fc.string({ maxLength: 10 }))).map(([value, fill, extra]) => {
        const out: Record<string, unknown> = { ...value };
        if (fill)
          for (const key of schema.required ?? []) if (!(key in out)) out[key] = exampleFor(doc, schema.properties?.[key] ?? {}, ids, key);
        if (extra !== null) out[extra] = 1;
        return out;
      });
    }
    case 'array':
      return fc.array(schemaArbitrary(doc, schema.items ?? {}, ids, depth + 1), {
        maxLength: Math.min((schema.maxItems ?? 4) + 1, 6),
      });
    case 'integer':
      return fc.oneof(
        fc.integer({ min: (schema.minimum ?? -10) - 1, max: (schema.maximum ?? 1000) + 1 }),
        fc.constantFrom(0, -1, 2 ** 31, 2 ** 53 + 1),
      );
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'string':
      switch (schema.format) {
        case 'uuid':
          return fc.oneof(fc.constantFrom(...ids_), fc.uuid(), anyString);
        case 'date-time':
          return fc.oneof(
            fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
            anyString,
          );
        case 'date':
          return fc.oneof(
            fc
              .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
              .map((d) => d.toISOString().slice(0, 10)),
            anyString,
          );
        default:
          return fc.oneof(
            fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) }),
            fc.constant('x'.repeat((schema.maxLength ?? 300) + 1)),
            anyString,
          );
      }
    default:
      return wrongType;
  }
}

/** Every part of a request to `op`: real ids, random uuids and garbage in the path; valid and invalid query and body. */
export function requestArbitrary(
  doc: OpenApiDocument,
  op: Operation,
  ids: Record<string, string>,
  realParams: Record<string, string>,
): fc.Arbitrary<FuzzCase> {
  const params = fc.record(
    Object.fromEntries(
      op.pathParams.map((name) => [
        name,
        // A lone surrogate cannot be put in a URL at all (the client would fail, not the server).
        fc.oneof(fc.constant(realParams[name] ?? name), fc.uuid(), anyString).map((value) => value.replace(/[\uD800-\uDFFF]/g, '\uFFFD')),
      ]),
    ),
  );
  const query = fc.record(
    Object.fromEntries(
      op.query.map((p) => [
        p.name,
        fc.oneof(schemaArbitrary(doc, p.schema ?? {}, ids), anyString).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      ]),
    ),
    { requiredKeys: [] },
  );
  const jsonBody = op.body && op.body !== 'multipart' ? schemaArbitrary(doc, op.body, ids) : fc.option(wrongType);
  const raw = fc.option(fc.constantFrom('{', '{"a":', '[1,2', 'null', '"x"', '\u0000', '{"__proto__":{"admin":true}}'), { freq: 12 });
  return fc
    .record({ params, query, body: jsonBody, rawBody: raw })
    .map(({ rawBody, ...rest }) => (rawBody === null ? rest : { ...rest, rawBody }));
}
