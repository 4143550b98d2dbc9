import { MigrationInterface, QueryRunner } from 'typeorm';

/** The log of every act of running a challenge: members named, phases moved, ideas answered, winners decided. */
export class ChallengeModerationLog1797600000000 implements MigrationInterface {
  name = 'ChallengeModerationLog1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "challenge_moderation_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "challenge_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "action" character varying(20) NOT NULL, "detail" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "challenge_moderation_log_action_check" CHECK (action IN ('member_added', 'phase_closed', 'phase_rescheduled', 'idea_decided', 'winners_decided', 'milestone_done')), CONSTRAINT "PK_672063cf08ad074cc3bee28d529" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_moderation_log_challenge_idx" ON "challenge_moderation_log"  ("challenge_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_moderation_log" ADD CONSTRAINT "challenge_moderation_log_challenge_fk" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_moderation_log" ADD CONSTRAINT "challenge_moderation_log_actor_fk" FOREIGN KEY ("actor_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "challenge_moderation_log"`);
  }
}
