import { MigrationInterface, QueryRunner } from 'typeorm';

export class Voting1795629708865 implements MigrationInterface {
  name = 'Voting1795629708865';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "polls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "subject" character varying(500) NOT NULL, "method" character varying(20) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "rule" character varying(12) NOT NULL, "base" character varying(20) NOT NULL, "hide_results" boolean NOT NULL DEFAULT false, "allow_change" boolean NOT NULL DEFAULT false, "ask_reason" boolean NOT NULL DEFAULT false, "chair_casting_vote" boolean NOT NULL DEFAULT false, "legal_article" character varying(300), "subject_ref" character varying(200), "result" jsonb, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '0', "chain_head" character varying(64), "chain_length" integer NOT NULL DEFAULT '0', "receipt_salt" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "polls_secret_change_check" CHECK (method <> 'secret' OR NOT allow_change), CONSTRAINT "polls_base_check" CHECK (base IN ('votes_cast', 'members_present', 'all_members')), CONSTRAINT "polls_rule_check" CHECK (rule IN ('simple', 'absolute', 'two_thirds', 'unanimity')), CONSTRAINT "polls_status_check" CHECK (status IN ('draft', 'open', 'closed')), CONSTRAINT "polls_method_check" CHECK (method IN ('named', 'secret', 'show_of_hands')), CONSTRAINT "PK_b9bbb8fc7b142553c518ddffbb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "polls_meeting_idx" ON "polls"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commission_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "sequence" integer NOT NULL, "number" character varying(60) NOT NULL, "text" character varying(2000) NOT NULL, "adoption" character varying(12), "yes" integer, "no" integer, "abstain" integer, "poll_id" uuid, "decision_id" uuid, "responsible" character varying(300), "due_on" date, "status" character varying(12) NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agreements_adoption_check" CHECK (adoption IS NULL OR adoption IN ('unanimity', 'majority')), CONSTRAINT "agreements_status_check" CHECK (status IN ('pending', 'in_progress', 'attended')), CONSTRAINT "PK_01532f6c999d44c776e3d1fa4c8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "agreements_commission_idx" ON "agreements"  ("commission_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "agreements_decision_key" ON "agreements"  ("decision_id") WHERE decision_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "agreements_poll_key" ON "agreements"  ("poll_id") WHERE poll_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "agreements_number_key" ON "agreements"  ("commission_id", "number") `);
    await queryRunner.query(`CREATE INDEX "agreements_meeting_idx" ON "agreements"  ("meeting_id", "sequence") `);
    await queryRunner.query(
      `CREATE TABLE "agreement_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "author_person_id" uuid NOT NULL, "body" character varying(4000) NOT NULL, "status_from" character varying(12) NOT NULL, "status_to" character varying(12), "attachment_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b277c5273ad4a4c675806bfb383" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "agreement_notes_agreement_idx" ON "agreement_notes"  ("agreement_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "poll_options" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "label" character varying(200) NOT NULL, "meaning" character varying(10) NOT NULL, "position" integer NOT NULL, CONSTRAINT "poll_options_meaning_check" CHECK (meaning IN ('yes', 'no', 'abstain', 'choice')), CONSTRAINT "PK_f52aac4865d291e3658dedf9083" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "poll_options_poll_position_key" ON "poll_options"  ("poll_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "option_id" uuid NOT NULL, "reason" character varying(1000), "receipt_hash" character varying(64) NOT NULL, "voter_person_id" uuid, "cast_by_person_id" uuid, CONSTRAINT "PK_1c29cf82a8045f839f8639634e9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ballots_receipt_key" ON "ballots"  ("receipt_hash") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ballots_poll_voter_key" ON "ballots"  ("poll_id", "voter_person_id") WHERE voter_person_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ballots_poll_idx" ON "ballots"  ("poll_id") `);
    await queryRunner.query(
      `CREATE TABLE "poll_audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "seq" integer NOT NULL, "kind" character varying(30) NOT NULL, "payload" jsonb NOT NULL, "prev_hash" character varying(64) NOT NULL, "hash" character varying(64) NOT NULL, CONSTRAINT "PK_98a21e7ef04adebcb925b702bc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "poll_audit_events_poll_seq_key" ON "poll_audit_events"  ("poll_id", "seq") `);
    await queryRunner.query(
      `CREATE TABLE "voting_right_uses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "member_person_id" uuid NOT NULL, "cast_by_person_id" uuid NOT NULL, "idempotency_hash" character varying(64) NOT NULL, CONSTRAINT "PK_4632b3e7d513eaf422799e9ce5f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "voting_right_uses_poll_member_key" ON "voting_right_uses"  ("poll_id", "member_person_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "polls" ADD CONSTRAINT "polls_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "polls" ADD CONSTRAINT "polls_agenda_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreements" ADD CONSTRAINT "agreements_commission_fk" FOREIGN KEY ("commission_id") REFERENCES "commissions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreements" ADD CONSTRAINT "agreements_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreements" ADD CONSTRAINT "agreements_poll_fk" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreements" ADD CONSTRAINT "agreements_decision_fk" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_notes" ADD CONSTRAINT "agreement_notes_agreement_fk" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_notes" ADD CONSTRAINT "agreement_notes_author_fk" FOREIGN KEY ("author_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_options" ADD CONSTRAINT "poll_options_poll_fk" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "ballots_poll_fk" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "ballots_option_fk" FOREIGN KEY ("option_id") REFERENCES "poll_options"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "ballots_voter_fk" FOREIGN KEY ("voter_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "ballots_cast_by_fk" FOREIGN KEY ("cast_by_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_audit_events" ADD CONSTRAINT "poll_audit_events_poll_fk" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "voting_right_uses" ADD CONSTRAINT "voting_right_uses_poll_fk" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "voting_right_uses" ADD CONSTRAINT "voting_right_uses_member_fk" FOREIGN KEY ("member_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "voting_right_uses" ADD CONSTRAINT "voting_right_uses_cast_by_fk" FOREIGN KEY ("cast_by_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Hand-written: a secret poll never becomes named, and a secret poll's ballot never names a person.
    await queryRunner.query(`CREATE FUNCTION polls_secret_stays_secret() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.method = 'secret' AND NEW.method <> 'secret' THEN
          RAISE EXCEPTION 'a secret poll cannot become named' USING ERRCODE = 'check_violation', CONSTRAINT = 'polls_secret_stays_secret';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER polls_secret_stays_secret BEFORE UPDATE OF method ON "polls" FOR EACH ROW EXECUTE FUNCTION polls_secret_stays_secret()`,
    );
    await queryRunner.query(`CREATE FUNCTION ballots_secret_unlinked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.voter_person_id IS NOT NULL OR NEW.cast_by_person_id IS NOT NULL)
          AND EXISTS (SELECT 1 FROM polls p WHERE p.id = NEW.poll_id AND p.method = 'secret') THEN
          RAISE EXCEPTION 'a secret ballot names nobody' USING ERRCODE = 'check_violation', CONSTRAINT = 'ballots_secret_unlinked';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER ballots_secret_unlinked BEFORE INSERT OR UPDATE ON "ballots" FOR EACH ROW EXECUTE FUNCTION ballots_secret_unlinked()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER ballots_secret_unlinked ON "ballots"`);
    await queryRunner.query(`DROP FUNCTION ballots_secret_unlinked()`);
    await queryRunner.query(`DROP TRIGGER polls_secret_stays_secret ON "polls"`);
    await queryRunner.query(`DROP FUNCTION polls_secret_stays_secret()`);
    await queryRunner.query(`ALTER TABLE "voting_right_uses" DROP CONSTRAINT "voting_right_uses_cast_by_fk"`);
    await queryRunner.query(`ALTER TABLE "voting_right_uses" DROP CONSTRAINT "voting_right_uses_member_fk"`);
    await queryRunner.query(`ALTER TABLE "voting_right_uses" DROP CONSTRAINT "voting_right_uses_poll_fk"`);
    await queryRunner.query(`ALTER TABLE "poll_audit_events" DROP CONSTRAINT "poll_audit_events_poll_fk"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "ballots_cast_by_fk"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "ballots_voter_fk"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "ballots_option_fk"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP CONSTRAINT "ballots_poll_fk"`);
    await queryRunner.query(`ALTER TABLE "poll_options" DROP CONSTRAINT "poll_options_poll_fk"`);
    await queryRunner.query(`ALTER TABLE "agreement_notes" DROP CONSTRAINT "agreement_notes_author_fk"`);
    await queryRunner.query(`ALTER TABLE "agreement_notes" DROP CONSTRAINT "agreement_notes_agreement_fk"`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP CONSTRAINT "agreements_decision_fk"`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP CONSTRAINT "agreements_poll_fk"`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP CONSTRAINT "agreements_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "agreements" DROP CONSTRAINT "agreements_commission_fk"`);
    await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "polls_agenda_item_fk"`);
    await queryRunner.query(`ALTER TABLE "polls" DROP CONSTRAINT "polls_meeting_fk"`);
    await queryRunner.query(`DROP INDEX "public"."voting_right_uses_poll_member_key"`);
    await queryRunner.query(`DROP TABLE "voting_right_uses"`);
    await queryRunner.query(`DROP INDEX "public"."poll_audit_events_poll_seq_key"`);
    await queryRunner.query(`DROP TABLE "poll_audit_events"`);
    await queryRunner.query(`DROP INDEX "public"."ballots_poll_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ballots_poll_voter_key"`);
    await queryRunner.query(`DROP INDEX "public"."ballots_receipt_key"`);
    await queryRunner.query(`DROP TABLE "ballots"`);
    await queryRunner.query(`DROP INDEX "public"."poll_options_poll_position_key"`);
    await queryRunner.query(`DROP TABLE "poll_options"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_notes_agreement_idx"`);
    await queryRunner.query(`DROP TABLE "agreement_notes"`);
    await queryRunner.query(`DROP INDEX "public"."agreements_meeting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agreements_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."agreements_poll_key"`);
    await queryRunner.query(`DROP INDEX "public"."agreements_decision_key"`);
    await queryRunner.query(`DROP INDEX "public"."agreements_commission_idx"`);
    await queryRunner.query(`DROP TABLE "agreements"`);
    await queryRunner.query(`DROP INDEX "public"."polls_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "polls"`);
  }
}
