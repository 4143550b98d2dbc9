import { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1795624226994 implements MigrationInterface {
  name = 'Meetings1795624226994';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commission_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "kind" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(300), "video_url" character varying(500), "document_ids" uuid array NOT NULL DEFAULT '{}', "convened_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "current_item_id" uuid, "opening_quorum" jsonb, "minutes_markdown" text, "minutes_updated_at" TIMESTAMP WITH TIME ZONE, "minutes_approved_in_id" uuid, "version" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meetings_status_check" CHECK (status IN ('draft', 'convened', 'open', 'closed')), CONSTRAINT "meetings_kind_check" CHECK (kind IN ('ordinary', 'extraordinary', 'working')), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meetings_commission_idx" ON "meetings"  ("commission_id") `);
    await queryRunner.query(
      `CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(500) NOT NULL, "kind" character varying(20) NOT NULL, "presenter" character varying(200), "minutes_allotted" integer, "approves_minutes_of_id" uuid, "added_by_person_id" uuid, CONSTRAINT "agenda_items_kind_check" CHECK (kind IN ('procedural', 'vote', 'report', 'presentation', 'open')), CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "agenda_items_meeting_position_idx" ON "agenda_items"  ("meeting_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "attendances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "representative_person_id" uuid, "representative_name" character varying(200), "arrived_at" TIMESTAMP WITH TIME ZONE, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "attendances_representative_check" CHECK (status <> 'represented' OR representative_name IS NOT NULL), CONSTRAINT "attendances_status_check" CHECK (status IN ('present', 'represented', 'late', 'absent')), CONSTRAINT "PK_483ed97cd4cd43ab4a117516b69" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "attendances_representative_idx" ON "attendances"  ("representative_person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "attendances_meeting_person_key" ON "attendances"  ("meeting_id", "person_id") `);
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "subject" character varying(500) NOT NULL, "outcome" character varying(20) NOT NULL, "yes" integer, "no" integer, "abstain" integer, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decisions_outcome_check" CHECK (outcome IN ('unanimous', 'majority', 'rejected')), CONSTRAINT "decisions_kind_check" CHECK (kind IN ('agenda_approval', 'waive_reading', 'minutes_approval', 'other')), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "decisions_meeting_idx" ON "decisions"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "recusals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "person_id" uuid NOT NULL, "reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_662af0380160102d0a456b152ec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "recusals_meeting_idx" ON "recusals"  ("meeting_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "recusals_item_person_key" ON "recusals"  ("agenda_item_id", "person_id") `);
    await queryRunner.query(
      `CREATE TABLE "representations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "member_person_id" uuid NOT NULL, "representative_person_id" uuid, "representative_name" character varying(200) NOT NULL, "letter_attachment_id" uuid, "valid_from" TIMESTAMP WITH TIME ZONE, "valid_until" TIMESTAMP WITH TIME ZONE, "agenda_item_ids" uuid array, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "representations_window_check" CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from), CONSTRAINT "PK_9a8e4e112785fff11e9f5973ef8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "representations_representative_idx" ON "representations"  ("representative_person_id") `);
    await queryRunner.query(`CREATE INDEX "representations_meeting_member_idx" ON "representations"  ("meeting_id", "member_person_id") `);
    await queryRunner.query(
      `CREATE TABLE "speaker_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'waiting', "position" integer NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "limit_seconds" integer NOT NULL, CONSTRAINT "speaker_entries_status_check" CHECK (status IN ('waiting', 'speaking', 'done', 'withdrawn')), CONSTRAINT "PK_25dc6c59aec34db1ec367513180" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "speaker_entries_speaking_key" ON "speaker_entries"  ("meeting_id") WHERE status = 'speaking'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "speaker_entries_queued_key" ON "speaker_entries"  ("agenda_item_id", "person_id") WHERE status IN ('waiting', 'speaking')`,
    );
    await queryRunner.query(`CREATE INDEX "speaker_entries_meeting_idx" ON "speaker_entries"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(300), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notifications_person_created_idx" ON "notifications"  ("person_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_commission_fk" FOREIGN KEY ("commission_id") REFERENCES "commissions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_minutes_approved_in_fk" FOREIGN KEY ("minutes_approved_in_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_approves_minutes_of_fk" FOREIGN KEY ("approves_minutes_of_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_added_by_fk" FOREIGN KEY ("added_by_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendances" ADD CONSTRAINT "attendances_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendances" ADD CONSTRAINT "attendances_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendances" ADD CONSTRAINT "attendances_representative_fk" FOREIGN KEY ("representative_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "decisions_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "decisions_agenda_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recusals" ADD CONSTRAINT "recusals_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recusals" ADD CONSTRAINT "recusals_agenda_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recusals" ADD CONSTRAINT "recusals_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "representations" ADD CONSTRAINT "representations_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "representations" ADD CONSTRAINT "representations_member_fk" FOREIGN KEY ("member_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "representations" ADD CONSTRAINT "representations_representative_fk" FOREIGN KEY ("representative_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "representations" ADD CONSTRAINT "representations_letter_fk" FOREIGN KEY ("letter_attachment_id") REFERENCES "attachments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "speaker_entries" ADD CONSTRAINT "speaker_entries_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "speaker_entries" ADD CONSTRAINT "speaker_entries_agenda_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "speaker_entries" ADD CONSTRAINT "speaker_entries_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_person_fk"`);
    await queryRunner.query(`ALTER TABLE "speaker_entries" DROP CONSTRAINT "speaker_entries_person_fk"`);
    await queryRunner.query(`ALTER TABLE "speaker_entries" DROP CONSTRAINT "speaker_entries_agenda_item_fk"`);
    await queryRunner.query(`ALTER TABLE "speaker_entries" DROP CONSTRAINT "speaker_entries_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "representations" DROP CONSTRAINT "representations_letter_fk"`);
    await queryRunner.query(`ALTER TABLE "representations" DROP CONSTRAINT "representations_representative_fk"`);
    await queryRunner.query(`ALTER TABLE "representations" DROP CONSTRAINT "representations_member_fk"`);
    await queryRunner.query(`ALTER TABLE "representations" DROP CONSTRAINT "representations_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "recusals" DROP CONSTRAINT "recusals_person_fk"`);
    await queryRunner.query(`ALTER TABLE "recusals" DROP CONSTRAINT "recusals_agenda_item_fk"`);
    await queryRunner.query(`ALTER TABLE "recusals" DROP CONSTRAINT "recusals_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "decisions_agenda_item_fk"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "decisions_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "attendances" DROP CONSTRAINT "attendances_representative_fk"`);
    await queryRunner.query(`ALTER TABLE "attendances" DROP CONSTRAINT "attendances_person_fk"`);
    await queryRunner.query(`ALTER TABLE "attendances" DROP CONSTRAINT "attendances_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_added_by_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_approves_minutes_of_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_minutes_approved_in_fk"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_commission_fk"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_person_created_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."speaker_entries_meeting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."speaker_entries_queued_key"`);
    await queryRunner.query(`DROP INDEX "public"."speaker_entries_speaking_key"`);
    await queryRunner.query(`DROP TABLE "speaker_entries"`);
    await queryRunner.query(`DROP INDEX "public"."representations_meeting_member_idx"`);
    await queryRunner.query(`DROP INDEX "public"."representations_representative_idx"`);
    await queryRunner.query(`DROP TABLE "representations"`);
    await queryRunner.query(`DROP INDEX "public"."recusals_item_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."recusals_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "recusals"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`DROP INDEX "public"."attendances_meeting_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."attendances_representative_idx"`);
    await queryRunner.query(`DROP TABLE "attendances"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_items_meeting_position_idx"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_commission_idx"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
  }
}
