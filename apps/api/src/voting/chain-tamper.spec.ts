import { ChainVerification, PollState } from '@cocrea/contracts';
import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { DEMO, startTestApp, TestApp } from '../testing/test-app';
import { createPoll, minutesItem, noOf, OpenSession, openSessionWithProxy, yesOf } from './testing/voting-fixtures';
import { VerifyService } from './verify.service';

interface Row {
  id: string;
  seq: number;
}

/**
 * The stored chain of a real closed poll, tampered in the database in random ways (and restored after each): the
 * api's verify must name exactly the first bad event.
 */
describe('stored audit chain under tampering', () => {
  let t: TestApp;
  let db: DataSource;
  let pollId: string;
  let rows: Row[];
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    db = t.app.get(DataSource);
    const secretary = await t.login(DEMO.secretary);
    const commissionId = (await t.http.get('/api/commissions').set('Authorization', secretary)).body.items[0].id as string;
    const s: OpenSession = await openSessionWithProxy(t, secretary, commissionId);
    const poll: PollState = await createPoll(t, secretary, s.meeting.meeting.id, { agendaItemId: minutesItem(s.meeting), subject: 'Acta' });
    await t.http.post(`/api/polls/${poll.id}/open`).set('Authorization', secretary).expect(200);
    const votes = s.present.slice(0, 6).map((name, i) => ({ memberPersonId: s.ids.get(name), optionId: i < 4 ? yesOf(poll) : noOf(poll) }));
    await t.http.post(`/api/polls/${poll.id}/roll-call`).set('Authorization', secretary).send({ votes }).expect(200);
    await t.http.post(`/api/polls/${poll.id}/close`).set('Authorization', s.as.chair).send({}).expect(200);
    pollId = poll.id;
    rows = (await db.query(`SELECT id, seq FROM poll_audit_events WHERE poll_id = $1 ORDER BY seq`, [pollId])) as Row[];
  }, 180_000);
  afterAll(() => t?.close());

  const verify = () => t.app.get(VerifyService).verify(pollId);

  /** Applies `tamper` to the stored chain, verifies, then puts the saved rows back. */
  async function tampered(
    tamper: (run: (sql: string, params?: unknown[]) => Promise<unknown>) => Promise<void>,
  ): Promise<ChainVerification> {
    const saved = await db.query(`SELECT * FROM poll_audit_events WHERE poll_id = $1`, [pollId]);
    const run = (sql: string, params: unknown[] = []) => db.query(sql, params);
    try {
      await tamper(run);
      return await verify();
    } finally {
      await run(`DELETE FROM poll_audit_events WHERE poll_id = $1`, [pollId]);
      for (const row of saved as Record<string, unknown>[]) {
        const columns = Object.keys(row);
        await run(
          `INSERT INTO poll_audit_events (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
          columns.map((c) => (c === 'payload' ? JSON.stringify(row[c]) : row[c])),
        );
      }
    }
  }

  it('verifies the untouched chain', async () => {
    const result = await verify();
    expect(result.intact).toBe(true);
    expect(result.brokenAt).toBeNull();
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });

  it('names the first bad event after a flipped byte, a deleted, an inserted or a swapped row', async () => {
    const kinds = fc.constantFrom('flip', 'delete', 'insert', 'swap');
    const cases = fc.sample(fc.tuple(kinds, fc.nat(), fc.nat()), { numRuns: 16, seed: 9 });
    for (const [kind, a, b] of cases) {
      const k = 1 + (a % (rows.length - 1)); // a seq that is not the last one
      const result = await tampered(async (run) => {
        if (kind === 'flip') {
          // One character of the stored payload changes (the hash column stays as it was).
          await run(
            `UPDATE poll_audit_events SET payload = jsonb_set(payload, '{tampered}', to_jsonb($3::int)) WHERE poll_id = $1 AND seq = $2`,
            [pollId, k, b % 10],
          );
        } else if (kind === 'delete') {
          await run(`DELETE FROM poll_audit_events WHERE poll_id = $1 AND seq = $2`, [pollId, k]);
        } else if (kind === 'insert') {
          // Rows from seq k on move one down, and a forged row (a copy of the next one, altered) takes seq k.
          await run(`UPDATE poll_audit_events SET seq = seq + 1000 WHERE poll_id = $1 AND seq >= $2`, [pollId, k]);
          await run(`UPDATE poll_audit_events SET seq = seq - 999 WHERE poll_id = $1 AND seq >= 1000`, [pollId]);
          await run(
            `INSERT INTO poll_audit_events (poll_id, seq, kind, payload, prev_hash, hash) SELECT poll_id, $2, kind, jsonb_set(payload, '{forged}', 'true'), prev_hash, hash FROM poll_audit_events WHERE poll_id = $1 AND seq = $2 + 1`,
            [pollId, k],
          );
        } else {
          const other = k + 1 + (b % (rows.length - k));
          await run(`UPDATE poll_audit_events SET seq = -seq WHERE poll_id = $1 AND seq IN ($2, $3)`, [pollId, k, other]);
          await run(
            `UPDATE poll_audit_events SET seq = CASE WHEN seq = -$2::int THEN $3::int ELSE $2::int END WHERE poll_id = $1 AND seq < 0`,
            [pollId, k, other],
          );
        }
      });
      // A deleted row leaves a gap: the row after it (seq k+1) is the first that is not what was appended.
      const expected = kind === 'delete' ? k + 1 : k;
      expect({ kind, k, brokenAt: result.brokenAt?.seq, intact: result.intact }).toEqual({ kind, k, brokenAt: expected, intact: false });
    }
    expect((await verify()).intact).toBe(true);
  }, 120_000);
});
