import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkingGroups1795619954451 implements MigrationInterface {
  name = 'WorkingGroups1795619954451';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "working_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commission_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "purpose" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "working_groups_status_check" CHECK (status IN ('active', 'archived')), CONSTRAINT "PK_95e6a3cace78635e0e7c85ddc98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "working_groups_commission_name_key" ON "working_groups"  ("commission_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "deliverables" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "kind" character varying(20) NOT NULL, "description" text, "owner_id" uuid, "contributor_ids" uuid array NOT NULL DEFAULT '{}', "attachment_ids" uuid array NOT NULL DEFAULT '{}', "due_on" date, "status" character varying(12) NOT NULL DEFAULT 'planned', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deliverables_status_check" CHECK (status IN ('planned', 'in_progress', 'in_review', 'delivered', 'cancelled')), CONSTRAINT "deliverables_kind_check" CHECK (kind IN ('report', 'toolkit', 'questionnaire', 'archive', 'repository', 'dissemination', 'bulletin', 'book', 'diagnosis', 'mapping', 'proposal', 'other')), CONSTRAINT "PK_13367f7b271fb2b95ccb18d78a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "deliverables_group_idx" ON "deliverables"  ("group_id") `);
    await queryRunner.query(
      `CREATE TABLE "deliverable_inputs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deliverable_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "author_id" uuid NOT NULL, "organization_id" uuid, "attachment_ids" uuid array NOT NULL DEFAULT '{}', "status" character varying(14) NOT NULL DEFAULT 'pending', "reason" text, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deliverable_inputs_reason_check" CHECK (status IN ('pending') OR reason IS NOT NULL), CONSTRAINT "deliverable_inputs_status_check" CHECK (status IN ('pending', 'accepted', 'needs_changes', 'declined')), CONSTRAINT "PK_2e70ae46a52800fd6966ea7d597" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "deliverable_inputs_deliverable_idx" ON "deliverable_inputs"  ("deliverable_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "deliverable_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deliverable_id" uuid NOT NULL, "from_status" character varying(12), "to_status" character varying(12) NOT NULL, "note" text, "changed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2dfba6359a56e3c7db9942cbd94" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "deliverable_status_changes_deliverable_idx" ON "deliverable_status_changes"  ("deliverable_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "group_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "actor_id" uuid, "subject" character varying(300), "detail" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c93ca2f8941964ca0e58334a27" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "group_events_group_created_idx" ON "group_events"  ("group_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "group_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(12) NOT NULL, "channel" character varying(10), "joined_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_members_channel_check" CHECK (channel IS NULL OR channel IN ('platform', 'email', 'chat', 'session')), CONSTRAINT "group_members_role_check" CHECK (role IN ('coordinator', 'member', 'partner')), CONSTRAINT "PK_86446139b2c96bfd0f3b8638852" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "group_members_person_idx" ON "group_members"  ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "group_members_group_person_key" ON "group_members"  ("group_id", "person_id") `);
    await queryRunner.query(
      `CREATE TABLE "group_partner_organizations" ("group_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1de79435e47fc867b482971bd1b" PRIMARY KEY ("group_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "group_join_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "person_id" uuid NOT NULL, "message" text, "channel" character varying(10) NOT NULL DEFAULT 'platform', "status" character varying(10) NOT NULL DEFAULT 'pending', "requested_on" date NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_join_requests_channel_check" CHECK (channel IN ('platform', 'email', 'chat', 'session')), CONSTRAINT "group_join_requests_status_check" CHECK (status IN ('pending', 'accepted', 'declined')), CONSTRAINT "PK_74ce5e0752a5ec73ed19fe2a55d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "group_join_requests_group_idx" ON "group_join_requests"  ("group_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "group_join_requests_one_pending_key" ON "group_join_requests"  ("group_id", "person_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TABLE "milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commission_id" uuid NOT NULL, "group_id" uuid, "commitment" character varying(120), "title" character varying(300) NOT NULL, "due_on" date NOT NULL, "completed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0bdbfe399c777a6a8520ff902d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "milestones_group_idx" ON "milestones"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "milestones_commission_due_idx" ON "milestones"  ("commission_id", "due_on") `);
    await queryRunner.query(
      `ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_commission_fk" FOREIGN KEY ("commission_id") REFERENCES "commissions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_group_fk" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliverables" ADD CONSTRAINT "deliverables_owner_fk" FOREIGN KEY ("owner_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliverable_inputs" ADD CONSTRAINT "deliverable_inputs_deliverable_fk" FOREIGN KEY ("deliverable_id") REFERENCES "deliverables"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliverable_inputs" ADD CONSTRAINT "deliverable_inputs_author_fk" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliverable_inputs" ADD CONSTRAINT "deliverable_inputs_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliverable_inputs" ADD CONSTRAINT "deliverable_inputs_reviewed_by_fk" FOREIGN KEY ("reviewed_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliverable_status_changes" ADD CONSTRAINT "deliverable_status_changes_deliverable_fk" FOREIGN KEY ("deliverable_id") REFERENCES "deliverables"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deliverable_status_changes" ADD CONSTRAINT "deliverable_status_changes_changed_by_fk" FOREIGN KEY ("changed_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_events" ADD CONSTRAINT "group_events_group_fk" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_events" ADD CONSTRAINT "group_events_actor_fk" FOREIGN KEY ("actor_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_fk" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_members" ADD CONSTRAINT "group_members_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_partner_organizations" ADD CONSTRAINT "group_partner_organizations_group_fk" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_partner_organizations" ADD CONSTRAINT "group_partner_organizations_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_join_requests" ADD CONSTRAINT "group_join_requests_group_fk" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_join_requests" ADD CONSTRAINT "group_join_requests_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_join_requests" ADD CONSTRAINT "group_join_requests_decided_by_fk" FOREIGN KEY ("decided_by") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "milestones_commission_fk" FOREIGN KEY ("commission_id") REFERENCES "commissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestones" ADD CONSTRAINT "milestones_group_fk" FOREIGN KEY ("group_id") REFERENCES "working_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "milestones_group_fk"`);
    await queryRunner.query(`ALTER TABLE "milestones" DROP CONSTRAINT "milestones_commission_fk"`);
    await queryRunner.query(`ALTER TABLE "group_join_requests" DROP CONSTRAINT "group_join_requests_decided_by_fk"`);
    await queryRunner.query(`ALTER TABLE "group_join_requests" DROP CONSTRAINT "group_join_requests_person_fk"`);
    await queryRunner.query(`ALTER TABLE "group_join_requests" DROP CONSTRAINT "group_join_requests_group_fk"`);
    await queryRunner.query(`ALTER TABLE "group_partner_organizations" DROP CONSTRAINT "group_partner_organizations_organization_fk"`);
    await queryRunner.query(`ALTER TABLE "group_partner_organizations" DROP CONSTRAINT "group_partner_organizations_group_fk"`);
    await queryRunner.query(`ALTER TABLE "group_members" DROP CONSTRAINT "group_members_person_fk"`);
    await queryRunner.query(`ALTER TABLE "group_members" DROP CONSTRAINT "group_members_group_fk"`);
    await queryRunner.query(`ALTER TABLE "group_events" DROP CONSTRAINT "group_events_actor_fk"`);
    await queryRunner.query(`ALTER TABLE "group_events" DROP CONSTRAINT "group_events_group_fk"`);
    await queryRunner.query(`ALTER TABLE "deliverable_status_changes" DROP CONSTRAINT "deliverable_status_changes_changed_by_fk"`);
    await queryRunner.query(`ALTER TABLE "deliverable_status_changes" DROP CONSTRAINT "deliverable_status_changes_deliverable_fk"`);
    await queryRunner.query(`ALTER TABLE "deliverable_inputs" DROP CONSTRAINT "deliverable_inputs_reviewed_by_fk"`);
    await queryRunner.query(`ALTER TABLE "deliverable_inputs" DROP CONSTRAINT "deliverable_inputs_organization_fk"`);
    await queryRunner.query(`ALTER TABLE "deliverable_inputs" DROP CONSTRAINT "deliverable_inputs_author_fk"`);
    await queryRunner.query(`ALTER TABLE "deliverable_inputs" DROP CONSTRAINT "deliverable_inputs_deliverable_fk"`);
    await queryRunner.query(`ALTER TABLE "deliverables" DROP CONSTRAINT "deliverables_owner_fk"`);
    await queryRunner.query(`ALTER TABLE "deliverables" DROP CONSTRAINT "deliverables_group_fk"`);
    await queryRunner.query(`ALTER TABLE "working_groups" DROP CONSTRAINT "working_groups_commission_fk"`);
    await queryRunner.query(`DROP INDEX "public"."milestones_commission_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."milestones_group_idx"`);
    await queryRunner.query(`DROP TABLE "milestones"`);
    await queryRunner.query(`DROP INDEX "public"."group_join_requests_one_pending_key"`);
    await queryRunner.query(`DROP INDEX "public"."group_join_requests_group_idx"`);
    await queryRunner.query(`DROP TABLE "group_join_requests"`);
    await queryRunner.query(`DROP TABLE "group_partner_organizations"`);
    await queryRunner.query(`DROP INDEX "public"."group_members_group_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."group_members_person_idx"`);
    await queryRunner.query(`DROP TABLE "group_members"`);
    await queryRunner.query(`DROP INDEX "public"."group_events_group_created_idx"`);
    await queryRunner.query(`DROP TABLE "group_events"`);
    await queryRunner.query(`DROP INDEX "public"."deliverable_status_changes_deliverable_idx"`);
    await queryRunner.query(`DROP TABLE "deliverable_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."deliverable_inputs_deliverable_idx"`);
    await queryRunner.query(`DROP TABLE "deliverable_inputs"`);
    await queryRunner.query(`DROP INDEX "public"."deliverables_group_idx"`);
    await queryRunner.query(`DROP TABLE "deliverables"`);
    await queryRunner.query(`DROP INDEX "public"."working_groups_commission_name_key"`);
    await queryRunner.query(`DROP TABLE "working_groups"`);
  }
}
