import { MigrationInterface, QueryRunner } from 'typeorm';

/** A deliverable's progress as set by the coordination (0–100); null lets its status measure it. */
export class DeliverableProgress1796900000000 implements MigrationInterface {
  name = 'DeliverableProgress1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deliverables" ADD "progress_percent" smallint`);
    await queryRunner.query(
      `ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_progress_percent_check" CHECK (progress_percent BETWEEN 0 AND 100)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deliverables" DROP CONSTRAINT "deliverables_progress_percent_check"`);
    await queryRunner.query(`ALTER TABLE "deliverables" DROP COLUMN "progress_percent"`);
  }
}
