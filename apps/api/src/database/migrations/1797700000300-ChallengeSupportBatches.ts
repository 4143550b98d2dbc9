import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Many citizens' supports in one statement, one transaction and one commit: `challenge_supports_add(ideas, people,
 * limits)` applies `challenge_support_add` (migration 1797600000400, where the limit is enforced) to each element and
 * returns each outcome with the element's position (1-based). The elements are taken in the order of their
 * per-(problem, person) advisory lock keys, so two batches (of this api instance or another) that share keys take
 * them in the same order and never deadlock; each lock is held until the batch commits, and each count, being a
 * statement of a volatile function, sees every support committed before its lock was granted and every earlier
 * element of its own batch: the limit holds exactly as it does one support at a time.
 */
export class ChallengeSupportBatches1797700000300 implements MigrationInterface {
  name = 'ChallengeSupportBatches1797700000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION challenge_supports_add(p_ideas uuid[], p_people uuid[], p_limits integer[])
      RETURNS TABLE (ord integer, outcome text, held integer) LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        r record;
      BEGIN
        FOR r IN
          SELECT b.ord::integer AS ord, b.idea, b.person, b.lim
            FROM unnest(p_ideas, p_people, p_limits) WITH ORDINALITY AS b(idea, person, lim, ord)
            LEFT JOIN challenge_ideas i ON i.id = b.idea
           ORDER BY hashtextextended('challenge-support:' || i.problem_id || ':' || b.person, 0), b.ord
        LOOP
          RETURN QUERY SELECT r.ord, a.outcome, a.held FROM challenge_support_add(r.idea, r.person, r.lim) a;
        END LOOP;
      END
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION challenge_supports_add(uuid[], uuid[], integer[])`);
  }
}
