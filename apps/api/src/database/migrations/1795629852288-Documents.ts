import { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1795629852288 implements MigrationInterface {
  name = 'Documents1795629852288';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "commission_id" uuid NOT NULL, "group_id" uuid, "deliverable_id" uuid, "meeting_id" uuid, "created_by" uuid NOT NULL, "state" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "documents_one_owner_check" CHECK ((deliverable_id IS NULL OR group_id IS NOT NULL) AND ((group_id IS NULL) <> (meeting_id IS NULL))), CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "documents_group_idx" ON "documents"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "documents_deliverable_idx" ON "documents"  ("deliverable_id") `);
    await queryRunner.query(`CREATE INDEX "documents_meeting_idx" ON "documents"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "document_contributions" ("document_id" uuid NOT NULL, "person_id" uuid NOT NULL, "inserted_chars" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_ffed51e0e677f95f144af71a27f" PRIMARY KEY ("document_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "document_observations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "parent_id" uuid, "anchor_start" character varying(400), "anchor_end" character varying(400), "quote" text NOT NULL DEFAULT '', "body" text NOT NULL, "author_id" uuid NOT NULL, "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d439bc0540a3a15285944ffd75" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "document_observations_document_idx" ON "document_observations"  ("document_id") `);
    await queryRunner.query(`CREATE INDEX "document_observations_parent_idx" ON "document_observations"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "document_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "anchor_start" character varying(400) NOT NULL, "anchor_end" character varying(400) NOT NULL, "original" text NOT NULL, "replacement" text NOT NULL, "note" text, "author_id" uuid NOT NULL, "organization_id" uuid, "status" character varying(12) NOT NULL DEFAULT 'open', "meeting_id" uuid, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "document_proposals_status_check" CHECK (status IN ('open', 'accepted', 'rejected', 'outdated', 'in_session')), CONSTRAINT "PK_54ceb4a257b1ab121c023923a8e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "document_proposals_document_idx" ON "document_proposals"  ("document_id") `);
    await queryRunner.query(
      `CREATE TABLE "document_updates" ("id" BIGSERIAL NOT NULL, "document_id" uuid NOT NULL, "update" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08d7134ef85b0c0f087d6a23ae4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "document_updates_document_idx" ON "document_updates"  ("document_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "document_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "number" integer NOT NULL, "name" character varying(200), "kind" character varying(12) NOT NULL, "state" bytea NOT NULL, "content" jsonb NOT NULL, "text" text NOT NULL, "created_by" uuid, "published" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "document_versions_number_unique" UNIQUE ("document_id", "number"), CONSTRAINT "document_versions_kind_check" CHECK (kind IN ('named', 'auto', 'restore', 'acceptance')), CONSTRAINT "PK_baf26dab035c6d6fc433f9dc6a2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_commission_fk" FOREIGN KEY ("commission_id") REFERENCES "commissions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_group_fk" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_deliverable_fk" FOREIGN KEY ("deliverable_id") REFERENCES "deliverables"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_contributions" ADD CONSTRAINT "document_contributions_document_fk" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_contributions" ADD CONSTRAINT "document_contributions_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_observations" ADD CONSTRAINT "document_observations_document_fk" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_observations" ADD CONSTRAINT "document_observations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "document_observations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_observations" ADD CONSTRAINT "document_observations_author_fk" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_observations" ADD CONSTRAINT "document_observations_resolved_by_fk" FOREIGN KEY ("resolved_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_proposals" ADD CONSTRAINT "document_proposals_document_fk" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_proposals" ADD CONSTRAINT "document_proposals_author_fk" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_proposals" ADD CONSTRAINT "document_proposals_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_proposals" ADD CONSTRAINT "document_proposals_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_proposals" ADD CONSTRAINT "document_proposals_decided_by_fk" FOREIGN KEY ("decided_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_updates" ADD CONSTRAINT "document_updates_document_fk" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_fk" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document_versions" DROP CONSTRAINT "document_versions_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP CONSTRAINT "document_versions_document_fk"`);
    await queryRunner.query(`ALTER TABLE "document_updates" DROP CONSTRAINT "document_updates_document_fk"`);
    await queryRunner.query(`ALTER TABLE "document_proposals" DROP CONSTRAINT "document_proposals_decided_by_fk"`);
    await queryRunner.query(`ALTER TABLE "document_proposals" DROP CONSTRAINT "document_proposals_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "document_proposals" DROP CONSTRAINT "document_proposals_organization_fk"`);
    await queryRunner.query(`ALTER TABLE "document_proposals" DROP CONSTRAINT "document_proposals_author_fk"`);
    await queryRunner.query(`ALTER TABLE "document_proposals" DROP CONSTRAINT "document_proposals_document_fk"`);
    await queryRunner.query(`ALTER TABLE "document_observations" DROP CONSTRAINT "document_observations_resolved_by_fk"`);
    await queryRunner.query(`ALTER TABLE "document_observations" DROP CONSTRAINT "document_observations_author_fk"`);
    await queryRunner.query(`ALTER TABLE "document_observations" DROP CONSTRAINT "document_observations_parent_fk"`);
    await queryRunner.query(`ALTER TABLE "document_observations" DROP CONSTRAINT "document_observations_document_fk"`);
    await queryRunner.query(`ALTER TABLE "document_contributions" DROP CONSTRAINT "document_contributions_person_fk"`);
    await queryRunner.query(`ALTER TABLE "document_contributions" DROP CONSTRAINT "document_contributions_document_fk"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_deliverable_fk"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_group_fk"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_commission_fk"`);
    await queryRunner.query(`DROP TABLE "document_versions"`);
    await queryRunner.query(`DROP INDEX "public"."document_updates_document_idx"`);
    await queryRunner.query(`DROP TABLE "document_updates"`);
    await queryRunner.query(`DROP INDEX "public"."document_proposals_document_idx"`);
    await queryRunner.query(`DROP TABLE "document_proposals"`);
    await queryRunner.query(`DROP INDEX "public"."document_observations_parent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."document_observations_document_idx"`);
    await queryRunner.query(`DROP TABLE "document_observations"`);
    await queryRunner.query(`DROP TABLE "document_contributions"`);
    await queryRunner.query(`DROP INDEX "public"."documents_meeting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."documents_deliverable_idx"`);
    await queryRunner.query(`DROP INDEX "public"."documents_group_idx"`);
    await queryRunner.query(`DROP TABLE "documents"`);
  }
}
