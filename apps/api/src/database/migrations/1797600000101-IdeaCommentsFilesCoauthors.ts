import { MigrationInterface, QueryRunner } from 'typeorm';

/** Ideas gain comments (hidden by moderation, never deleted), attached files and co-authors. */
export class IdeaCommentsFilesCoauthors1797600000101 implements MigrationInterface {
  name = 'IdeaCommentsFilesCoauthors1797600000101';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "challenge_idea_attachments" ("attachment_id" uuid NOT NULL, "idea_id" uuid NOT NULL, "added_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cbdb4225ca3a92ff7ecb2715f50" PRIMARY KEY ("attachment_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "challenge_idea_attachments_idea_idx" ON "challenge_idea_attachments"  ("idea_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_idea_coauthors" ("idea_id" uuid NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_305cd7ebe002779a8246c505667" PRIMARY KEY ("idea_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "challenge_idea_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idea_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by_id" uuid, "hidden_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "challenge_idea_comments_hidden_check" CHECK ((hidden_at IS NULL) = (hidden_by_id IS NULL) AND (hidden_at IS NULL) = (hidden_reason IS NULL)), CONSTRAINT "PK_bf5dd9b61fa08e057db75ce20e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "challenge_idea_comments_idea_idx" ON "challenge_idea_comments"  ("idea_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "challenge_idea_attachments" ADD CONSTRAINT "challenge_idea_attachments_attachment_fk" FOREIGN KEY ("attachment_id") REFERENCES "attachments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_idea_attachments" ADD CONSTRAINT "challenge_idea_attachments_idea_fk" FOREIGN KEY ("idea_id") REFERENCES "challenge_ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_idea_attachments" ADD CONSTRAINT "challenge_idea_attachments_added_by_fk" FOREIGN KEY ("added_by_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_idea_coauthors" ADD CONSTRAINT "challenge_idea_coauthors_idea_fk" FOREIGN KEY ("idea_id") REFERENCES "challenge_ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_idea_coauthors" ADD CONSTRAINT "challenge_idea_coauthors_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_idea_comments" ADD CONSTRAINT "challenge_idea_comments_idea_fk" FOREIGN KEY ("idea_id") REFERENCES "challenge_ideas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_idea_comments" ADD CONSTRAINT "challenge_idea_comments_author_fk" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenge_idea_comments" ADD CONSTRAINT "challenge_idea_comments_hidden_by_fk" FOREIGN KEY ("hidden_by_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "challenge_idea_comments"`);
    await queryRunner.query(`DROP TABLE "challenge_idea_coauthors"`);
    await queryRunner.query(`DROP TABLE "challenge_idea_attachments"`);
  }
}
