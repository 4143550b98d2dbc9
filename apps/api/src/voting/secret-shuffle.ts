import { EntityManager } from 'typeorm';

/**
 * At the close of a secret poll, its voter records and ballot rows are rewritten in one random order, inside the
 * close's transaction. While the poll was open each right's use and its ballot were written by the same transaction
 * (same xmin), one after the other (same physical order as the chain's sequence); after this rewrite every live row
 * of the poll carries the close's xmin and a shuffled physical order, and voter records have fresh random ids. Neither
 * table has timestamps or a sequence shared with the other.
 *
 * Residual risk, stated plainly: someone reading the database WHILE the poll is open, or its write-ahead log, a
 * backup taken during the poll, or dead tuples not yet vacuumed, can still pair a voter record with a ballot by
 * transaction id or order. Full unlinkability against an operator with that access needs the choice kept out of the
 * database until the close (or a mix-net), which this platform does not do.
 */
export async function shuffleSecretRows(em: EntityManager, pollId: string): Promise<void> {
  await em.query(
    `WITH gone AS (DELETE FROM voting_right_uses WHERE poll_id = $1 RETURNING poll_id, member_person_id, cast_by_person_id, idempotency_hash)
     INSERT INTO voting_right_uses (poll_id, member_person_id, cast_by_person_id, idempotency_hash)
     SELECT poll_id, member_person_id, cast_by_person_id, idempotency_hash FROM gone ORDER BY random()`,
    [pollId],
  );
  await em.query(
    `WITH gone AS (DELETE FROM ballots WHERE poll_id = $1 RETURNING id, poll_id, option_id, reason, receipt_hash, voter_person_id, cast_by_person_id)
     INSERT INTO ballots (id, poll_id, option_id, reason, receipt_hash, voter_person_id, cast_by_person_id)
     SELECT id, poll_id, option_id, reason, receipt_hash, voter_person_id, cast_by_person_id FROM gone ORDER BY random()`,
    [pollId],
  );
}
