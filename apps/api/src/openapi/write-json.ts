/** Writes a generated JSON file as Prettier formats it, so `npm run format:check` accepts it as committed. */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

export async function writeFormattedJson(path: string, value: unknown): Promise<void> {
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(value), { ...options, parser: 'json' }));
}
