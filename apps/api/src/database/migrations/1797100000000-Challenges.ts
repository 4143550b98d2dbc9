import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open challenges (retos abiertos): challenges with dated phases and weights, problems per institution, ideas with
 * filtering's reasoned answer, supports (one per person per idea), feasibility and jury scores with justifications,
 * jurors' declared conflicts, the winners decision per problem, and pilots with milestones. New tables only.
 */
export class Challenges1797100000000 implements MigrationInterface {
  name = 'Challenges1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "summary" text NOT NULL DEFAULT '', "support_limit" smallint NOT NULL, "winners_per_problem" smallint NOT NULL, "weight_support" smallint NOT NULL, "weight_feasibility" smallint NOT NULL, "weight_jury" smallint NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "challenges_winners_check" CHECK (winners_per_problem >= 1), CONSTRAINT "challenges_support_limit_check" CHECK (support_limit >= 1), CONSTRAINT "challenges_weights_check" CHECK (weight_support + weight_feasibility + weight_jury = 100), CONSTRAINT "PK_1e664e93171e20fe4d6125466af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_problems" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "institution" character varying(200) NOT NULL, "title" character varying(200) NOT NULL, "context" text NOT NULL DEFAULT '', "position" smallint NOT NULL, CONSTRAINT "PK_7cc893b18bc565cb4e7c167aebd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "challenge_problems_challenge_idx" ON "challenge_problems"  ("challenge_id", "position")`);
    await queryRunner.query(
      `CREATE TABLE "challenge_ideas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "problem_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "beneficiaries" text NOT NULL DEFAULT '', "team" text NOT NULL DEFAULT '', "status" character varying(10) NOT NULL DEFAULT 'submitted', "decline_reason" character varying(14), "duplicate_of_id" uuid, "decision_note" text NOT NULL DEFAULT '', "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "challenge_ideas_duplicate_check" CHECK ((decline_reason = 'duplicate') = (duplicate_of_id IS NOT NULL)), CONSTRAINT "challenge_ideas_decline_reason_check" CHECK (decline_reason IN ('incomplete', 'out_of_scope', 'duplicate')), CONSTRAINT "challenge_ideas_reason_check" CHECK ((status = 'declined') = (decline_reason IS NOT NULL)), CONSTRAINT "challenge_ideas_status_check" CHECK (status IN ('submitted', 'admitted', 'declined')), CONSTRAINT "PK_97dac75b3d056fc05dbeed2893e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "challenge_ideas_problem_idx" ON "challenge_ideas"  ("problem_id", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "challenge_conflicts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "juror_id" uuid NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dba942da3be9afbc454c564b07a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "challenge_conflicts_key" ON "challenge_conflicts"  ("idea_id", "juror_id")`);
    await queryRunner.query(
      `CREATE TABLE "challenge_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(8) NOT NULL, CONSTRAINT "challenge_members_role_check" CHECK (role IN ('manager', 'juror')), CONSTRAINT "PK_e83169a01deb648497f9ad1e4f7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "challenge_members_key" ON "challenge_members"  ("challenge_id", "person_id", "role")`);
    await queryRunner.query(
      `CREATE TABLE "challenge_phases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "phase" character varying(12) NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rules" text NOT NULL DEFAULT '', CONSTRAINT "challenge_phases_window_check" CHECK (opens_at < closes_at), CONSTRAINT "challenge_phases_phase_check" CHECK (phase IN ('ideas', 'filtering', 'vote', 'feasibility', 'jury', 'winners', 'pilots')), CONSTRAINT "PK_8648f4a01853b02adb32bc069e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "challenge_phases_challenge_phase_key" ON "challenge_phases"  ("challenge_id", "phase")`);
    await queryRunner.query(
      `CREATE TABLE "challenge_pilots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'planned', "summary" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "challenge_pilots_status_check" CHECK (status IN ('planned', 'running', 'done', 'stopped')), CONSTRAINT "PK_d0deabba467af6bbe1ee13df5c2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "challenge_pilots_idea_key" ON "challenge_pilots"  ("idea_id")`);
    await queryRunner.query(
      `CREATE TABLE "challenge_pilot_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pilot_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "due_on" date NOT NULL, "done_on" date, "evidence" text NOT NULL DEFAULT '', CONSTRAINT "challenge_pilot_milestones_evidence_check" CHECK (done_on IS NULL OR evidence <> ''), CONSTRAINT "PK_f00b41b6bed5b90e10a96c70cf1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "challenge_pilot_milestones_pilot_idx" ON "challenge_pilot_milestones"  ("pilot_id", "due_on")`);
    await queryRunner.query(
      `CREATE TABLE "challenge_scores" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "scorer_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "score" smallint NOT NULL, "justification" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "challenge_scores_score_check" CHECK (score BETWEEN 0 AND 10), CONSTRAINT "challenge_scores_kind_check" CHECK (kind IN ('feasibility', 'jury')), CONSTRAINT "PK_ca9e60c502abf0110abd7205a5f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "challenge_scores_key" ON "challenge_scores"  ("idea_id", "scorer_id", "kind")`);
    await queryRunner.query(
      `CREATE TABLE "challenge_supports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "problem_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54e5cf5fddf8926e48a35b422c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "challenge_supports_problem_person_idx" ON "challenge_supports"  ("problem_id", "person_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "challenge_supports_idea_person_key" ON "challenge_supports"  ("idea_id", "person_id")`);
    await queryRunner.query(
      `CREATE TABLE "challenge_winners_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "problem_id" uuid NOT NULL, "idea_ids" uuid array NOT NULL, "reason" text NOT NULL DEFAULT '', "decided_by_id" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7df4c6b4a4f466e54ac5f20013d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "challenge_winners_decisions_problem_key" ON "challenge_winners_decisions"  ("problem_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "challenges_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_problems" ADD CONSTRAINT "challenge_problems_challenge_fk" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_ideas" ADD CONSTRAINT "challenge_ideas_problem_fk" FOREIGN KEY ("problem_id") REFERENCES "challenge_problems"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_ideas" ADD CONSTRAINT "challenge_ideas_author_fk" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_ideas" ADD CONSTRAINT "challenge_ideas_duplicate_of_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "challenge_ideas"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_ideas" ADD CONSTRAINT "challenge_ideas_decided_by_fk" FOREIGN KEY ("decided_by_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_conflicts" ADD CONSTRAINT "challenge_conflicts_idea_fk" FOREIGN KEY ("idea_id") REFERENCES "challenge_ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_conflicts" ADD CONSTRAINT "challenge_conflicts_juror_fk" FOREIGN KEY ("juror_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_members" ADD CONSTRAINT "challenge_members_challenge_fk" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_members" ADD CONSTRAINT "challenge_members_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_phases" ADD CONSTRAINT "challenge_phases_challenge_fk" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_pilots" ADD CONSTRAINT "challenge_pilots_idea_fk" FOREIGN KEY ("idea_id") REFERENCES "challenge_ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_pilot_milestones" ADD CONSTRAINT "challenge_pilot_milestones_pilot_fk" FOREIGN KEY ("pilot_id") REFERENCES "challenge_pilots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_scores" ADD CONSTRAINT "challenge_scores_idea_fk" FOREIGN KEY ("idea_id") REFERENCES "challenge_ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_scores" ADD CONSTRAINT "challenge_scores_scorer_fk" FOREIGN KEY ("scorer_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_supports" ADD CONSTRAINT "challenge_supports_idea_fk" FOREIGN KEY ("idea_id") REFERENCES "challenge_ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_supports" ADD CONSTRAINT "challenge_supports_problem_fk" FOREIGN KEY ("problem_id") REFERENCES "challenge_problems"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_supports" ADD CONSTRAINT "challenge_supports_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_winners_decisions" ADD CONSTRAINT "challenge_winners_decisions_problem_fk" FOREIGN KEY ("problem_id") REFERENCES "challenge_problems"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_winners_decisions" ADD CONSTRAINT "challenge_winners_decisions_decided_by_fk" FOREIGN KEY ("decided_by_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "challenges"`);
    await queryRunner.query(`DROP TABLE "challenge_problems"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_problems_challenge_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_ideas"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_ideas_problem_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_conflicts"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_conflicts_key"`);
    await queryRunner.query(`DROP TABLE "challenge_members"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_members_key"`);
    await queryRunner.query(`DROP TABLE "challenge_phases"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_phases_challenge_phase_key"`);
    await queryRunner.query(`DROP TABLE "challenge_pilots"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_pilots_idea_key"`);
    await queryRunner.query(`DROP TABLE "challenge_pilot_milestones"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_pilot_milestones_pilot_idx"`);
    await queryRunner.query(`DROP TABLE "challenge_scores"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_scores_key"`);
    await queryRunner.query(`DROP TABLE "challenge_supports"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_supports_problem_person_idx"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_supports_idea_person_key"`);
    await queryRunner.query(`DROP TABLE "challenge_winners_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."challenge_winners_decisions_problem_key"`);
    await queryRunner.query(`ALTER TABLE "challenges" DROP CONSTRAINT "challenges_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_problems" DROP CONSTRAINT "challenge_problems_challenge_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_ideas" DROP CONSTRAINT "challenge_ideas_problem_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_ideas" DROP CONSTRAINT "challenge_ideas_author_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_ideas" DROP CONSTRAINT "challenge_ideas_duplicate_of_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_ideas" DROP CONSTRAINT "challenge_ideas_decided_by_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_conflicts" DROP CONSTRAINT "challenge_conflicts_idea_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_conflicts" DROP CONSTRAINT "challenge_conflicts_juror_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_members" DROP CONSTRAINT "challenge_members_challenge_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_members" DROP CONSTRAINT "challenge_members_person_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_phases" DROP CONSTRAINT "challenge_phases_challenge_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_pilots" DROP CONSTRAINT "challenge_pilots_idea_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_pilot_milestones" DROP CONSTRAINT "challenge_pilot_milestones_pilot_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_scores" DROP CONSTRAINT "challenge_scores_idea_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_scores" DROP CONSTRAINT "challenge_scores_scorer_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_supports" DROP CONSTRAINT "challenge_supports_idea_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_supports" DROP CONSTRAINT "challenge_supports_problem_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_supports" DROP CONSTRAINT "challenge_supports_person_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_winners_decisions" DROP CONSTRAINT "challenge_winners_decisions_problem_fk"`);
    await queryRunner.query(`ALTER TABLE "challenge_winners_decisions" DROP CONSTRAINT "challenge_winners_decisions_decided_by_fk"`);
  }
}
