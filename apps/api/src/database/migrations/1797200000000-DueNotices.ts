import { MigrationInterface, QueryRunner } from 'typeorm';

/** The notices the daily due job has sent (one per item, kind and due day), so no run sends one twice. */
export class DueNotices1797200000000 implements MigrationInterface {
  name = 'DueNotices1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "due_notices" ("item_kind" character varying(12) NOT NULL, "item_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "due_on" date NOT NULL, "recipients" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "due_notices_item_kind_check" CHECK (item_kind IN ('deliverable', 'milestone')), CONSTRAINT "due_notices_kind_check" CHECK (kind IN ('due_soon', 'overdue')), CONSTRAINT "due_notices_pkey" PRIMARY KEY ("item_kind", "item_id", "kind", "due_on"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "due_notices"`);
  }
}
