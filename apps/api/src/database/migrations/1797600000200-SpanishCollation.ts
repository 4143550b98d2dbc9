import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The es-MX collation the api orders names by (common/spanish-order.ts). ICU's, so PostgreSQL and PGlite both accept
 * it; where the server's ICU lacks the Spanish data (PGlite) it orders by the root collation.
 */
export class SpanishCollation1797600000200 implements MigrationInterface {
  name = 'SpanishCollation1797600000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE COLLATION IF NOT EXISTS "es_mx" (provider = icu, locale = 'es-MX')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP COLLATION IF EXISTS "es_mx"`);
  }
}
