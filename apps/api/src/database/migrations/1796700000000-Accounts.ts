import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts and mail that arrives: single-use reset and invitation tokens (hashed), the durable mail outbox
 * the worker sends from, and each person's delivery choice per notification kind.
 */
export class Accounts1796700000000 implements MigrationInterface {
  name = 'Accounts1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "purpose" character varying(12) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_tokens_purpose_check" CHECK (purpose IN ('reset', 'invitation')), CONSTRAINT "account_tokens_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "account_tokens_token_hash_key" ON "account_tokens" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "account_tokens_person_idx" ON "account_tokens" ("person_id") `);
    await queryRunner.query(
      `ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid, "kind" character varying(40) NOT NULL, "to_address" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text, "html" text, "attachments" jsonb NOT NULL DEFAULT '[]', "sensitive" boolean NOT NULL DEFAULT false, "state" character varying(10) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT 0, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" character varying(500), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mail_outbox_state_check" CHECK (state IN ('pending', 'sending', 'sent', 'failed')), CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" ("state", "next_attempt_at") `);
    await queryRunner.query(`CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" ("created_at") `);
    await queryRunner.query(
      `ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("person_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "delivery" character varying(10) NOT NULL, CONSTRAINT "notification_preferences_delivery_check" CHECK (delivery IN ('app', 'email', 'digest')), CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("person_id", "kind"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ADD "digested_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "digested_at"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "notification_preferences_person_fk"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP CONSTRAINT "mail_outbox_person_fk"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_due_idx"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`ALTER TABLE "account_tokens" DROP CONSTRAINT "account_tokens_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "account_tokens" DROP CONSTRAINT "account_tokens_person_fk"`);
    await queryRunner.query(`DROP INDEX "public"."account_tokens_person_idx"`);
    await queryRunner.query(`DROP INDEX "public"."account_tokens_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
  }
}
