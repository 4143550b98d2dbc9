import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The secretary's tools: a cancelled call (status, when, why), the members' self check-in flag, letters withdrawn or
 * corrected on the record (never deleted), and guests on the speakers' list (a name and organization, no account).
 */
export class SecretaryTools1796300000000 implements MigrationInterface {
  name = 'SecretaryTools1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_status_check" CHECK (status IN ('draft', 'convened', 'open', 'closed', 'cancelled'))`,
    );
    await queryRunner.query(`ALTER TABLE "meetings" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "cancellation_reason" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "self_check_in_open" boolean NOT NULL DEFAULT false`);

    await queryRunner.query(`ALTER TABLE "representations" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "representations" ADD "withdrawal_reason" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "representations" ADD "withdrawn_by_person_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "representations" ADD CONSTRAINT "representations_withdrawn_by_fk" FOREIGN KEY ("withdrawn_by_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "representations" ADD "corrections" jsonb NOT NULL DEFAULT '[]'`);

    await queryRunner.query(`ALTER TABLE "speaker_entries" ALTER COLUMN "person_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "speaker_entries" ADD "guest_name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "speaker_entries" ADD "guest_organization" character varying(200)`);
    await queryRunner.query(
      `ALTER TABLE "speaker_entries" ADD CONSTRAINT "speaker_entries_who_check" CHECK (person_id IS NOT NULL OR guest_name IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "speaker_entries" DROP CONSTRAINT "speaker_entries_who_check"`);
    await queryRunner.query(`DELETE FROM "speaker_entries" WHERE "person_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "speaker_entries" DROP COLUMN "guest_organization"`);
    await queryRunner.query(`ALTER TABLE "speaker_entries" DROP COLUMN "guest_name"`);
    await queryRunner.query(`ALTER TABLE "speaker_entries" ALTER COLUMN "person_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "representations" DROP COLUMN "corrections"`);
    await queryRunner.query(`ALTER TABLE "representations" DROP CONSTRAINT "representations_withdrawn_by_fk"`);
    await queryRunner.query(`ALTER TABLE "representations" DROP COLUMN "withdrawn_by_person_id"`);
    await queryRunner.query(`ALTER TABLE "representations" DROP COLUMN "withdrawal_reason"`);
    await queryRunner.query(`ALTER TABLE "representations" DROP COLUMN "withdrawn_at"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "self_check_in_open"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "cancellation_reason"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "cancelled_at"`);
    await queryRunner.query(`UPDATE "meetings" SET "status" = 'closed' WHERE "status" = 'cancelled'`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_status_check" CHECK (status IN ('draft', 'convened', 'open', 'closed'))`,
    );
  }
}
