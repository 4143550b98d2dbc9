import { MigrationInterface, QueryRunner } from 'typeorm';

/** The sign-up's proof of work: solutions already used (each is accepted once) and a generated signing key. */
export class SignUpProofOfWork1797600000100 implements MigrationInterface {
  name = 'SignUpProofOfWork1797600000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proof_of_work_redemptions" ("signature" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_adefb65cf8a3854b93b62104114" PRIMARY KEY ("signature"))`,
    );
    await queryRunner.query(`CREATE INDEX "proof_of_work_redemptions_expires_idx" ON "proof_of_work_redemptions"  ("expires_at") `);
    await queryRunner.query(
      `CREATE TABLE "server_secrets" ("name" character varying(60) NOT NULL, "value" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_776280895f188bb4dd7028779cd" PRIMARY KEY ("name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "server_secrets"`);
    await queryRunner.query(`DROP INDEX "public"."proof_of_work_redemptions_expires_idx"`);
    await queryRunner.query(`DROP TABLE "proof_of_work_redemptions"`);
  }
}
