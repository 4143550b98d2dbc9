/**
 * First step of `npm run openapi`: writes the response schemas derived from the controllers' declared types, which the
 * api reads when it builds its OpenAPI document (the second step, the api-description spec, then commits that).
 */
import { join } from 'node:path';
import { generateResponseSchemas } from '../src/openapi/response-schemas.generator';
import { writeFormattedJson } from '../src/openapi/write-json';

const target = join(__dirname, '../src/openapi/response-schemas.generated.json');

writeFormattedJson(target, generateResponseSchemas()).then(
  () => console.log(`Wrote ${target}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
