import { MigrationInterface, QueryRunner } from 'typeorm';

/** An agreement may name the person who answers for it, who is then told (`agreement_assigned`). */
export class AgreementAssignee1797700000600 implements MigrationInterface {
  name = 'AgreementAssignee1797700000600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreements" ADD "assignee_person_id" uuid`);
    await queryRunner.query(`CREATE INDEX "agreements_assignee_idx" ON "agreements"  ("assignee_person_id") `);
    await queryRunner.query(
      `ALTER TABLE "agreements" ADD CONSTRAINT "agreements_assignee_fk" FOREIGN KEY ("assignee_person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agreements" DROP CONSTRAINT "agreements_assignee_fk"`);
    await queryRunner.query(`DROP INDEX "public"."agreements_assignee_idx"`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP COLUMN "assignee_person_id"`);
  }
}
