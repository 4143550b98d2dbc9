import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail of each session: one hash-chained link per command that changed its record. */
export class SessionAudit1797500000000 implements MigrationInterface {
  name = 'SessionAudit1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "session_audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "seq" integer NOT NULL, "kind" character varying(30) NOT NULL, "actor_person_id" uuid, "payload" jsonb NOT NULL, "prev_hash" character varying(64) NOT NULL, "hash" character varying(64) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7221c09e6ae7fe8fe11f39ec7f0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "session_audit_events_meeting_seq_key" ON "session_audit_events"  ("meeting_id", "seq") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."session_audit_events_meeting_seq_key"`);
    await queryRunner.query(`DROP TABLE "session_audit_events"`);
  }
}
