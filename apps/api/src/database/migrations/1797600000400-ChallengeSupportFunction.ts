import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A citizen's support as one statement: `challenge_support_add(idea, person, limit)` checks that the idea is admitted,
 * takes a transaction-scoped advisory lock on (problem, person), counts the person's supports in the problem and
 * inserts the new one if it is under the limit, in one round trip that holds the lock for no longer than its own
 * work. It is where the limit on supports is enforced (the unique key (idea, person) keeps one support per idea).
 * Each statement of a volatile PL/pgSQL function reads a fresh snapshot, so the count sees every support committed
 * before the lock was granted. Outcomes: 'added' or 'held' (already supported) with the person's count in the
 * problem, 'limit_reached', 'not_admitted', 'not_found'.
 */
export class ChallengeSupportFunction1797600000400 implements MigrationInterface {
  name = 'ChallengeSupportFunction1797600000400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION challenge_support_add(p_idea uuid, p_person uuid, p_limit integer)
      RETURNS TABLE (outcome text, held integer) LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        v_problem uuid;
        v_status text;
        v_held integer;
        v_already boolean;
      BEGIN
        SELECT i.problem_id, i.status INTO v_problem, v_status FROM challenge_ideas i WHERE i.id = p_idea;
        IF v_problem IS NULL THEN
          RETURN QUERY SELECT 'not_found'::text, 0;
          RETURN;
        END IF;
        IF v_status <> 'admitted' THEN
          RETURN QUERY SELECT 'not_admitted'::text, 0;
          RETURN;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('challenge-support:' || v_problem || ':' || p_person, 0));
        SELECT count(*)::integer, coalesce(bool_or(s.idea_id = p_idea), false) INTO v_held, v_already
          FROM challenge_supports s WHERE s.problem_id = v_problem AND s.person_id = p_person;
        IF v_already THEN
          RETURN QUERY SELECT 'held'::text, v_held;
        ELSIF v_held >= p_limit THEN
          RETURN QUERY SELECT 'limit_reached'::text, v_held;
        ELSE
          INSERT INTO challenge_supports (idea_id, problem_id, person_id) VALUES (p_idea, v_problem, p_person);
          RETURN QUERY SELECT 'added'::text, v_held + 1;
        END IF;
      END
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION challenge_support_add(uuid, uuid, integer)`);
  }
}
