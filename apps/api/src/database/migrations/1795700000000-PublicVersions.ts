import { MigrationInterface, QueryRunner } from 'typeorm';

/** Versiones públicas: a redacted text per document version and a redacted file per attachment. */
export class PublicVersions1795700000000 implements MigrationInterface {
  name = 'PublicVersions1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document_versions" ADD "public_text" text`);
    await queryRunner.query(`ALTER TABLE "document_versions" ADD "public_text_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "document_versions" ADD "public_text_redactions" integer`);
    await queryRunner.query(`ALTER TABLE "attachments" ADD "public_version_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "attachments_public_version_fk" FOREIGN KEY ("public_version_id") REFERENCES "attachments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "attachments_public_version_fk"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP COLUMN "public_version_id"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP COLUMN "public_text_redactions"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP COLUMN "public_text_at"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP COLUMN "public_text"`);
  }
}
