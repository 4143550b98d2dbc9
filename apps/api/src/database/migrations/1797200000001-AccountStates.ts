import { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's account can be disabled and a person deactivated; either stops them signing in. Nobody is either yet. */
export class AccountStates1797200000001 implements MigrationInterface {
  name = 'AccountStates1797200000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" ADD "account_disabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "people" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "account_disabled_at"`);
  }
}
