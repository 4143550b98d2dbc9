/**
 * First step of `npm run openapi`: writes what is derived from the controllers' declared types, the response schemas
 * the api reads when it builds its OpenAPI document and the web's typed client; the second step, the api-description
 * spec, then commits the served documents.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeControllers } from '../src/openapi/response-schemas.generator';
import { renderTypedClient, TYPED_CLIENT_FILE } from '../src/openapi/typed-client.generator';
import { writeFormattedJson } from '../src/openapi/write-json';

const workspace = join(__dirname, '../../..');

async function main(): Promise<void> {
  const analysis = analyzeControllers();
  await writeFormattedJson(join(workspace, 'apps/api/src/openapi/response-schemas.generated.json'), analysis.schemas);
  writeFileSync(join(workspace, TYPED_CLIENT_FILE), await renderTypedClient(analysis.handlers, workspace));
  console.log('Wrote the response schemas and the typed client');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
