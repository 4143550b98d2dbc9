import { MigrationInterface, QueryRunner } from 'typeorm';

/** The commission's audit trail: one hash-chained link per change to people, organizations, membership, accounts, agreements and groups. */
export class CommissionAudit1797600000300 implements MigrationInterface {
  name = 'CommissionAudit1797600000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "commission_audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" integer NOT NULL, "kind" character varying(40) NOT NULL, "actor_person_id" uuid, "subject_type" character varying(20) NOT NULL, "subject_id" uuid NOT NULL, "payload" jsonb NOT NULL, "prev_hash" character varying(64) NOT NULL, "hash" character varying(64) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_commission_audit_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "commission_audit_events_seq_key" ON "commission_audit_events" ("seq")`);
    await queryRunner.query(`CREATE INDEX "commission_audit_events_actor_idx" ON "commission_audit_events" ("actor_person_id", "seq")`);
    await queryRunner.query(`CREATE INDEX "commission_audit_events_subject_idx" ON "commission_audit_events" ("subject_id", "seq")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "commission_audit_events"`);
  }
}
