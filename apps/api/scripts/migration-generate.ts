/**
 * Writes a migration with the SQL that brings a freshly migrated database to the entities.
 * Usage: npm run migration:generate -- <PascalCaseName>
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

async function main(name: string | undefined): Promise<void> {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
  const pg = await startEmbeddedPostgres();
  const ds = new DataSource(dataSourceOptions(pg, 2));
  try {
    await ds.initialize();
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('No schema changes: nothing written.');
      return;
    }
    const stamp = Date.now();
    const quote = (q: string) => '`' + q.replace(/`/g, '\\`') + '`';
    const line = (q: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${quote(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
    const up = sql.upQueries.map(line).join('\n');
    const down = sql.downQueries.reverse().map(line).join('\n');
    const className = `${name}${stamp}`;
    const file = join(__dirname, '../src/database/migrations', `${stamp}-${name}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    console.log(`Wrote ${file}; add ${className} to migrations/index.ts`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await pg.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
