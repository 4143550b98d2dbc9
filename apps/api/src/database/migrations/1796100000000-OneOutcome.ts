import { MigrationInterface, QueryRunner } from 'typeorm';

interface ClosedPoll {
  id: string;
  meeting_id: string;
  agenda_item_id: string;
  subject: string;
  method: string;
  subject_ref: string | null;
  legal_basis: string | null;
  passed: boolean | null;
  unanimous: boolean | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  closed_at: Date;
  approves_minutes: boolean;
}

/**
 * One outcome per decision. The decisions table becomes every agenda item's outcome (method, poll, question, legal
 * basis, the minutes it approved); each closed poll gets its outcome, or takes over the decision the secretary
 * recorded a second time for the same vote; agreements hang from outcomes only, and where one vote made two
 * agreements they are merged into the first number with a revision saying so (notes move, nothing is lost).
 * Also: the history of agreement texts, approved minutes frozen with their hash, and invited participants.
 */
export class OneOutcome1796100000000 implements MigrationInterface {
  name = 'OneOutcome1796100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decisions" ADD "method" character varying(20) NOT NULL DEFAULT 'without_count'`);
    await q.query(`ALTER TABLE "decisions" ADD "question" character varying(520)`);
    await q.query(`ALTER TABLE "decisions" ADD "poll_id" uuid`);
    await q.query(`ALTER TABLE "decisions" ADD "legal_basis" character varying(500)`);
    await q.query(`ALTER TABLE "decisions" ADD "approved_minutes_of_id" uuid`);
    await q.query(`UPDATE "decisions" SET "method" = 'show_of_hands' WHERE "yes" IS NOT NULL`);
    await q.query(`UPDATE "decisions" SET "question" = CASE WHEN "kind" <> 'other' THEN "kind" ELSE 'asunto:' || btrim("subject") END`);
    await q.query(`ALTER TABLE "polls" ADD "decision_kind" character varying(30) NOT NULL DEFAULT 'other'`);
    await this.outcomesOfClosedPolls(q);
    // Items that hold more than one outcome from before this rule keep them all, each under its own question.
    await q.query(
      `UPDATE "decisions" d SET "question" = 'decision:' || d.id
         FROM (SELECT id, row_number() OVER (PARTITION BY agenda_item_id, question ORDER BY recorded_at, id) AS rn FROM "decisions") x
        WHERE x.id = d.id AND x.rn > 1`,
    );
    await q.query(
      `UPDATE "decisions" d SET "approved_minutes_of_id" = m.id FROM "meetings" m
        WHERE m.minutes_approved_in_id = d.meeting_id AND d.kind = 'minutes_approval' AND d.outcome <> 'rejected'`,
    );
    await q.query(`ALTER TABLE "decisions" ALTER COLUMN "question" SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "decisions_item_question_key" ON "decisions" ("agenda_item_id", "question") `);
    await q.query(`CREATE UNIQUE INDEX "decisions_poll_key" ON "decisions" ("poll_id") WHERE poll_id IS NOT NULL`);
    await q.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "decisions_method_check" CHECK (method IN ('named', 'secret', 'show_of_hands', 'without_count'))`,
    );
    await q.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "decisions_poll_fk" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "decisions_approved_minutes_of_fk" FOREIGN KEY ("approved_minutes_of_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await q.query(
      `CREATE TABLE "agreement_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "text_before" character varying(2000) NOT NULL, "text_after" character varying(2000) NOT NULL, "reason" character varying(1000) NOT NULL, "by_person_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agreement_revisions_kind_check" CHECK (kind IN ('correction', 'merge')), CONSTRAINT "PK_agreement_revisions" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "agreement_revisions_agreement_idx" ON "agreement_revisions" ("agreement_id", "created_at") `);
    await q.query(
      `ALTER TABLE "agreement_revisions" ADD CONSTRAINT "agreement_revisions_agreement_fk" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agreement_revisions" ADD CONSTRAINT "agreement_revisions_by_fk" FOREIGN KEY ("by_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await this.agreementsFromOutcomes(q);

    await q.query(
      `CREATE TABLE "minutes_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "markdown" text NOT NULL, "sha256" character varying(64) NOT NULL, "approved_in_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_minutes_versions" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "minutes_versions_meeting_idx" ON "minutes_versions" ("meeting_id", "created_at") `);
    await q.query(
      `ALTER TABLE "minutes_versions" ADD CONSTRAINT "minutes_versions_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "minutes_versions" ADD CONSTRAINT "minutes_versions_approved_in_fk" FOREIGN KEY ("approved_in_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await q.query(
      `CREATE TABLE "invited_participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "organization" character varying(300) NOT NULL, "role" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_invited_participants" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "invited_participants_meeting_idx" ON "invited_participants" ("meeting_id", "created_at") `);
    await q.query(
      `ALTER TABLE "invited_participants" ADD CONSTRAINT "invited_participants_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  /** Each closed poll's outcome: the secretary's decision on the same item and question when there is one, else a new row. */
  private async outcomesOfClosedPolls(q: QueryRunner): Promise<void> {
    const polls: ClosedPoll[] = await q.query(
      `SELECT p.id, p.meeting_id, p.agenda_item_id, p.subject, p.method, p.subject_ref, p.closed_at, p.result->>'legalBasis' AS legal_basis,
              i.approves_minutes_of_id IS NOT NULL AS approves_minutes,
              (p.result->>'passed')::boolean AS passed, (p.result->>'unanimous')::boolean AS unanimous,
              (p.result->>'yes')::int AS yes, (p.result->>'no')::int AS no, (p.result->>'abstain')::int AS abstain
         FROM "polls" p JOIN "agenda_items" i ON i.id = p.agenda_item_id WHERE p.status = 'closed' ORDER BY p.closed_at, p.created_at`,
    );
    for (const poll of polls) {
      const question = poll.subject_ref ?? (poll.approves_minutes ? 'minutes_approval' : `asunto:${poll.subject.trim()}`);
      const outcome = poll.passed ? (poll.unanimous ? 'unanimous' : 'majority') : 'rejected';
      const counts = [poll.method, poll.yes, poll.no, poll.abstain, poll.legal_basis, outcome];
      // The secretary's second recording of this vote: same item and question (the same subject), no poll yet.
      const [recordedAgain] = await q.query(
        `SELECT id FROM "decisions" WHERE agenda_item_id = $1 AND poll_id IS NULL AND (question = $2 OR btrim(subject) = $3)
          ORDER BY (question = $2) DESC, recorded_at LIMIT 1`,
        [poll.agenda_item_id, question, poll.subject.trim()],
      );
      if (recordedAgain) {
        await q.query(
          `UPDATE "decisions" SET poll_id = $1, method = $2, yes = $3, no = $4, abstain = $5, legal_basis = $6, outcome = $7 WHERE id = $8`,
          [poll.id, ...counts, recordedAgain.id],
        );
        continue;
      }
      const [taken] = await q.query(`SELECT 1 FROM "decisions" WHERE agenda_item_id = $1 AND question = $2`, [
        poll.agenda_item_id,
        question,
      ]);
      await q.query(
        `INSERT INTO "decisions" (meeting_id, agenda_item_id, kind, subject, poll_id, method, yes, no, abstain, legal_basis, outcome, question, recorded_at)
         VALUES ($1, $2, $13, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          poll.meeting_id,
          poll.agenda_item_id,
          poll.subject,
          poll.id,
          ...counts,
          taken ? `poll:${poll.id}` : question,
          poll.closed_at,
          question === 'minutes_approval' ? 'minutes_approval' : 'other',
        ],
      );
    }
  }

  /** Every agreement of a vote hangs from its outcome; a vote's second agreement merges into its first. */
  private async agreementsFromOutcomes(q: QueryRunner): Promise<void> {
    const outcomes: { id: string; poll_id: string }[] = await q.query(`SELECT id, poll_id FROM "decisions" WHERE poll_id IS NOT NULL`);
    for (const outcome of outcomes) {
      const agreements: { id: string; number: string; text: string }[] = await q.query(
        `SELECT id, number, text FROM "agreements" WHERE poll_id = $1 OR decision_id = $2 ORDER BY sequence, created_at`,
        [outcome.poll_id, outcome.id],
      );
      const [kept, ...duplicates] = agreements;
      if (!kept) continue;
      for (const duplicate of duplicates) {
        await q.query(`UPDATE "agreement_notes" SET agreement_id = $1 WHERE agreement_id = $2`, [kept.id, duplicate.id]);
        await q.query(
          `INSERT INTO "agreement_revisions" (agreement_id, kind, text_before, text_after, reason) VALUES ($1, 'merge', $2, $3, $4)`,
          [
            kept.id,
            duplicate.text,
            kept.text,
            `El acuerdo ${duplicate.number} registraba por segunda vez la misma votación; se fusionó en ${kept.number}.`,
          ],
        );
        await q.query(`DELETE FROM "agreements" WHERE id = $1`, [duplicate.id]);
      }
      await q.query(`UPDATE "agreements" SET decision_id = $1 WHERE id = $2`, [outcome.id, kept.id]);
    }
    await q.query(`DROP INDEX "public"."agreements_poll_key"`);
    await q.query(`ALTER TABLE "agreements" DROP CONSTRAINT "agreements_poll_fk"`);
    await q.query(`ALTER TABLE "agreements" DROP COLUMN "poll_id"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "invited_participants"`);
    await q.query(`DROP TABLE "minutes_versions"`);
    await q.query(`DROP TABLE "agreement_revisions"`);
    await q.query(`ALTER TABLE "agreements" ADD "poll_id" uuid`);
    await q.query(`UPDATE "agreements" a SET poll_id = d.poll_id FROM "decisions" d WHERE d.id = a.decision_id`);
    await q.query(`CREATE UNIQUE INDEX "agreements_poll_key" ON "agreements" ("poll_id") WHERE poll_id IS NOT NULL`);
    await q.query(
      `ALTER TABLE "agreements" ADD CONSTRAINT "agreements_poll_fk" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "decisions" DROP CONSTRAINT "decisions_approved_minutes_of_fk"`);
    await q.query(`ALTER TABLE "decisions" DROP CONSTRAINT "decisions_poll_fk"`);
    await q.query(`ALTER TABLE "decisions" DROP CONSTRAINT "decisions_method_check"`);
    await q.query(`DROP INDEX "public"."decisions_poll_key"`);
    await q.query(`DROP INDEX "public"."decisions_item_question_key"`);
    // Outcomes written for polls go with the columns: the polls still hold their results.
    await q.query(
      `DELETE FROM "decisions" WHERE poll_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "agreements" a WHERE a.decision_id = decisions.id)`,
    );
    for (const column of ['approved_minutes_of_id', 'legal_basis', 'poll_id', 'question', 'method'])
      await q.query(`ALTER TABLE "decisions" DROP COLUMN "${column}"`);
    await q.query(`ALTER TABLE "polls" DROP COLUMN "decision_kind"`);
  }
}
