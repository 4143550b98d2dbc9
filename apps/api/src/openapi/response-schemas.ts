/**
 * The success bodies of the api's routes as JSON schemas, generated from the controllers' declared return types
 * (response-schemas.generator.ts, `npm run openapi`) and committed as response-schemas.generated.json, which this reads.
 */
import * as generated from './response-schemas.generated.json';

/** The slice of an OpenAPI 3.0 schema object the api description writes. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export interface ResponseSchemas {
  /** By @nestjs/swagger's default operation id (`MeetingsController_create`); null when the handler answers no body. */
  operations: Record<string, JsonSchema | null>;
  /** The contracts' named types the operations refer to, for `components.schemas`. */
  schemas: Record<string, JsonSchema>;
}

// Read through a cast: the file's inferred literal type says less than ResponseSchemas (its optional keys are absent).
export const RESPONSE_SCHEMAS = generated as unknown as ResponseSchemas;

/** The named schemas `from` refers to, directly or through other schemas, and only those (sorted by name). */
export function schemasReachedFrom(from: unknown, schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const found = new Map<string, JsonSchema>();
  const visit = (value: unknown) => {
    for (const [, name] of JSON.stringify(value).matchAll(/#\/components\/schemas\/(\w+)/g)) {
      const schema = schemas[name];
      if (found.has(name) || !schema) continue;
      found.set(name, schema);
      visit(schema);
    }
  };
  visit(from);
  return Object.fromEntries([...found.keys()].sort().map((name) => [name, found.get(name) as JsonSchema]));
}
